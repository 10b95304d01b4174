import { describe, expect, it } from "vitest";
import { connectedComponents } from "../preprocess/components.js";
import { createGrayImage, type GrayImage } from "../preprocess/gray-image.js";
import { blobs, estimateDigitHeight, isLoneStroke, piecesAroundColumns, segmentNumber } from "./segmentation.js";

/** An ink map with filled rectangles and rings (x, y, width, height; ring thickness). */
function inkMap(width: number, height: number, shapes: readonly { x: number; y: number; w: number; h: number; ring?: number }[]): GrayImage {
  const ink = createGrayImage(width, height);
  for (const { x, y, w, h, ring } of shapes) {
    for (let yy = y; yy < y + h; yy++) {
      for (let xx = x; xx < x + w; xx++) {
        const inside = ring === undefined || xx < x + ring || xx >= x + w - ring || yy < y + ring || yy >= y + h - ring;
        if (inside) ink.data[yy * width + xx] = 1;
      }
    }
  }
  return ink;
}

/** Two rings (0s) side by side, joined by a short bar: two touching digits. */
const RINGS_JOINED = [
  { x: 20, y: 10, w: 40, h: 60, ring: 6 },
  { x: 60, y: 36, w: 10, h: 6 }, // the join
  { x: 70, y: 10, w: 40, h: 60, ring: 6 },
];

function piecesOf(ink: GrayImage) {
  const mask = Uint8Array.from(ink.data, (v) => (v >= 0.35 ? 1 : 0));
  return connectedComponents(mask, ink.width, ink.height);
}

describe("blobs: the pieces of one digit together, digits apart", () => {
  it("a flag over its digit's body and a dot on its stroke join it; a digit further on stays apart; a lone speck is left out", () => {
    const ink = inkMap(200, 80, [
      { x: 20, y: 30, w: 30, h: 40, ring: 5 }, // body
      { x: 24, y: 10, w: 30, h: 5 }, // flag above it, 15 px up
      { x: 100, y: 10, w: 6, h: 60 }, // a 1, far to the right
      { x: 108, y: 66, w: 3, h: 3 }, // a dot of pen beside its foot
      { x: 160, y: 5, w: 3, h: 3 }, // a speck alone
    ]);
    const pieces = piecesOf(ink);
    const height = estimateDigitHeight(pieces);
    expect(height).toBe(60);
    const found = blobs(pieces, height, ink.width);
    expect(found.map((b) => [b.box.minX, b.box.maxX])).toEqual([
      [20, 53],
      [100, 110],
    ]);
  });

  it("a slanted 1 written close beside a digit stays a digit of its own; two close arcs of a 0 still join", () => {
    const ink = createGrayImage(200, 80);
    const put = (x: number, y: number) => (ink.data[y * 200 + Math.round(x)] = 1);
    // A 1 leaning right (a stroke 6 px wide), then a narrow ring 3 px from its top.
    for (let y = 10; y < 70; y++) for (let t = 0; t < 6; t++) put(20 + (70 - y) * 0.2 + t, y);
    for (let y = 10; y < 70; y++) for (let x = 42; x < 70; x++) if (x < 48 || x >= 64 || y < 16 || y >= 64) put(x, y);
    // A 0 written as two arcs, 4 px apart at top and bottom.
    for (let y = 10; y < 70; y++) {
      const bow = 14 * Math.sin((Math.PI * (y - 10)) / 60);
      for (let t = 0; t < 5; t++) {
        put(140 - bow + t, y);
        put(150 + bow + t, y);
      }
    }
    const pieces = piecesOf(ink);
    const height = estimateDigitHeight(pieces);
    expect(pieces.filter((p) => isLoneStroke(p, 200, height)).map((p) => p.minX)).toEqual([20]);
    expect(blobs(pieces, height, 200).map((b) => [b.box.minX, b.box.maxX])).toEqual([
      [20, 37],
      [42, 69],
      [126, 168],
    ]);
  });

  it("a dotted pen's dots stacked in a column make one digit's height", () => {
    const dots = Array.from({ length: 8 }, (_, k) => ({ x: 30 + (k % 2), y: 5 + 8 * k, w: 4, h: 4 }));
    expect(estimateDigitHeight(piecesOf(inkMap(80, 80, dots)))).toBe(60);
  });
});

describe("segmentNumber: touching digits are cut where little ink crosses", () => {
  it("two rings joined by a short bar: one of the splits is the two rings", () => {
    const ink = inkMap(160, 80, RINGS_JOINED);
    const segmentation = segmentNumber({ ink, pieces: piecesOf(ink) });
    expect(segmentation.blobs).toHaveLength(1);
    const pairs = segmentation.blobs[0]!.splits.filter((split) => split.candidates.length === 2);
    const boxes = pairs.map((split) => split.candidates.map((k) => segmentation.candidates[k]!.box));
    // Some split cuts at the join (the bar going to either side), leaving each ring whole and apart.
    expect(boxes.some(([a, b]) => a!.minX === 20 && a!.maxX >= 59 && a!.maxX <= 70 && b!.minX >= 57 && b!.minX <= 70 && b!.maxX === 109)).toBe(true);
    // The blob's box spans both rings, however it is cut.
    expect(segmentation.blobs.map((b) => b.box)).toEqual([{ minX: 20, minY: 10, maxX: 109, maxY: 69 }]);
    // Every candidate is a 28×28 input with ink in it.
    for (const c of segmentation.candidates) {
      expect(c.input).toHaveLength(784);
      expect(Math.max(...c.input)).toBeGreaterThan(0.5);
    }
  });

  it("a blob a digit wide is read whole, with no cuts tried", () => {
    const ink = inkMap(100, 80, [{ x: 30, y: 10, w: 40, h: 60, ring: 6 }]);
    const segmentation = segmentNumber({ ink, pieces: piecesOf(ink) });
    expect(segmentation.candidates).toHaveLength(1);
    expect(segmentation.blobs).toEqual([{ box: { minX: 30, minY: 10, maxX: 69, maxY: 69 }, width: 40 / 60, height: 1, splits: [{ candidates: [0], score: 0 }] }]);
  });
});

describe("piecesAroundColumns: the ways to cut the ink where another reader says the digits part", () => {
  it("cut straight down, each piece is the ink between two cuts, its join split between them, a speck left out", () => {
    const ink = inkMap(200, 80, [
      ...RINGS_JOINED,
      { x: 130, y: 10, w: 8, h: 60 }, // a 1 apart
      { x: 180, y: 60, w: 3, h: 3 }, // a speck
    ]);
    const options = piecesAroundColumns({ ink, pieces: piecesOf(ink) }, [65, 120]);
    // The first way to cut at each place is straight down; each digit has a piece for every pair of ways around it.
    const straight = options.map((o, k) => o.find((p) => p.left === (k === 0 ? -1 : 0) && p.right === (k === 2 ? -1 : 0))!);
    expect(straight.map((p) => p.box)).toEqual([
      { minX: 20, minY: 10, maxX: 64, maxY: 69 },
      { minX: 65, minY: 10, maxX: 109, maxY: 69 },
      { minX: 130, minY: 10, maxX: 137, maxY: 69 },
    ]);
    for (const p of options.flat()) {
      expect(p.input).toHaveLength(784);
      expect(Math.max(...p.input)).toBeGreaterThan(0.5);
    }
    expect(options[0]!.every((p) => p.left === -1)).toBe(true);
    expect(options[2]!.every((p) => p.right === -1)).toBe(true);
  });

  it("also cuts along the least ink near each place: two slanted strokes side by side come apart whole where a straight cut slices one", () => {
    // Two strokes leaning right (x 21–50 and 39–68 from foot to head), 12 px apart: a straight cut at x 50 runs through both.
    const ink = createGrayImage(140, 80);
    for (let y = 10; y < 60; y++) {
      const lean = Math.round((60 - y) * 0.5);
      for (let x = 20 + lean; x < 26 + lean; x++) ink.data[y * 140 + x] = 1;
      for (let x = 38 + lean; x < 44 + lean; x++) ink.data[y * 140 + x] = 1;
    }
    const options = piecesAroundColumns({ ink, pieces: piecesOf(ink) }, [50]);
    // Straight down at 50: the left piece takes the foot of the right stroke, the right piece the head of the left one.
    expect(options[0]![0]!.box.maxX).toBe(49);
    expect(options[1]![0]!.box.minX).toBe(50);
    // Along the gap: each stroke whole, on its own side.
    expect(options[0]!.map((p) => p.box)).toContainEqual({ minX: 21, minY: 10, maxX: 50, maxY: 59 });
    expect(options[1]!.map((p) => p.box)).toContainEqual({ minX: 39, minY: 10, maxX: 68, maxY: 59 });
  });

  it("a piece with no ink between its cuts is left out: that digit has no way to be cut out", () => {
    const ink = inkMap(160, 80, [
      { x: 20, y: 10, w: 40, h: 60, ring: 6 },
      { x: 100, y: 10, w: 40, h: 60, ring: 6 },
    ]);
    const options = piecesAroundColumns({ ink, pieces: piecesOf(ink) }, [70, 90]);
    expect(options.map((o) => o.length > 0)).toEqual([true, false, true]);
  });
});

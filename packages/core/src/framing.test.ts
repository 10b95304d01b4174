import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileModel, shippedModelPath } from "./node.js";
import { centredSquareRoi, type Roi } from "./preprocess/roi.js";
import { createDigitReader, type DigitReader } from "./reader.js";
import { drawDigitFrame, drawHandFrame, mnistTestDigits } from "./testing/frames.js";

const roi = centredSquareRoi(640, 480);
const digits = mnistTestDigits(60);
let reader: DigitReader;

beforeAll(async () => {
  reader = await createDigitReader({ model: fileModel(shippedModelPath), backend: "auto" });
});
afterAll(() => reader.dispose());

/** MNIST's ink fills about this share of its 28×28 field. */
const INK_SHARE = 20 / 28;

describe("a digit the box cuts is never read", () => {
  it("strokes continuing past an edge give no-digit, with reason 'overflow' and that side, on light and dark paper", async () => {
    const sides = ["top", "right", "bottom", "left"] as const;
    let overflows = 0;
    for (const [i, { image }] of digits.slice(0, 20).entries()) {
      const side = sides[i % sides.length]!;
      const dark = i % 2 === 0;
      // A third of the digit's ink lies beyond the side.
      const offset = offsetCutting(image, 0.9, side, 1 / 3);
      const frame = drawDigitFrame(image, { roi, size: 0.9, offset, paper: dark ? 230 : 30, ink: dark ? 30 : 220, seed: i + 1 });
      const reading = await reader.read(frame, roi);
      expect(reading, `digit #${i} cut at the ${side}`).toMatchObject({ digit: null, state: "no-digit" });
      // What is left of a digit may also fall apart into pieces (clutter): never a digit either way.
      if (reading.reason === "overflow" && reading.overflow?.includes(side)) overflows++;
    }
    expect(overflows).toBeGreaterThanOrEqual(18);
  });

  it("a complete digit grazing the box's edge is still read", async () => {
    let right = 0;
    for (const [i, { image, label }] of digits.slice(20, 40).entries()) {
      // The ink box's bottom (or right) edge lands on the box's edge.
      const size = 0.95;
      const graze = 0.5 - (size * INK_SHARE) / 2;
      const offset = i % 2 ? ([0, graze] as const) : ([graze, 0] as const);
      const reading = await reader.read(drawDigitFrame(image, { roi, size, offset, seed: i + 1 }), roi);
      expect(reading.reason).not.toBe("overflow");
      if (reading.digit === label) right++;
    }
    expect(right).toBeGreaterThanOrEqual(18);
  });

  it("where the frame ends at the box nothing is known beyond it: a digit filling the box is read", async () => {
    const whole = { x: 0, y: 0, width: 192, height: 192 };
    let right = 0;
    for (const [i, { image, label }] of digits.slice(40, 50).entries()) {
      const frame = drawDigitFrame(image, { width: 192, height: 192, roi: whole, size: 1.3, seed: i + 1 });
      if ((await reader.read(frame, whole)).digit === label) right++;
    }
    expect(right).toBeGreaterThanOrEqual(9);
  });
});

describe("a finger in the box whose hand lies outside it", () => {
  it("is not read: no stroke to follow past the edge, but something wide covers the paper there", async () => {
    for (const [skin, paper] of [[150, 225], [120, 200], [170, 235]] as const) {
      const frame = paintedFrame(paper, (x, y) => {
        const fingerX = roi.x + roi.width * 0.45;
        const inFinger = x >= fingerX && x < fingerX + 14 && y >= roi.y - 10 && y < roi.y + roi.height * 0.45;
        const inHand = y < roi.y - 8 && Math.abs(x - (fingerX + 7)) < roi.width * 0.45;
        return inFinger || inHand ? skin : null;
      });
      const reading = await reader.read(frame, roi);
      expect(reading.digit, `skin ${skin} on paper ${paper}`).toBeNull();
    }
  });
});

describe("a hand held into the box", () => {
  it("is refused as something covering the paper, for one digit and for numbers", async () => {
    const numberBox = { x: roi.x - roi.width / 2, y: roi.y, width: 2 * roi.width, height: roi.height };
    for (const [skin, paper] of [[150, 225], [110, 215], [180, 240]] as const) {
      for (const [box, maxDigits] of [[roi, 1], [roi, 6], [numberBox, 6]] as const) {
        reader.setOptions({ maxDigits });
        const reading = await reader.read(drawHandFrame({ roi: box, skin, paper, noise: 3 }), box);
        expect(reading, `skin ${skin} on paper ${paper}, a ${box.width}×${box.height} box, maxDigits ${maxDigits}`).toMatchObject({ state: "no-digit", reason: "covered", text: null });
      }
    }
    reader.setOptions({ maxDigits: 1 });
  });
});

describe("the reading says where the digit is", () => {
  it("carries the box read and the digit's ink box, in frame pixels, inside the box", async () => {
    const { image, label } = digits[0]!;
    const reading = await reader.read(drawDigitFrame(image, { roi, size: 0.6, offset: [0.15, -0.1] }), roi);
    expect(reading.digit).toBe(label);
    expect(reading.box).toEqual(roi);
    const ink = reading.inkBox!;
    const expectedCentre = [roi.x + roi.width * 0.65, roi.y + roi.height * 0.4];
    expect(Math.abs(ink.x + ink.width / 2 - expectedCentre[0]!)).toBeLessThan(0.08 * roi.width);
    expect(Math.abs(ink.y + ink.height / 2 - expectedCentre[1]!)).toBeLessThan(0.08 * roi.height);
    expect(Math.max(ink.width, ink.height)).toBeGreaterThan(0.6 * INK_SHARE * roi.width * 0.8);
    expect(contains(roi, ink)).toBe(true);
  });
});

describe("auto-framing finds the digit in a larger area", () => {
  it("'auto' reads a digit anywhere in the frame and fits the box to it", async () => {
    let right = 0;
    const spots: Roi[] = [
      { x: 40, y: 40, width: 160, height: 160 },
      { x: 420, y: 260, width: 180, height: 180 },
      { x: 250, y: 20, width: 120, height: 120 },
    ];
    for (const [i, { image, label }] of digits.slice(0, 15).entries()) {
      const spot = spots[i % spots.length]!;
      const reading = await reader.read(drawDigitFrame(image, { roi: spot, size: 0.9, paper: i % 2 ? 40 : 225, ink: i % 2 ? 220 : 25, seed: i + 1 }), "auto");
      if (reading.digit === label) right++;
      if (reading.inkBox) expect(overlap(reading.inkBox, spot)).toBeGreaterThan(0.5);
    }
    expect(right).toBeGreaterThanOrEqual(14);
  });

  it("{ searchIn } finds a digit that sits across the box's edge, which the box alone refuses", async () => {
    const { image, label } = digits[3]!;
    const frame = drawDigitFrame(image, { roi, size: 0.9, offset: [0.4, 0.1] });
    expect((await reader.read(frame, roi)).digit).toBeNull();
    const margin = roi.width / 2;
    const searchIn = { x: roi.x - margin, y: roi.y - margin, width: roi.width + 2 * margin, height: roi.height + 2 * margin };
    const reading = await reader.read(frame, { searchIn });
    expect(reading.digit).toBe(label);
    expect(contains(searchIn, reading.box)).toBe(true);
  });

  it("{ searchIn } on a camera's frame never reads a digit the frame's edge cuts", async () => {
    const searchIn = { x: 120, y: 0, width: 400, height: 300 };
    for (const [i, { image }] of digits.slice(0, 12).entries()) {
      // A third of the digit above the frame's top edge, the rest in the search area.
      const spot = { x: 220, y: 0, width: 200, height: 200 };
      const offset = offsetCutting(image, 0.9, "top", 1 / 3);
      const frame = drawDigitFrame(image, { roi: spot, size: 0.9, offset, seed: i + 1 });
      const reading = await reader.read(frame, { searchIn });
      expect(reading.digit, `digit #${i}`).toBeNull();
    }
  });

  it("an empty search area gives no-digit 'empty'", async () => {
    const blank = drawDigitFrame(new Float32Array(784), { roi, ink: 230 });
    expect(await reader.read(blank, "auto")).toMatchObject({ state: "no-digit", reason: "empty", inkBox: null });
  });
});

/** The offset (in box sides) that puts `share` of the digit's ink box beyond `side` of the box, at `size` (field side / box side). */
function offsetCutting(field: Float32Array, size: number, side: "top" | "right" | "bottom" | "left", share: number): [number, number] {
  let min = [28, 28], max = [-1, -1];
  field.forEach((v, i) => {
    if (v < 0.3) return;
    const at = [i % 28, Math.floor(i / 28)];
    min = min.map((m, k) => Math.min(m, at[k]!));
    max = max.map((m, k) => Math.max(m, at[k]!));
  });
  const axis = side === "left" || side === "right" ? 0 : 1;
  // Ink edges in box sides, relative to the field's centre.
  const low = ((min[axis]! - 13.5) / 28) * size;
  const high = ((max[axis]! + 1 - 14.5) / 28) * size;
  const extent = high - low;
  const along = side === "left" || side === "top" ? -0.5 - low - share * extent : 0.5 - high + share * extent;
  return axis === 0 ? [along, 0] : [0, along];
}

/** A 640×480 frame of plain paper, with `paint` giving another grey where something covers it. */
function paintedFrame(paper: number, paint: (x: number, y: number) => number | null): { width: number; height: number; data: Uint8ClampedArray } {
  const width = 640;
  const height = 480;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = paint(x, y) ?? paper;
      const i = (y * width + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = v;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

function contains(outer: Roi, inner: Roi): boolean {
  return inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;
}

/** Share of `a` inside `b`. */
function overlap(a: Roi, b: Roi): number {
  const w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return (w * h) / (a.width * a.height);
}

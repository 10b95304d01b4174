import { describe, expect, it } from "vitest";
import { createGrayImage, type GrayImage } from "./gray-image.js";
import { removeRuledLines } from "./lines.js";

const SIZE = 96;
const INK_LEVEL = 0.35;

function inkMap(draw: (x: number, y: number) => number): GrayImage {
  const image = createGrayImage(SIZE, SIZE);
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) image.data[y * SIZE + x] = draw(x, y);
  return image;
}

const inkAt = (image: GrayImage, x: number, y: number) => image.data[y * SIZE + x]! >= INK_LEVEL;
const inkPixels = (image: GrayImage) => image.data.filter((v) => v >= INK_LEVEL).length;

/** Thin printed lines every 10 px, optionally rising `rise` px across the box. */
const ruled = (x: number, y: number, rise = 0) => (Math.round(y - (rise * x) / (SIZE - 1)) % 10 === 5 ? 0.7 : 0);
/** A pen stroke 6 px wide down the middle, from y0 to y1. */
const stroke = (x: number, y: number, y0 = 20, y1 = 76) => (x >= 45 && x < 51 && y >= y0 && y < y1 ? 1 : 0);

describe("removeRuledLines", () => {
  it("erases lined paper's lines, level or tilted a few degrees", () => {
    expect(inkPixels(removeRuledLines(inkMap(ruled), INK_LEVEL))).toBe(0);
    for (const rise of [4, -6]) {
      const lined = inkMap((x, y) => ruled(x, y, rise));
      expect(inkPixels(lined)).toBeGreaterThan(800);
      // A tilted line may clip a corner of the box; pieces under a third of the box stay (too small to matter).
      expect(inkPixels(removeRuledLines(lined, INK_LEVEL)), `rise ${rise}`).toBeLessThan(SIZE / 3);
    }
  });

  it("erases squared paper's grid", () => {
    const grid = inkMap((x, y) => Math.max(ruled(x, y), ruled(y, x)));
    expect(inkPixels(removeRuledLines(grid, INK_LEVEL))).toBe(0);
  });

  it("keeps a stroke that crosses the lines, without gaps", () => {
    const page = removeRuledLines(inkMap((x, y) => Math.max(ruled(x, y), stroke(x, y, 20, 72))), INK_LEVEL);
    for (let y = 20; y < 72; y++) expect(inkAt(page, 47, y), `y ${y}`).toBe(true);
    expect(inkAt(page, 10, 25)).toBe(false); // the line beside it is gone
  });

  it("erases a line that a large, bold digit covers for half its length, and keeps the digit", () => {
    // A blob 48 px wide (a bold digit's body) with a line through it: half the line's ink is the blob's.
    const blob = (x: number, y: number) => (x >= 24 && x < 72 && y >= 28 && y < 68 ? 1 : 0);
    const line = (x: number, y: number) => (y === 45 ? 0.7 : 0);
    const page = removeRuledLines(inkMap((x, y) => Math.max(blob(x, y), line(x, y))), INK_LEVEL);
    expect(inkPixels(page)).toBe(inkPixels(inkMap(blob)));
    expect(inkAt(page, 10, 45)).toBe(false);
    expect(inkAt(page, 47, 45)).toBe(true);
  });

  it("keeps a broad pen stroke as long as the box, and ink that is not a line", () => {
    const tall = inkMap((x, y) => stroke(x, y, 0, SIZE));
    expect(inkPixels(removeRuledLines(tall, INK_LEVEL))).toBe(inkPixels(tall));
    const short = inkMap((x, y) => (y === 40 && x >= 20 && x < 70 ? 1 : 0)); // a thin bar across half the box
    expect(inkPixels(removeRuledLines(short, INK_LEVEL))).toBe(inkPixels(short));
  });

  it("keeps a thin pen stroke reaching one end of the box (the stem of a 4, the tail of a 9), erases a thin line from end to end", () => {
    const thin = (x: number, y: number, y0: number, y1: number) => (x >= 47 && x < 49 && y >= y0 && y < y1 ? 1 : 0);
    const stem = inkMap((x, y) => thin(x, y, 12, SIZE));
    expect(inkPixels(removeRuledLines(stem, INK_LEVEL))).toBe(inkPixels(stem));
    expect(inkPixels(removeRuledLines(inkMap((x, y) => thin(x, y, 0, SIZE)), INK_LEVEL))).toBe(0);
  });

  it("in a whole photo (a narrow end zone), keeps a digit's stroke that stops a few pixels short of the edges", () => {
    const long = inkMap((x, y) => (x >= 47 && x < 49 && y >= 5 && y < SIZE - 5 ? 1 : 0));
    expect(inkPixels(removeRuledLines(long, INK_LEVEL))).toBe(0);
    expect(inkPixels(removeRuledLines(long, INK_LEVEL, { endZone: 0.03 }))).toBe(inkPixels(long));
  });

  it("erases a squared paper's line that faded short of both ends, where it lies on the lattice of the lines found", () => {
    // Grid lines every 10 px; the one at x = 25 is gone above y = 30 and below y = 80 (a shadow, uneven light).
    const faded = (x: number, y: number) => (x === 25 ? (y >= 30 && y < 80 ? 0.7 : 0) : ruled(y, x));
    const grid = inkMap((x, y) => Math.max(ruled(x, y), faded(x, y)));
    expect(inkAt(grid, 25, 50)).toBe(true);
    expect(inkPixels(removeRuledLines(grid, INK_LEVEL))).toBe(0);
  });

  it("erases squared paper's columns that all faded in places, at the rows' step", () => {
    // Noise broke every column: ink along only 4 px in 7, too little for a line on its own.
    const broken = (x: number, y: number) => (y % 7 < 4 ? ruled(y, x) : 0);
    const grid = inkMap((x, y) => Math.max(ruled(x, y), broken(x, y)));
    expect(inkPixels(grid) - inkPixels(inkMap(ruled))).toBeGreaterThan(400);
    expect(inkPixels(removeRuledLines(grid, INK_LEVEL))).toBe(0);
    // Without the rows there is no step to go by: the broken columns stay.
    expect(inkPixels(removeRuledLines(inkMap(broken), INK_LEVEL))).toBe(inkPixels(inkMap(broken)));
  });

  it("keeps a thin stroke between the lattice's lines, and thin strokes that are not evenly spaced lines across the box", () => {
    const thin = (x: number, y: number, x0: number) => (x >= x0 && x < x0 + 2 && y >= 20 && y < 76 ? 1 : 0);
    // Squared paper, a fine pen's stroke midway between two columns.
    const onGrid = removeRuledLines(inkMap((x, y) => Math.max(ruled(x, y), ruled(y, x), thin(x, y, 49))), INK_LEVEL);
    expect(inkPixels(onGrid)).toBe(2 * 56); // the stroke, whole; the grid gone
    // Lined paper and "111" in a fine pen, its strokes as far apart as the lines: three strokes are not a grid.
    const ones = inkMap((x, y) => Math.max(ruled(x, y), thin(x, y, 24), thin(x, y, 34), thin(x, y, 44)));
    const page = removeRuledLines(ones, INK_LEVEL);
    for (const x of [24, 34, 44]) for (let y = 20; y < 76; y++) if (y % 10 !== 5) expect(inkAt(page, x, y), `x ${x}, y ${y}`).toBe(true);
  });
});


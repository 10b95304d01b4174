import { describe, expect, it } from "vitest";
import { closeOverInk } from "./background.js";
import { Random } from "../synthetic/index.js";
import { createGrayImage } from "./gray-image.js";

describe("closeOverInk", () => {
  const SIZE = 64;
  // Paper 0.9 on the left, a shadow at 0.4 from x = 40 on; a dark stroke 6 px wide at x = 15…20.
  const image = createGrayImage(SIZE, SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) image.data[y * SIZE + x] = x >= 15 && x < 21 ? 0.1 : x >= 40 ? 0.4 : 0.9;
  }

  it("puts paper where a stroke was and keeps a shadow's edge sharp", () => {
    const paper = closeOverInk(image, 5, true);
    for (const y of [0, 30, 63]) {
      expect(paper.data[y * SIZE + 17]).toBeCloseTo(0.9); // under the stroke
      expect(paper.data[y * SIZE + 39]).toBeCloseTo(0.9); // lit side of the edge
      expect(paper.data[y * SIZE + 40]).toBeCloseTo(0.4); // shadowed side
    }
  });

  it("does the same for light ink on a dark slate", () => {
    const inverted = { ...image, data: image.data.map((v) => 1 - v) };
    const slate = closeOverInk(inverted, 5, false);
    expect(slate.data[30 * SIZE + 17]).toBeCloseTo(0.1);
    expect(slate.data[30 * SIZE + 40]).toBeCloseTo(0.6);
  });

  it("is the grey-level closing over the (2r+1)² square, the square cut off at the image's edges", () => {
    const random = new Random(7);
    for (const [width, height, radius] of [[1, 1, 1], [7, 3, 2], [3, 9, 4], [40, 23, 3], [23, 40, 5], [64, 31, 8]] as const) {
      const noisy = createGrayImage(width, height);
      for (let i = 0; i < noisy.data.length; i++) noisy.data[i] = random.int(9) / 8;
      for (const darkInk of [true, false]) {
        const expected = bruteForceRank(bruteForceRank(noisy.data, width, height, radius, darkInk), width, height, radius, !darkInk);
        expect(Array.from(closeOverInk(noisy, radius, darkInk).data)).toEqual(Array.from(expected));
      }
    }
  });
});

/** The max (or min) of every (2r+1)² square, cut off at the image's edges, pixel by pixel. */
function bruteForceRank(data: Float32Array, width: number, height: number, radius: number, max: boolean): Float32Array {
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let best = max ? -Infinity : Infinity;
      for (let yy = Math.max(0, y - radius); yy <= Math.min(height - 1, y + radius); yy++) {
        for (let xx = Math.max(0, x - radius); xx <= Math.min(width - 1, x + radius); xx++) {
          const v = data[yy * width + xx]!;
          best = max ? Math.max(best, v) : Math.min(best, v);
        }
      }
      out[y * width + x] = best;
    }
  }
  return out;
}

import { describe, expect, it } from "vitest";
import { closeOverInk } from "./background.js";
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
});

import { describe, expect, it } from "vitest";
import { createGrayImage } from "./gray-image.js";
import { resize, resizeLongSide } from "./resize.js";

function ramp(width: number, height: number) {
  const image = createGrayImage(width, height);
  for (let i = 0; i < image.data.length; i++) image.data[i] = (i % width) / width;
  return image;
}

describe("resize", () => {
  it("keeps the mean brightness when shrinking by area", () => {
    const src = ramp(90, 60);
    const out = resize(src, 28, 19);
    const mean = (d: Float32Array) => d.reduce((a, b) => a + b, 0) / d.length;
    expect(mean(out.data)).toBeCloseTo(mean(src.data), 2);
  });

  it("gives finite values for every non-integer ratio (regression: reading past the last row)", () => {
    for (const [w, h, tw, th] of [[12, 36, 8, 23], [97, 61, 20, 13], [33, 33, 7, 7]] as const) {
      const out = resize(ramp(w, h), tw, th);
      expect(out.data.every(Number.isFinite)).toBe(true);
    }
  });

  it("interpolates when growing and keeps a flat image flat", () => {
    const out = resize(createGrayImage(5, 5, 0.25), 17, 11);
    expect(out.width).toBe(17);
    expect(out.data.every((v) => Math.abs(v - 0.25) < 1e-6)).toBe(true);
  });

  it("resizeLongSide keeps the aspect ratio", () => {
    const out = resizeLongSide(createGrayImage(300, 150), 96);
    expect([out.width, out.height]).toEqual([96, 48]);
  });
});

import { describe, expect, it } from "vitest";
import { Random } from "../synthetic/index.js";
import { cropToGray, cropToGrayShrunk } from "./grayscale.js";
import { resize } from "./resize.js";

describe("cropToGray", () => {
  it("converts RGB to Rec. 601 luma in 0…1 and crops the ROI", () => {
    const data = new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);
    const all = cropToGray({ width: 2, height: 2, data });
    expect(Array.from(all.data).map((v) => +v.toFixed(3))).toEqual([0.299, 0.587, 0.114, 1]);
    const right = cropToGray({ width: 2, height: 2, data }, { x: 1, y: 0, width: 1, height: 2 });
    expect(right.width).toBe(1);
    expect(Array.from(right.data).map((v) => +v.toFixed(3))).toEqual([0.587, 1]);
  });

  it("takes the box as given, already inside the frame, and says so when it is not", () => {
    const data = new Uint8ClampedArray(4 * 4 * 4);
    expect(() => cropToGray({ width: 4, height: 4, data }, { x: 2, y: 0, width: 3, height: 4 })).toThrow(/not whole pixels inside the 4×4 frame/);
    expect(() => cropToGray({ width: 4, height: 4, data }, { x: 0.5, y: 0, width: 2, height: 2 })).toThrow(/clampToFrame/);
  });

  it("says so when the pixel buffer is too short for the stated size", () => {
    expect(() => cropToGray({ width: 4, height: 4, data: new Uint8ClampedArray(10) })).toThrow(/needs 64/);
  });
});

describe("cropToGrayShrunk", () => {
  it("gives exactly what cropToGray then resize give, for shrinks by whole and fractional factors, growth and no change", () => {
    const random = new Random(5);
    const frame = { width: 97, height: 61, data: Uint8ClampedArray.from({ length: 97 * 61 * 4 }, () => Math.floor(random.next() * 256)) };
    const box = { x: 3, y: 5, width: 90, height: 50 };
    for (const size of [{ width: 45, height: 25 }, { width: 37, height: 19 }, { width: 90, height: 50 }, { width: 1, height: 1 }, { width: 120, height: 30 }]) {
      const fused = cropToGrayShrunk(frame, box, size);
      const twoSteps = resize(cropToGray(frame, box), size.width, size.height);
      expect([fused.width, fused.height]).toEqual([size.width, size.height]);
      expect(Array.from(fused.data)).toEqual(Array.from(twoSteps.data));
    }
  });

  it("refuses a box outside the frame as cropToGray does", () => {
    const frame = { width: 4, height: 4, data: new Uint8ClampedArray(64) };
    expect(() => cropToGrayShrunk(frame, { x: 2, y: 0, width: 4, height: 4 }, { width: 2, height: 2 })).toThrow(/not whole pixels inside/);
  });
});

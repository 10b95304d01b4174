import { describe, expect, it } from "vitest";
import { cropToGray } from "./grayscale.js";

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

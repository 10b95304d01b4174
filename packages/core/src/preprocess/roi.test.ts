import { describe, expect, it } from "vitest";
import { centredSquareRoi, clampToFrame } from "./roi.js";

describe("centredSquareRoi", () => {
  it("is a centred square of the given share of the short side", () => {
    expect(centredSquareRoi(640, 480, 0.4)).toEqual({ x: 224, y: 144, width: 192, height: 192 });
    expect(centredSquareRoi(480, 640, 0.5)).toEqual({ x: 120, y: 200, width: 240, height: 240 });
  });
});

describe("clampToFrame", () => {
  it("rounds outwards to whole pixels and clamps to the frame", () => {
    expect(clampToFrame({ x: 10.5, y: -5, width: 20.2, height: 30 }, 100, 100)).toEqual({ x: 10, y: 0, width: 21, height: 25 });
    expect(clampToFrame({ x: 90, y: 90, width: 50, height: 50 }, 100, 100)).toEqual({ x: 90, y: 90, width: 10, height: 10 });
  });

  it("rejects boxes outside the frame, non-finite boxes and empty frames with a message", () => {
    expect(() => clampToFrame({ x: 200, y: 0, width: 10, height: 10 }, 100, 100)).toThrow(/outside the 100×100 frame/);
    expect(() => clampToFrame({ x: Number.NaN, y: 0, width: 10, height: 10 }, 100, 100)).toThrow(/non-finite/);
    expect(() => clampToFrame({ x: 0, y: 0, width: 10, height: 10 }, 0, 0)).toThrow(/needs at least one pixel/);
  });
});

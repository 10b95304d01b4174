import { describe, expect, it } from "vitest";
import { centredSquareRoi, clampRoi } from "./roi.js";

describe("centredSquareRoi", () => {
  it("is a centred square of the given share of the short side", () => {
    expect(centredSquareRoi(640, 480, 0.4)).toEqual({ x: 224, y: 144, width: 192, height: 192 });
    expect(centredSquareRoi(480, 640, 0.5)).toEqual({ x: 120, y: 200, width: 240, height: 240 });
  });
});

describe("clampRoi", () => {
  it("rounds outwards to whole pixels and clamps to the frame", () => {
    expect(clampRoi({ x: 10.5, y: -5, width: 20.2, height: 30 }, 100, 100)).toEqual({ x: 10, y: 0, width: 21, height: 25 });
    expect(clampRoi({ x: 90, y: 90, width: 50, height: 50 }, 100, 100)).toEqual({ x: 90, y: 90, width: 10, height: 10 });
  });

  it("rejects boxes outside the frame, non-finite boxes and empty frames with a message", () => {
    expect(() => clampRoi({ x: 200, y: 0, width: 10, height: 10 }, 100, 100)).toThrow(/outside the 100×100 frame/);
    expect(() => clampRoi({ x: Number.NaN, y: 0, width: 10, height: 10 }, 100, 100)).toThrow(/non-finite/);
    expect(() => clampRoi({ x: 0, y: 0, width: 10, height: 10 }, 0, 0)).toThrow(/needs at least one pixel/);
  });
});

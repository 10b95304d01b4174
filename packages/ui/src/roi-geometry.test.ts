import { centredSquareRoi } from "@livedigits/core";
import { clampToFrame } from "@livedigits/core/preprocess";
import { describe, expect, it } from "vitest";
import {
  defaultRoi,
  formatRoi,
  fromFrameRoi,
  isValidRoi,
  MIN_ROI_SIZE,
  mirrorRoi,
  normalisedRoi,
  moveRoi,
  parseRoi,
  resizeRoi,
  searchAreaAround,
  toFrameRegion,
  toFrameRoi,
  type NormalisedRoi,
} from "./roi-geometry.js";

const centre: NormalisedRoi = normalisedRoi({ x: 0.3, y: 0.3, width: 0.4, height: 0.4 });

type Box = Pick<NormalisedRoi, "x" | "y" | "width" | "height">;

function expectRoiNear(actual: Box, expected: Box): void {
  for (const key of ["x", "y", "width", "height"] as const) expect(actual[key], key).toBeCloseTo(expected[key], 9);
}

describe("defaultRoi", () => {
  it("is core's default box, so the app and the library read the same pixels", () => {
    for (const [w, h] of [
      [640, 480],
      [1280, 720],
      [480, 640],
    ] as const) {
      expect(toFrameRoi(defaultRoi(w, h), w, h)).toEqual(centredSquareRoi(w, h));
    }
  });

  it("is a square in pixels on a 4:3 frame", () => {
    const roi = defaultRoi(640, 480);
    expect(roi.width * 640).toBeCloseTo(roi.height * 480, 6);
    expect(roi.height).toBeCloseTo(0.4, 2);
  });

  it("falls back to a centred box while the frame size is unknown", () => {
    expect(defaultRoi(0, 0)).toEqual(centre);
    expect(defaultRoi(0, 0, 6)).toEqual(normalisedRoi({ x: 0.2, y: 0.3, width: 0.6, height: 0.4 }));
  });

  it("for numbers, is as tall as the square and twice as wide, centred, with the square inside it", () => {
    for (const [w, h] of [
      [640, 480],
      [1280, 720],
      [480, 640],
    ] as const) {
      const square = centredSquareRoi(w, h);
      const box = toFrameRoi(defaultRoi(w, h, 6), w, h);
      expect(box.height).toBe(square.height);
      expect(box.y).toBe(square.y);
      expect(box.width).toBe(2 * square.width);
      expect(Math.abs(box.x + box.width / 2 - (square.x + square.width / 2))).toBeLessThanOrEqual(1);
    }
    expect(toFrameRoi(defaultRoi(640, 480, 2), 640, 480)).toEqual({ x: 128, y: 144, width: 384, height: 192 });
  });

});

describe("toFrameRoi", () => {
  it("rounds to whole pixels", () => {
    expect(toFrameRoi(normalisedRoi({ x: 0.1, y: 0.2, width: 0.5, height: 0.25 }), 640, 480)).toEqual({ x: 64, y: 96, width: 320, height: 120 });
  });

  it("leaves clamping to the reader: core's clamp trims a box that rounding ran past the frame's edge", () => {
    const corner = normalisedRoi({ x: 0.45, y: 0.45, width: 0.55, height: 0.55 });
    expect(toFrameRoi(corner, 10, 10)).toEqual({ x: 5, y: 5, width: 6, height: 6 });
    expect(clampToFrame(toFrameRoi(corner, 10, 10), 10, 10)).toEqual({ x: 5, y: 5, width: 5, height: 5 });
  });
});

describe("fromFrameRoi", () => {
  it("undoes toFrameRoi for a box in whole pixels, on frames of any shape", () => {
    for (const [w, h] of [
      [640, 480],
      [1280, 720],
      [518, 518],
      [480, 640],
    ] as const) {
      const box = { x: 13, y: 7, width: Math.floor(w / 3), height: Math.floor(h / 4) };
      expect(toFrameRoi(fromFrameRoi(box, w, h), w, h)).toEqual(box);
    }
  });

  it("gives shares of the frame, fractional pixels included", () => {
    expectRoiNear(fromFrameRoi({ x: 160, y: 120, width: 32.5, height: 240 }, 640, 480), { x: 0.25, y: 0.25, width: 32.5 / 640, height: 0.5 });
  });

  it("keeps the box inside the frame, where a box runs past its edge", () => {
    const box = fromFrameRoi({ x: -10, y: 400, width: 100, height: 200 }, 640, 480);
    expectRoiNear(box, { x: 0, y: 400 / 480, width: 100 / 640, height: 80 / 480 });
  });
});

describe("searchAreaAround", () => {
  it("grows the box by the margin of its own size on every side", () => {
    expectRoiNear(searchAreaAround(centre, 0.5), { x: 0.1, y: 0.1, width: 0.8, height: 0.8 });
    expectRoiNear(searchAreaAround(centre, 0), centre);
  });

  it("stops at the frame's edges", () => {
    const corner = normalisedRoi({ x: 0.05, y: 0.6, width: 0.2, height: 0.3 });
    expectRoiNear(searchAreaAround(corner, 0.5), { x: 0, y: 0.45, width: 0.35, height: 0.55 });
  });

  it("refuses a margin that is negative or not a number", () => {
    for (const margin of [-0.1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => searchAreaAround(centre, margin)).toThrow(RangeError);
  });
});

describe("toFrameRegion", () => {
  it("turns a box, a box with the area around it, or the whole frame into the reader's region in pixels", () => {
    expect(toFrameRegion(centre, 640, 480)).toEqual({ x: 192, y: 144, width: 256, height: 192 });
    expect(toFrameRegion({ box: centre, searchIfRefused: searchAreaAround(centre, 0.5) }, 640, 480)).toEqual({
      box: { x: 192, y: 144, width: 256, height: 192 },
      searchIfRefused: { x: 64, y: 48, width: 512, height: 384 },
    });
    expect(toFrameRegion("auto", 640, 480)).toBe("auto");
  });
});

describe("moveRoi", () => {
  it("moves without resizing", () => {
    expectRoiNear(moveRoi(centre, 0.1, -0.2), { x: 0.4, y: 0.1, width: 0.4, height: 0.4 });
  });

  it("stops at the frame's edges", () => {
    expectRoiNear(moveRoi(centre, 1, -1), { x: 0.6, y: 0, width: 0.4, height: 0.4 });
  });
});

describe("resizeRoi", () => {
  it("moves only the edges its handle names", () => {
    const grown = resizeRoi(centre, "se", 0.1, 0.05);
    expect(grown.x).toBe(0.3);
    expect(grown.y).toBe(0.3);
    expect(grown.width).toBeCloseTo(0.5);
    expect(grown.height).toBeCloseTo(0.45);
    const left = resizeRoi(centre, "w", -0.1, 0.5);
    expect(left.x).toBeCloseTo(0.2);
    expect(left.width).toBeCloseTo(0.5);
    expect(left.y).toBe(0.3);
    expect(left.height).toBe(0.4);
  });

  it("keeps the opposite edge fixed when shrinking past the minimum", () => {
    const shrunk = resizeRoi(centre, "nw", 0.9, 0.9);
    expect(shrunk.width).toBeCloseTo(MIN_ROI_SIZE);
    expect(shrunk.height).toBeCloseTo(MIN_ROI_SIZE);
    expect(shrunk.x + shrunk.width).toBeCloseTo(0.7);
    expect(shrunk.y + shrunk.height).toBeCloseTo(0.7);
  });

  it("stops at the frame", () => {
    expectRoiNear(resizeRoi(centre, "ne", 5, -5), { x: 0.3, y: 0, width: 0.7, height: 0.7 });
  });
});

describe("normalisedRoi", () => {
  it("makes a share box from numbers inside the frame", () => {
    expect(normalisedRoi({ x: 0.6, y: 0, width: 0.4, height: 1 })).toEqual({ x: 0.6, y: 0, width: 0.4, height: 1 });
  });

  it("refuses a box that overhangs the frame, is too small, or is pixels", () => {
    expect(() => normalisedRoi({ x: 0.8, y: -0.1, width: 0.4, height: 0.4 })).toThrow(RangeError);
    expect(() => normalisedRoi({ x: 0, y: 0, width: MIN_ROI_SIZE / 2, height: 0.5 })).toThrow(/not a box inside the frame/);
    expect(() => normalisedRoi({ x: 220, y: 140, width: 200, height: 200 })).toThrow(RangeError);
  });
});

describe("mirrorRoi", () => {
  it("reflects the box left to right and is its own inverse", () => {
    const box = normalisedRoi({ x: 0.1, y: 0.2, width: 0.3, height: 0.4 });
    expect(mirrorRoi(box).x).toBeCloseTo(0.6);
    expect(mirrorRoi(box).y).toBe(0.2);
    const back = mirrorRoi(mirrorRoi(box));
    expect(back.x).toBeCloseTo(box.x);
    expect(back.width).toBe(box.width);
  });
});

describe("parseRoi / formatRoi", () => {
  it("reads x,y,width,height", () => {
    expect(parseRoi("0.3,0.3,0.4,0.4")).toEqual(centre);
    expect(parseRoi(" 0.1 , 0.2,0.5, 0.25 ")).toEqual({ x: 0.1, y: 0.2, width: 0.5, height: 0.25 });
  });

  it("rejects anything but a box inside the frame", () => {
    for (const text of ["", "0.3,0.3,0.4", "0.3,0.3,0.4,0.4,1", "a,b,c,d", "0.3,,0.4,0.4", "0.8,0.3,0.4,0.4", "-0.1,0,0.5,0.5", "0,0,0.01,0.5", "0,0,Infinity,1"]) {
      expect(parseRoi(text), text).toBeNull();
    }
  });

  it("round-trips through formatRoi", () => {
    const box = { x: 0.123456, y: 0.2, width: 0.5, height: 0.25 };
    expect(formatRoi(box)).toBe("0.1235,0.2,0.5,0.25");
    expect(parseRoi(formatRoi(centre))).toEqual(centre);
  });
});

describe("isValidRoi", () => {
  it("accepts boxes inside the frame and rejects other values", () => {
    expect(isValidRoi(centre)).toBe(true);
    expect(isValidRoi({ x: 0.6, y: 0.6, width: 0.4, height: 0.4 })).toBe(true);
    expect(isValidRoi({ x: 0.7, y: 0.6, width: 0.4, height: 0.4 })).toBe(false);
    expect(isValidRoi({ x: "0", y: 0, width: 0.4, height: 0.4 })).toBe(false);
    expect(isValidRoi(null)).toBe(false);
    expect(isValidRoi([0, 0, 1, 1])).toBe(false);
  });
});

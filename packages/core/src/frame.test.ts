import { describe, expect, it } from "vitest";
import { frameSize, frameToGray, type Frame } from "./frame.js";
import { longSideSize, resize } from "./preprocess/resize.js";

const rgba = (width: number, height: number) => ({ width, height, data: new Uint8ClampedArray(width * height * 4).fill(200) });

describe("frameToGray", () => {
  it("crops the default box, or the box given, clamped to the frame", () => {
    expect(frameToGray(rgba(100, 50))).toMatchObject({ width: 20, height: 20 });
    expect(frameToGray(rgba(100, 50), { x: 90.5, y: -3, width: 20, height: 10 })).toMatchObject({ width: 10, height: 7 });
  });

  it("shrinks the box to the working size asked for, exactly as resizing its grey image would", () => {
    const frame = { width: 64, height: 48, data: Uint8ClampedArray.from({ length: 64 * 48 * 4 }, (_, i) => (i * 37 + (i >> 7) * 11) % 256) };
    const box = { x: 5, y: 3, width: 51, height: 38 };
    const workingSize = (w: number, h: number) => longSideSize(w, h, 24);
    const shrunk = frameToGray(frame, box, undefined, workingSize);
    const grey = frameToGray(frame, box);
    expect([shrunk.width, shrunk.height]).toEqual([24, 18]);
    expect(Array.from(shrunk.data)).toEqual(Array.from(resize(grey, 24, 18).data));
  });

  it("blames the frame, not the box, when the frame is too small for the default box", () => {
    expect(() => frameToGray(rgba(1, 100))).toThrow(/The frame is 1×100: too small for the default box/);
    expect(frameToGray(rgba(1, 100), { x: 0, y: 40, width: 1, height: 20 })).toMatchObject({ width: 1, height: 20 });
  });
});

describe("frameSize", () => {
  it("says what is wrong with something that is not a frame", () => {
    expect(() => frameSize(null as unknown as Frame)).toThrow(TypeError);
    expect(() => frameSize(undefined as unknown as Frame)).toThrow(/No frame to read \(got undefined\): pass ImageData/);
    expect(() => frameSize("frame.png" as unknown as Frame)).toThrow(/got a string/);
    expect(() => frameSize({ width: 4, height: 4 } as unknown as Frame)).toThrow(/no pixels to read/);
    expect(() => frameSize({ width: 1, height: 1, data: new Float32Array(4) } as unknown as Frame)).toThrow(/got Float32Array/);
    expect(() => frameSize({ width: 2.5, height: 2, data: new Uint8ClampedArray(20) })).toThrow(/whole numbers of pixels; got 2.5×2/);
    expect(() => frameSize({ data: new Uint8ClampedArray(4) } as unknown as Frame)).toThrow(/got undefined×undefined/);
  });

  it("is the size of raw RGBA pixels", () => {
    expect(frameSize(rgba(3, 2))).toEqual({ width: 3, height: 2 });
  });
});

import { describe, expect, it } from "vitest";
import { isPolarityOption, isSavedCameraId, isThreshold, parseSwitch, parseThreshold } from "./settings-fields.js";

describe("shared settings fields", () => {
  it("thresholds are finite numbers from 0 to 1", () => {
    expect([0, 0.8, 1].every(isThreshold)).toBe(true);
    expect([-0.1, 1.5, Number.NaN, Infinity, "0.8", null].some(isThreshold)).toBe(false);
    expect(parseThreshold("0.9")).toBe(0.9);
    expect([parseThreshold(""), parseThreshold(" "), parseThreshold("2"), parseThreshold("abc")]).toEqual([null, null, null, null]);
  });

  it("switches accept 1/0, true/false, on/off, yes/no and nothing else", () => {
    expect(["1", "TRUE", " on", "yes"].map(parseSwitch)).toEqual([true, true, true, true]);
    expect(["0", "false", "off", "No"].map(parseSwitch)).toEqual([false, false, false, false]);
    expect(parseSwitch("maybe")).toBeNull();
  });

  it("polarities and saved cameras", () => {
    expect(["auto", "dark-on-light", "light-on-dark"].every(isPolarityOption)).toBe(true);
    expect(isPolarityOption("dark")).toBe(false);
    expect([null, "abc"].every(isSavedCameraId)).toBe(true);
    expect(["", 3].some(isSavedCameraId)).toBe(false);
  });
});

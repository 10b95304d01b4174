import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, settingsFromStorage } from "./settings.js";

describe("settingsFromStorage", () => {
  it("reads numbers of up to six digits unless told otherwise", () => {
    expect(DEFAULT_SETTINGS.maxDigits).toBe(6);
  });

  it("starts from the defaults when nothing was saved", () => {
    expect(settingsFromStorage(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage("not an object")).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps what was saved", () => {
    const roi = { x: 0.2, y: 0.25, width: 0.4, height: 0.5 };
    expect(settingsFromStorage({ threshold: 0.9, polarity: "light-on-dark", maxDigits: 2, roi })).toEqual({ threshold: 0.9, polarity: "light-on-dark", maxDigits: 2, roi });
  });

  it("takes the default for each invalid field alone", () => {
    expect(settingsFromStorage({ threshold: 3, polarity: "sideways", maxDigits: 9, roi: { x: "a" } })).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage({ threshold: 0.6, polarity: 7 })).toEqual({ ...DEFAULT_SETTINGS, threshold: 0.6 });
  });
});

import { normalisedRoi } from "@livedigits/ui/roi-geometry";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  resolveSettings,
  serializeSettings,
  settingsFromStorage,
  settingsFromUrl,
  settingsToUrl,
  type Settings,
} from "./settings.js";

describe("settingsFromUrl", () => {
  it("reads every documented parameter", () => {
    const { settings, problems } = settingsFromUrl("?threshold=0.9&polarity=light-on-dark&smoothing=0&maxDigits=1&mirror=1&roi=0.1,0.2,0.5,0.4");
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      threshold: 0.9,
      polarity: "light-on-dark",
      smoothing: false,
      maxDigits: 1,
      mirror: true,
      roi: { x: 0.1, y: 0.2, width: 0.5, height: 0.4 },
    });
  });

  it("sets only what the URL names", () => {
    expect(settingsFromUrl("?polarity=auto").settings).toEqual({ polarity: "auto" });
    expect(settingsFromUrl("").settings).toEqual({});
  });

  it("accepts on/off and true/false for switches", () => {
    expect(settingsFromUrl("smoothing=on&mirror=false").settings).toEqual({ smoothing: true, mirror: false });
  });

  it("ignores invalid values and says why", () => {
    const { settings, problems } = settingsFromUrl("threshold=1.5&polarity=upside-down&smoothing=maybe&roi=0.8,0.8,0.4,0.4");
    expect(settings).toEqual({});
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe("Ignored threshold=1.5: it must be a number from 0.5 to 0.99 or a percentage from 50 to 99, e.g. 0.8 or 80.");
    expect(problems.join("\n")).toContain("auto, dark-on-light, light-on-dark");
  });

  it("takes the threshold as the page shows it, a percentage, and names a misspelled parameter", () => {
    expect(settingsFromUrl("threshold=90").settings).toEqual({ threshold: 0.9 });
    expect(settingsFromUrl("threshold=85%25").settings).toEqual({ threshold: 0.85 });
    expect(settingsFromUrl("polarty=auto&backend=wasm").problems).toEqual(["Ignored polarty=auto: there is no such setting. Did you mean polarity?"]);
  });

  it("does not read an empty threshold as 0", () => {
    expect(settingsFromUrl("threshold=").settings).toEqual({});
    expect(settingsFromUrl("threshold=0.5").settings).toEqual({ threshold: 0.5 });
  });

  it("reads the backend apart from the saved settings, auto by default", () => {
    expect(settingsFromUrl("").backend).toBe("auto");
    for (const backend of ["webgpu", "webgl", "wasm", "cpu", "auto"] as const) {
      const { settings, backend: chosen, problems } = settingsFromUrl(`?backend=${backend}`);
      expect(chosen).toBe(backend);
      expect(settings).toEqual({});
      expect(problems).toEqual([]);
    }
  });

  it("ignores an unknown backend and says why", () => {
    const { backend, problems } = settingsFromUrl("?backend=metal");
    expect(backend).toBe("auto");
    expect(problems).toEqual(["Ignored backend=metal: it must be one of auto, webgpu, webgl, wasm, cpu."]);
  });
});

describe("settingsFromStorage", () => {
  const saved: Settings = {
    threshold: 0.7,
    polarity: "dark-on-light",
    smoothing: false,
    maxDigits: 4,
    mirror: true,
    roi: normalisedRoi({ x: 0.2, y: 0.2, width: 0.3, height: 0.3 }),
    cameraId: "abc",
  };

  it("round-trips what was saved", () => {
    expect(settingsFromStorage(serializeSettings(saved))).toEqual(saved);
  });

  it("survives a missing, corrupt or foreign entry", () => {
    expect(settingsFromStorage(null)).toEqual({});
    expect(settingsFromStorage("{not json")).toEqual({});
    expect(settingsFromStorage("42")).toEqual({});
  });

  it("drops invalid fields but keeps the valid ones", () => {
    const text = JSON.stringify({ ...saved, threshold: "high", maxDigits: 7, roi: { x: 2, y: 0, width: 1, height: 1 }, cameraId: 7 });
    expect(settingsFromStorage(text)).toEqual({ polarity: "dark-on-light", smoothing: false, mirror: true });
  });
});

describe("resolveSettings", () => {
  it("defaults to threshold 0.8, auto polarity, smoothing on, numbers of up to 6 digits and the default box", () => {
    expect(resolveSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ threshold: 0.8, polarity: "auto", smoothing: true, maxDigits: 6, roi: null });
  });

  it("lets the URL win over what was saved", () => {
    const stored = { threshold: 0.6, mirror: true };
    const url = settingsFromUrl("threshold=0.95").settings;
    expect(resolveSettings(stored, url)).toEqual({ ...DEFAULT_SETTINGS, threshold: 0.95, mirror: true });
  });
});

describe("settingsToUrl", () => {
  it("writes a link that settingsFromUrl reads back", () => {
    const settings = { ...DEFAULT_SETTINGS, threshold: 0.85, mirror: true, roi: normalisedRoi({ x: 0.25, y: 0.3, width: 0.5, height: 0.4 }) };
    const read = resolveSettings(settingsFromUrl(settingsToUrl(settings)).settings);
    expect(read).toEqual(settings);
    expect(settingsToUrl(settings).has("maxDigits")).toBe(false);
    const oneDigit = { ...DEFAULT_SETTINGS, maxDigits: 1 };
    expect(settingsToUrl(oneDigit).get("maxDigits")).toBe("1");
    expect(resolveSettings(settingsFromUrl(settingsToUrl(oneDigit)).settings)).toEqual(oneDigit);
  });
});

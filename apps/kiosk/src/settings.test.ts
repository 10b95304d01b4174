import { normalisedRoi } from "@livedigits/ui/roi-geometry";
import { describe, expect, it } from "vitest";
import { DEFAULT_SESSION, DEFAULT_SETTINGS, resolveSettings, serializeSettings, settingsFromStorage, settingsFromUrl, settingsToUrl } from "./settings.js";

describe("settingsFromUrl", () => {
  it("boots straight into a mode, sound off", () => {
    const { settings, problems } = settingsFromUrl("?mode=practice&sound=0");
    expect(settings).toEqual({ mode: "practice", sound: false });
    expect(problems).toEqual([]);
  });

  it("reads mirror, threshold, box and PIN", () => {
    const { settings } = settingsFromUrl("mirror=on&threshold=0.9&roi=0.3,0.3,0.4,0.4&pin=1234");
    expect(settings).toEqual({ mirror: true, threshold: 0.9, roi: { x: 0.3, y: 0.3, width: 0.4, height: 0.4 }, pin: "1234" });
  });

  it("takes a fixed practice digit, which implies practice mode, and a seed", () => {
    const url = settingsFromUrl("practice=7&seed=42&attract=5");
    expect(url.settings.mode).toBe("practice");
    expect(url.session).toEqual({ practiceDigit: 7, seed: 42, attractSeconds: 5 });
    // An explicit mode still wins.
    expect(settingsFromUrl("practice=7&mode=show").settings.mode).toBe("show");
  });

  it("ignores wrong values and says why, without echoing a PIN", () => {
    const { settings, session, problems } = settingsFromUrl("mode=quiz&sound=maybe&threshold=2&roi=1,2&pin=12ab&practice=12&seed=-1&attract=0");
    expect(settings).toEqual({});
    expect(session).toEqual(DEFAULT_SESSION);
    expect(problems).toHaveLength(8);
    expect(problems[0]).toBe("Ignored mode=quiz: it must be one of show, practice.");
    expect(problems.join(" ")).not.toContain("12ab");
  });

  it("reads the link-only numbers loosely where people type them: spaces, decimal seconds", () => {
    expect(settingsFromUrl("practice=%207%20&seed=0&attract=2.5").session).toEqual({ practiceDigit: 7, seed: 0, attractSeconds: 2.5 });
    expect(settingsFromUrl("attract=&seed=1.5").problems).toEqual(["Ignored seed=1.5: it must be a whole number.", "Ignored attract=: it must be seconds, from 1 to 86400."]);
  });

  it("reads the live view's fields as every app does, e.g. light ink on a slate", () => {
    expect(settingsFromUrl("polarity=light-on-dark&smoothing=0").settings).toEqual({ polarity: "light-on-dark", smoothing: false });
    expect(settingsFromUrl("polarity=chalk").problems).toEqual(["Ignored polarity=chalk: it must be one of auto, dark-on-light, light-on-dark."]);
  });

  it("an empty pin removes the PIN", () => {
    expect(settingsFromUrl("pin=").settings).toEqual({ pin: null });
  });
});

describe("stored settings", () => {
  it("round-trip", () => {
    const settings = resolveSettings({ mode: "practice", sound: false, mirror: true, threshold: 0.7, roi: normalisedRoi({ x: 0.1, y: 0.1, width: 0.5, height: 0.5 }), cameraId: "cam-2", pin: "2468" });
    expect(resolveSettings(settingsFromStorage(serializeSettings(settings)))).toEqual(settings);
  });

  it("survive junk: bad JSON, other shapes, invalid fields", () => {
    expect(settingsFromStorage(null)).toEqual({});
    expect(settingsFromStorage("{oops")).toEqual({});
    expect(settingsFromStorage("[1,2]")).toEqual({});
    expect(settingsFromStorage(JSON.stringify({ mode: "quiz", sound: "yes", threshold: 3, roi: { x: 2 }, cameraId: "", pin: "1" }))).toEqual({});
  });

  it("URL beats storage beats defaults", () => {
    const stored = settingsFromStorage(JSON.stringify({ mode: "practice", sound: false }));
    const resolved = resolveSettings(stored, settingsFromUrl("mode=show").settings);
    expect(resolved).toEqual({ ...DEFAULT_SETTINGS, mode: "show", sound: false });
  });

  it("make a link for another kiosk, without camera or PIN", () => {
    const link = settingsToUrl(resolveSettings({ mode: "practice", sound: false, pin: "1234", cameraId: "x" }));
    expect(link.toString()).toBe("mode=practice&sound=0&threshold=0.8");
    expect(resolveSettings(settingsFromUrl(link).settings)).toEqual(resolveSettings({ mode: "practice", sound: false }));
  });
});

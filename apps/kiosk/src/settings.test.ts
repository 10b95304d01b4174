import { normalisedRoi } from "@livedigits/ui/roi-geometry";
import { describe, expect, it } from "vitest";
import { parseQuestion, showQuestion, sumQuestion } from "./practice.js";
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

  it("takes a fixed practice question, which implies practice mode, and a seed", () => {
    const url = settingsFromUrl("practice=7&seed=42&attract=5");
    expect(url.settings.mode).toBe("practice");
    expect(url.session).toEqual({ practiceQuestion: showQuestion(7), seed: 42, attractSeconds: 5 });
    // An explicit mode still wins.
    expect(settingsFromUrl("practice=7&mode=show").settings.mode).toBe("show");
  });

  it("takes a two-digit number or a sum as the fixed question, a + written %2B or typed as it is", () => {
    expect(settingsFromUrl("practice=42").session.practiceQuestion).toEqual(showQuestion(42));
    expect(settingsFromUrl("practice=7%2B8").session.practiceQuestion).toEqual(sumQuestion(7, 8));
    expect(settingsFromUrl("practice=7+8").session.practiceQuestion).toEqual(sumQuestion(7, 8));
    expect(settingsFromUrl("practice=6x7").session.practiceQuestion).toEqual(parseQuestion("6*7"));
    const { session, problems } = settingsFromUrl("practice=10x10");
    expect(session.practiceQuestion).toBeNull();
    expect(problems).toEqual([
      "Ignored practice=10x10: it must be a number to show, 0 to 99, or a sum, difference or product with an answer from 0 to 99: 42, 12-5, 6x7, or 7%2B8 (a + in a link is written %2B).",
    ]);
  });

  it("reads the practice level, and the longest number to read", () => {
    expect(settingsFromUrl("level=times-tables&maxDigits=1").settings).toEqual({ level: "times-tables", maxDigits: 1 });
    expect(settingsFromUrl("level=hard").problems).toEqual(["Ignored level=hard: it must be one of digits, numbers, within-20, times-tables."]);
  });

  it("ignores wrong values and says why, without echoing a PIN", () => {
    const { settings, session, problems } = settingsFromUrl("mode=quiz&sound=maybe&threshold=2&roi=1,2&pin=12ab&practice=100&seed=-1&attract=0");
    expect(settings).toEqual({});
    expect(session).toEqual(DEFAULT_SESSION);
    expect(problems).toHaveLength(8);
    expect(problems[0]).toBe("Ignored mode=quiz: it must be one of show, practice.");
    expect(problems.join(" ")).not.toContain("12ab");
  });

  it("reads the link-only numbers loosely where people type them: spaces, decimal seconds", () => {
    expect(settingsFromUrl("practice=%207%20&seed=0&attract=2.5").session).toEqual({ practiceQuestion: showQuestion(7), seed: 0, attractSeconds: 2.5 });
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
    const settings = resolveSettings({
      mode: "practice",
      level: "within-20",
      sound: false,
      mirror: true,
      threshold: 0.7,
      maxDigits: 3,
      roi: normalisedRoi({ x: 0.1, y: 0.1, width: 0.5, height: 0.5 }),
      cameraId: "cam-2",
      pin: "2468",
    });
    expect(resolveSettings(settingsFromStorage(serializeSettings(settings)))).toEqual(settings);
  });

  it("survive junk: bad JSON, other shapes, invalid fields", () => {
    expect(settingsFromStorage(null)).toEqual({});
    expect(settingsFromStorage("{oops")).toEqual({});
    expect(settingsFromStorage("[1,2]")).toEqual({});
    expect(settingsFromStorage(JSON.stringify({ mode: "quiz", level: "hard", sound: "yes", threshold: 3, maxDigits: 0, roi: { x: 2 }, cameraId: "", pin: "1" }))).toEqual({});
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

  it("make a link that keeps a level and a longest number other than the defaults", () => {
    const settings = resolveSettings({ mode: "practice", level: "times-tables", maxDigits: 4 });
    const link = settingsToUrl(settings);
    expect(link.toString()).toBe("mode=practice&sound=1&threshold=0.8&level=times-tables&maxDigits=4");
    expect(resolveSettings(settingsFromUrl(link).settings)).toEqual(settings);
  });

  it("read numbers of up to two digits and practise digits by default", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ maxDigits: 2, level: "digits", mode: "show" });
  });
});

import { describe, expect, it } from "vitest";
import {
  choiceField,
  isPolarityOption,
  isMaxDigits,
  isSavedCameraId,
  isThreshold,
  LIVE_URL_FIELDS,
  MAX_DIGITS_RANGE,
  maxDigitsField,
  parseSwitch,
  parseThreshold,
  polarityField,
  roiField,
  storedLiveSettings,
  storedObject,
  switchField,
  THRESHOLD_RANGE,
  thresholdField,
  urlParams,
  type UrlField,
} from "./settings-fields.js";

describe("shared settings fields", () => {
  it("thresholds are finite numbers within the one range every slider shows", () => {
    expect([THRESHOLD_RANGE.min, 0.8, THRESHOLD_RANGE.max].every(isThreshold)).toBe(true);
    expect([0, 0.49, 1, 1.5, Number.NaN, Infinity, "0.8", null].some(isThreshold)).toBe(false);
    expect(parseThreshold("0.9")).toBe(0.9);
    expect([parseThreshold(""), parseThreshold(" "), parseThreshold("0"), parseThreshold("2"), parseThreshold("abc")]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("thresholds in links may be percentages, as the sliders show them", () => {
    expect(["90", "90%", " 85 % ", "50", "99", "57"].map(parseThreshold)).toEqual([0.9, 0.9, 0.85, 0.5, 0.99, 0.57]);
    expect(["0.9%", "100", "99.5", "49", "%", "1"].map(parseThreshold)).toEqual([null, null, null, null, null, null]);
  });

  it("switches accept 1/0, true/false, on/off, yes/no and nothing else", () => {
    expect(["1", "TRUE", " on", "yes"].map(parseSwitch)).toEqual([true, true, true, true]);
    expect(["0", "false", "off", "No"].map(parseSwitch)).toEqual([false, false, false, false]);
    expect(parseSwitch("maybe")).toBeNull();
  });

  it("the longest number is a whole number of digits from 1 to 6, in links as in storage", () => {
    expect([1, 2, 6].every(isMaxDigits)).toBe(true);
    expect([0, 7, 2.5, Number.NaN, "4", null].some(isMaxDigits)).toBe(false);
    expect(MAX_DIGITS_RANGE).toEqual({ min: 1, max: 6 });
    expect(["1", " 4 ", "6"].map(maxDigitsField.parse)).toEqual([1, 4, 6]);
    expect(["0", "7", "2.5", "", "four", "1e0", "-1"].map(maxDigitsField.parse)).toEqual(new Array(7).fill(undefined));
  });

  it("polarities and saved cameras", () => {
    expect(["auto", "dark-on-light", "light-on-dark"].every(isPolarityOption)).toBe(true);
    expect(isPolarityOption("dark")).toBe(false);
    expect([null, "abc"].every(isSavedCameraId)).toBe(true);
    expect(["", 3].some(isSavedCameraId)).toBe(false);
  });
});

describe("urlParams", () => {
  interface Example {
    threshold: number;
    polarity: "auto" | "dark-on-light" | "light-on-dark";
    mirror: boolean;
    pin: string | null;
  }
  const pinField: UrlField<string | null> = {
    parse: (raw) => (raw === "" ? null : /^\d{3,8}$/.test(raw) ? raw : undefined),
    rule: "it must be 3 to 8 digits.",
    secret: true,
  };
  const fields = { threshold: thresholdField, polarity: polarityField, mirror: switchField, pin: pinField };

  it("reads the fields a link names, and only those", () => {
    expect(urlParams<Example>("?threshold=0.9&mirror=on", fields)).toEqual({ values: { threshold: 0.9, mirror: true }, problems: [] });
    expect(urlParams<Example>("", fields)).toEqual({ values: {}, problems: [] });
  });

  it("lists the parameters that are no setting, after the refused values, naming the one most likely meant", () => {
    const { values, problems } = urlParams<Example>("?treshold=0.9&mirror=maybe&Mirror=1&other=1&other=2", fields);
    expect(values).toEqual({});
    expect(problems).toEqual([
      "Ignored mirror=maybe: it must be 1 or 0 (on/off, true/false also work).",
      "Ignored treshold=0.9: there is no such setting. Did you mean threshold?",
      "Ignored Mirror=1: there is no such setting. Did you mean mirror?",
      "Ignored other=1: there is no such setting (a link can set threshold, polarity, mirror, pin).",
    ]);
  });

  it("does not repeat back a value that was most likely meant for a secret", () => {
    expect(urlParams<Example>("pn=1234", fields).problems).toEqual(["Ignored pn=…: there is no such setting. Did you mean pin?"]);
  });

  it("keeps null when a field's parser says null is a value", () => {
    expect(urlParams<Example>("pin=", fields).values).toEqual({ pin: null });
  });

  it("says why each refused parameter was ignored, in the order the fields are declared", () => {
    const { values, problems } = urlParams<Example>(new URLSearchParams("mirror=maybe&threshold=2&polarity=up"), fields);
    expect(values).toEqual({});
    expect(problems).toEqual([
      "Ignored threshold=2: it must be a number from 0.5 to 0.99 or a percentage from 50 to 99, e.g. 0.8 or 80.",
      "Ignored polarity=up: it must be one of auto, dark-on-light, light-on-dark.",
      "Ignored mirror=maybe: it must be 1 or 0 (on/off, true/false also work).",
    ]);
  });

  it("does not repeat a secret back", () => {
    expect(urlParams<Example>("pin=12", fields).problems).toEqual(["Ignored pin=…: it must be 3 to 8 digits."]);
  });

  it("reads boxes and choices", () => {
    const modes = choiceField(["show", "practice"] as const);
    expect(urlParams<{ roi: unknown; mode: string }>("roi=0.1,0.2,0.5,0.4&mode=practice", { roi: roiField, mode: modes }).values).toEqual({
      roi: { x: 0.1, y: 0.2, width: 0.5, height: 0.4 },
      mode: "practice",
    });
    expect(urlParams<{ roi: unknown }>("roi=0.8,0.8,0.4,0.4", { roi: roiField }).problems).toEqual([
      "Ignored roi=0.8,0.8,0.4,0.4: it must be x,y,width,height as shares of the picture inside it, e.g. 0.3,0.3,0.4,0.4.",
    ]);
  });
});

describe("LIVE_URL_FIELDS", () => {
  it("reads the live settings every app's links share", () => {
    expect(urlParams("threshold=0.9&polarity=light-on-dark&smoothing=0&maxDigits=4&mirror=1&roi=0.3,0.3,0.4,0.4", LIVE_URL_FIELDS)).toEqual({
      values: { threshold: 0.9, polarity: "light-on-dark", smoothing: false, maxDigits: 4, mirror: true, roi: { x: 0.3, y: 0.3, width: 0.4, height: 0.4 } },
      problems: [],
    });
  });

  it("says how many digits a link may ask for, and names a misspelled maxDigits", () => {
    expect(urlParams("maxDigits=9", LIVE_URL_FIELDS).problems).toEqual([
      "Ignored maxDigits=9: it must be a whole number from 1 to 6, the longest number to read (1 reads one digit at a time).",
    ]);
    expect(urlParams("maxdigit=2", LIVE_URL_FIELDS).problems).toEqual(["Ignored maxdigit=2: there is no such setting. Did you mean maxDigits?"]);
  });
});

describe("stored settings", () => {
  it("reads saved JSON as an object, and anything else as nothing saved", () => {
    expect(storedObject('{"threshold":0.7}')).toEqual({ threshold: 0.7 });
    expect([null, "", "{not json", "42", "[1,2]", "null"].map(storedObject)).toEqual([{}, {}, {}, {}, {}, {}]);
  });

  it("keeps each valid live setting and drops each invalid one alone", () => {
    const roi = { x: 0.2, y: 0.2, width: 0.3, height: 0.3 };
    expect(storedLiveSettings({ threshold: 0.7, polarity: "auto", smoothing: false, maxDigits: 3, mirror: true, roi, cameraId: "abc", mode: "show" })).toEqual({
      threshold: 0.7,
      polarity: "auto",
      smoothing: false,
      maxDigits: 3,
      mirror: true,
      roi,
      cameraId: "abc",
    });
    expect(storedLiveSettings({ threshold: 0.3, polarity: "up", smoothing: "yes", maxDigits: 12, mirror: 1, roi: { x: 2 }, cameraId: "" })).toEqual({});
    expect(storedLiveSettings({ roi: null, cameraId: null })).toEqual({ roi: null, cameraId: null });
  });
});

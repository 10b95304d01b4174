import type { Reading } from "@livedigits/core";
import { describe, expect, it } from "vitest";
import { describeReading, NO_PICTURE, ordinal, PLACE_A_DIGIT, shownNumber, topClass } from "./reading-text.js";

function reading(overrides: Partial<Reading>): Reading {
  return {
    digit: null,
    confidence: 0,
    probabilities: new Array<number>(10).fill(0),
    notDigit: 0,
    polarity: "dark-on-light",
    state: "no-digit",
    modelInput: null,
    text: null,
    digits: [],
    box: { x: 0, y: 0, width: 100, height: 100 },
    inkBox: null,
    timestamp: 0,
    ...overrides,
  };
}

/** The digits of a reading: [digit, confidence] each, side by side. */
function digits(...read: [number, number][]): Reading["digits"] {
  return read.map(([digit, confidence], k) => {
    const probabilities = new Array<number>(10).fill((1 - confidence) / 9);
    probabilities[digit] = confidence;
    return { digit, confidence, probabilities, notDigit: 0, box: { x: k * 50, y: 0, width: 40, height: 80 }, modelInput: new Float32Array(784) };
  });
}

describe("describeReading", () => {
  it("asks for a digit before the first reading and when the box is empty", () => {
    expect(describeReading(null).headline).toBe(PLACE_A_DIGIT);
    expect(describeReading(reading({ reason: "empty" })).headline).toBe(PLACE_A_DIGIT);
  });

  it("asks for no digit while there is no picture to read (the camera off, refused or starting)", () => {
    const text = describeReading(null, { picture: false });
    expect(text).toEqual({ headline: NO_PICTURE, detail: "", announcement: NO_PICTURE });
    expect(text.headline).not.toBe(PLACE_A_DIGIT);
  });

  it("shows the digit and how sure the model is", () => {
    const probabilities = [0, 0, 0, 0, 0, 0, 0, 0.934, 0.066, 0];
    const text = describeReading(reading({ state: "digit", digit: 7, text: "7", confidence: 0.934, probabilities }));
    expect(text).toEqual({ headline: "7", detail: "93% sure", announcement: "Digit 7" });
  });

  it("shows a number whole, with how sure it is of its least sure digit", () => {
    const text = describeReading(reading({ state: "digit", text: "2026", confidence: 0.8, digits: digits([2, 0.97], [0, 0.91], [2, 0.95], [6, 0.99]) }));
    expect(text).toEqual({ headline: "2026", detail: "Every digit at least 91% sure", announcement: "Number 2026" });
  });

  it("shows no number when a digit is unsure, and says which digit and what it looks like", () => {
    const unsure = reading({ state: "unsure", text: null, unsureDigit: 2, digits: digits([2, 0.97], [0, 0.91], [2, 0.55], [6, 0.99]) });
    const text = describeReading(unsure);
    expect(shownNumber(unsure)).toBeNull();
    expect(text.headline).toBe("Not sure");
    expect(text.detail).toContain("Reads “20?6”: the 3rd digit looks most like 2 (55%)");
    expect(text.detail).toMatch(/more clearly/);
    expect(text.announcement).toBe("Not sure");
  });

  it("names the best guess when unsure, without announcing it as an answer", () => {
    const probabilities = [0, 0, 0, 0.55, 0, 0.45, 0, 0, 0, 0];
    const text = describeReading(reading({ state: "unsure", confidence: 0.55, probabilities }));
    expect(text.headline).toBe("Not sure");
    expect(text.detail).toContain("3 (55%)");
    expect(text.announcement).toBe("Not sure");
  });

  it("says what to change when the box was rejected", () => {
    expect(describeReading(reading({ reason: "clutter" })).detail).toMatch(/one digit/);
    expect(describeReading(reading({ reason: "cut-by-edge" })).detail).toMatch(/edge/);
    expect(describeReading(reading({ reason: "covered" })).headline).toBe("Move your hand away");
  });

  it("tells a digit running out of the box to move back, naming the sides, and announces it", () => {
    const text = describeReading(reading({ reason: "overflow", overflow: ["top", "left"] }));
    expect(text.headline).toBe("Move back");
    expect(text.detail).toContain("at the top and left");
    expect(text.detail).toMatch(/box bigger/);
    expect(text.announcement).toMatch(/move back/);
  });

  it("says so when the model sees no digit, only a letter, a word or a mark", () => {
    const text = describeReading(reading({ reason: "not-a-digit", notDigit: 0.93, modelInput: new Float32Array(784) }));
    expect(text).toEqual({
      headline: "Not a digit",
      detail: "That looks like a letter, a word or a mark: show a digit or a number, on plain paper.",
      announcement: "Not a digit",
    });
  });

  it("says when the box holds more digits than the reader reads", () => {
    const text = describeReading(reading({ reason: "too-many-digits" }));
    expect(text.headline).toBe("Too many digits");
    expect(text.detail).toMatch(/box smaller|longer numbers/);
  });

  it("tells a digit too small to read to come closer, never to move back", () => {
    const text = describeReading(reading({ reason: "too-small" }));
    expect(text.headline).toBe("Hold it closer");
    expect(text.detail).not.toMatch(/further away|bigger/);
  });

  it("keeps the announcement stable while only the confidence changes", () => {
    const a = describeReading(reading({ state: "digit", digit: 4, text: "4", confidence: 0.91 }));
    const b = describeReading(reading({ state: "digit", digit: 4, text: "4", confidence: 0.97 }));
    expect(a.announcement).toBe(b.announcement);
  });
});

describe("shownNumber", () => {
  it("is the reading's text when it shows a number, and null otherwise", () => {
    expect(shownNumber(reading({ state: "digit", digit: 7, text: "7" }))).toBe("7");
    expect(shownNumber(reading({ state: "digit", text: "007", digits: digits([0, 0.9], [0, 0.9], [7, 0.9]) }))).toBe("007");
    expect(shownNumber(reading({ state: "no-digit", reason: "empty" }))).toBeNull();
    expect(shownNumber(null)).toBeNull();
  });
});

describe("ordinal", () => {
  it("names a digit's place", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd"]);
  });
});

describe("topClass", () => {
  it("picks the first of equal maxima", () => {
    expect(topClass([0.1, 0.4, 0.4, 0.1])).toBe(1);
  });
});

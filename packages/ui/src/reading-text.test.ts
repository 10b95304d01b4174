import type { Reading } from "@livedigits/core";
import { describe, expect, it } from "vitest";
import { describeReading, NO_PICTURE, PLACE_A_DIGIT, topClass } from "./reading-text.js";

function reading(overrides: Partial<Reading>): Reading {
  return {
    digit: null,
    confidence: 0,
    probabilities: new Array<number>(10).fill(0),
    notDigit: 0,
    polarity: "dark-on-light",
    state: "no-digit",
    modelInput: null,
    box: { x: 0, y: 0, width: 100, height: 100 },
    inkBox: null,
    timestamp: 0,
    ...overrides,
  };
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
    const text = describeReading(reading({ state: "digit", digit: 7, confidence: 0.934, probabilities }));
    expect(text).toEqual({ headline: "7", detail: "93% sure", announcement: "Digit 7" });
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
  });

  it("tells a digit running out of the box to move back, naming the sides, and announces it", () => {
    const text = describeReading(reading({ reason: "overflow", overflow: ["top", "left"] }));
    expect(text.headline).toBe("Move back");
    expect(text.detail).toContain("at the top and left");
    expect(text.detail).toMatch(/box bigger/);
    expect(text.announcement).toMatch(/move back/);
  });

  it("tells a digit too small to read to come closer, never to move back", () => {
    const text = describeReading(reading({ reason: "too-small" }));
    expect(text.headline).toBe("Hold it closer");
    expect(text.detail).not.toMatch(/further away|bigger/);
  });

  it("keeps the announcement stable while only the confidence changes", () => {
    const a = describeReading(reading({ state: "digit", digit: 4, confidence: 0.91 }));
    const b = describeReading(reading({ state: "digit", digit: 4, confidence: 0.97 }));
    expect(a.announcement).toBe(b.announcement);
  });
});

describe("topClass", () => {
  it("picks the first of equal maxima", () => {
    expect(topClass([0.1, 0.4, 0.4, 0.1])).toBe(1);
  });
});

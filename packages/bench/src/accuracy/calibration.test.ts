import { describe, expect, it } from "vitest";
import { addCalibrationTallies, calibration, emptyCalibrationTally, readingOutcome, recordConfidence } from "./calibration.js";

describe("calibration", () => {
  it("computes the reliability bins and the ECE of a hand-worked example", () => {
    const tally = emptyCalibrationTally(10);
    for (const [confidence, correct] of [[0.95, true], [0.95, true], [0.85, false], [0.85, true], [0.35, false]] as const) recordConfidence(tally, confidence, correct);
    const result = calibration(tally);
    // Bin 0.9–1: 2 readings, mean 0.95, both right → gap 0.05. Bin 0.8–0.9: mean 0.85, half right → 0.35.
    // Bin 0.3–0.4: mean 0.35, none right → 0.35. ECE = 2/5·0.05 + 2/5·0.35 + 1/5·0.35 = 0.23.
    expect(result.count).toBe(5);
    expect(result.ece).toBeCloseTo(0.23, 12);
    expect(result.accuracy).toBeCloseTo(0.6, 12);
    expect(result.meanConfidence).toBeCloseTo(0.79, 12);
    expect(result.bins.map((b) => b.count)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 2, 2]);
    expect(result.bins[8]).toMatchObject({ lower: 0.8, upper: 0.9, count: 2, accuracy: 0.5 });
    expect(result.bins[8]!.meanConfidence).toBeCloseTo(0.85, 12);
    expect(result.bins[0]).toMatchObject({ count: 0, accuracy: null, meanConfidence: null });
  });

  it("is zero when confidence matches accuracy in every bin", () => {
    const tally = emptyCalibrationTally(10);
    for (let k = 0; k < 4; k++) recordConfidence(tally, 0.75, k < 3);
    expect(calibration(tally).ece).toBeCloseTo(0, 12);
  });

  it("puts 1 in the last bin and 0 in the first, and takes 15 bins", () => {
    const tally = emptyCalibrationTally(15);
    recordConfidence(tally, 1, true);
    recordConfidence(tally, 1.0000001, true);
    recordConfidence(tally, 0, false);
    const { bins } = calibration(tally);
    expect(bins).toHaveLength(15);
    expect(bins[14]!.count).toBe(2);
    expect(bins[0]!.count).toBe(1);
    expect(() => recordConfidence(tally, Number.NaN, true)).toThrow(RangeError);
  });

  it("adds tallies bin by bin and has no ECE without readings", () => {
    const a = emptyCalibrationTally();
    const b = emptyCalibrationTally();
    recordConfidence(a, 0.95, true);
    recordConfidence(b, 0.95, false);
    const sum = calibration(addCalibrationTallies(a, b));
    expect(sum.count).toBe(2);
    expect(sum.ece).toBeCloseTo(0.45, 12);
    expect(calibration(emptyCalibrationTally()).ece).toBeNull();
    expect(() => addCalibrationTallies(a, emptyCalibrationTally(15))).toThrow(RangeError);
  });
});

describe("readingOutcome", () => {
  const probabilities = [0.02, 0.05, 0.6, 0.03, 0.1, 0.05, 0.05, 0.04, 0.03, 0.03];

  it("judges the most probable digit, also when the reading is unsure", () => {
    expect(readingOutcome({ confidence: 0.6, probabilities, state: "unsure" }, 2)).toEqual({ confidence: 0.6, correct: true });
    expect(readingOutcome({ confidence: 0.6, probabilities, state: "unsure" }, 4)).toEqual({ confidence: 0.6, correct: false });
  });

  it("counts a 'not a digit' verdict (the model ran) and skips a box refused before the model", () => {
    const notDigit = { confidence: 0.3, probabilities: [0.3, 0, 0, 0, 0, 0, 0, 0.1, 0, 0], state: "no-digit", reason: "not-a-digit" };
    expect(readingOutcome(notDigit, 0)).toEqual({ confidence: 0.3, correct: true });
    expect(readingOutcome({ confidence: 0, probabilities: new Array<number>(10).fill(0), state: "no-digit", reason: "empty" }, 3)).toBeNull();
    // An i or a j is refused as no digit before the model runs: no probabilities, nothing to judge.
    expect(readingOutcome({ confidence: 0, probabilities: new Array<number>(10).fill(0), state: "no-digit", reason: "not-a-digit" }, 1)).toBeNull();
  });
});

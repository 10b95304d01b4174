import { describe, expect, it } from "vitest";
import { fitNotDigitOffset, fitTemperature, negativeLogLikelihood } from "./calibration.js";

/** Rows of a 2-class softmax that says `confidence` for class 0, right on a share `rightShare` of them. */
function overconfident(confidence: number, rightShare: number, rows = 1000) {
  const softmax = new Float32Array(rows * 2);
  const labels = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    softmax[r * 2] = confidence;
    softmax[r * 2 + 1] = 1 - confidence;
    labels[r] = r < rows * rightShare ? 0 : 1;
  }
  return { softmax, labels, classes: 2 };
}

describe("temperature scaling", () => {
  it("finds T = 1 for a softmax that is already calibrated", () => {
    expect(fitTemperature(overconfident(0.8, 0.8))).toBeCloseTo(1, 1);
  });

  it("softens an overconfident softmax until its confidence matches its accuracy", () => {
    // Says 99% and is right 80% of the time: q = 0.8 needs (0.99/0.01)^(1/T) = 4, T = ln 99 / ln 4.
    const t = fitTemperature(overconfident(0.99, 0.8));
    expect(t).toBeCloseTo(Math.log(99) / Math.log(4), 1);
    expect(negativeLogLikelihood(overconfident(0.99, 0.8), t)).toBeLessThan(negativeLogLikelihood(overconfident(0.99, 0.8), 1));
  });

  it("sharpens an underconfident one", () => {
    expect(fitTemperature(overconfident(0.6, 0.95))).toBeLessThan(1);
  });
});

describe("the 'not a digit' offset", () => {
  /** 11-class rows: digit 3 at `digit`, "not a digit" at `notDigit`, the rest spread evenly. */
  function rows(pairs: readonly (readonly [digit: number, notDigit: number])[]) {
    const softmax = new Float32Array(pairs.length * 11);
    pairs.forEach(([digit, notDigit], r) => {
      for (let c = 0; c < 11; c++) softmax[r * 11 + c] = (1 - digit - notDigit) / 9;
      softmax[r * 11 + 3] = digit;
      softmax[r * 11 + 10] = notDigit;
    });
    return { softmax, labels: new Int32Array(pairs.length).fill(3), classes: 11 };
  }

  it("is 0 where 'not a digit' takes no digit row", () => {
    expect(fitNotDigitOffset(rows([[0.9, 0.05], [0.7, 0.2]]), 1, 2, 0)).toBe(0);
  });

  it("grows until the digit rows it takes fit the budget, and leaves the rows after digitRows out", () => {
    // "not a digit" at e^2.05 × the digit: an offset of 2 leaves it on top, 2.1 frees the row.
    const twoDigitRows = rows([[0.1, 0.1 * Math.exp(2.05)], [0.9, 0.01], [0.001, 0.99]]);
    expect(fitNotDigitOffset(twoDigitRows, 1, 2, 0)).toBeCloseTo(2.1, 9);
    // A budget of half the digit rows lets that one row go.
    expect(fitNotDigitOffset(twoDigitRows, 1, 2, 0.5)).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { fitTemperature, negativeLogLikelihood } from "./calibration.js";

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

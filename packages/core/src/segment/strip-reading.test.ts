import { describe, expect, it } from "vitest";
import { decodeSteps, stepProbabilities } from "./strip-reading.js";

const CLASSES = 11;
const BLANK = 10;

/** Steps that put probability `p` on the given class (the rest spread evenly). */
function steps(path: readonly (number | [number, number])[]): Float32Array {
  const out = new Float32Array(path.length * CLASSES);
  path.forEach((step, t) => {
    const [symbol, p] = Array.isArray(step) ? step : [step, 0.9];
    for (let c = 0; c < CLASSES; c++) out[t * CLASSES + c] = c === symbol ? p : (1 - p) / (CLASSES - 1);
  });
  return out;
}

describe("decodeSteps", () => {
  it("merges a digit's run, drops blanks, and keeps a repeated digit apart only across a blank", () => {
    const reading = decodeSteps(steps([BLANK, 4, 4, BLANK, 2, 2, 2, BLANK, 2, BLANK]), 10, CLASSES);
    expect(reading.text).toBe("422");
    expect(reading.digits.map((d) => [d.fromStep, d.toStep])).toEqual([[1, 2], [4, 6], [8, 8]]);
  });

  it("gives each digit its peak probability and the digits' probabilities at that step, the blank left out", () => {
    const reading = decodeSteps(steps([BLANK, [7, 0.6], [7, 0.95], BLANK]), 4, CLASSES);
    expect(reading.digits).toHaveLength(1);
    const [seven] = reading.digits;
    expect(seven!.confidence).toBeCloseTo(0.95, 6);
    expect(seven!.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(seven!.probabilities[7]).toBeCloseTo(0.95 / (0.95 + 9 * 0.005), 6);
  });

  it("reads nothing from blanks alone", () => {
    expect(decodeSteps(steps([BLANK, BLANK, BLANK]), 3, CLASSES)).toEqual({ text: "", digits: [] });
  });
});

describe("stepProbabilities", () => {
  it("is each step's softmax, flatter at a higher temperature", () => {
    const logits = [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    const sharp = stepProbabilities(logits, 1, CLASSES, 1);
    const flat = stepProbabilities(logits, 1, CLASSES, 2);
    expect(sharp.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(sharp[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + Math.exp(1) + 9), 6);
    expect(flat[0]!).toBeLessThan(sharp[0]!);
  });
});

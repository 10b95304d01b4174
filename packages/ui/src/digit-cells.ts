// What the reading display shows of each digit read: the digit, how sure, every class's
// probability, and the 28×28 the model saw of it, so a person can see why it said what it
// said — and which digit held the number back when it is unsure.
import type { Reading } from "@livedigits/core";
import { topClass } from "./reading-text.js";

export interface DigitCell {
  readonly digit: number;
  readonly confidence: number;
  readonly probabilities: readonly number[];
  /** The 28×28 the model saw of this digit. */
  readonly modelInput: Float32Array;
  /** The digit below the threshold that keeps the number from being shown. */
  readonly unsure: boolean;
}

/**
 * The digits of a reading, left to right; none where the model did not run. A reading
 * whose model ran on one picture without naming digits (e.g. not a digit) shows that picture.
 */
export function digitCells(reading: Reading | null): DigitCell[] {
  if (reading === null) return [];
  const { digits } = reading;
  if (digits.length === 0) {
    if (!reading.modelInput) return [];
    const top = topClass(reading.probabilities);
    return [{ digit: top, confidence: reading.probabilities[top] ?? 0, probabilities: reading.probabilities, modelInput: reading.modelInput, unsure: reading.state === "unsure" }];
  }
  const unsureIndex = reading.state !== "unsure" ? -1 : digits.length === 1 ? 0 : (reading.unsureDigit ?? -1);
  return digits.map((digit, k) => ({
    digit: digit.digit,
    confidence: digit.confidence,
    probabilities: digit.probabilities,
    modelInput: digit.modelInput,
    unsure: k === unsureIndex,
  }));
}

/** The digit whose probabilities are worth showing in full: the only one, or the unsure one. */
export function focusCell(cells: readonly DigitCell[]): DigitCell | null {
  return cells.length === 1 ? cells[0]! : (cells.find((cell) => cell.unsure) ?? null);
}

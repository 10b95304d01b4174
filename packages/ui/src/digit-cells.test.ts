import type { Reading } from "@livedigits/core";
import { describe, expect, it } from "vitest";
import { digitCells, focusCell } from "./digit-cells.js";

const picture = (value: number) => new Float32Array(784).fill(value);

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

/** A digit read with `confidence`, the rest spread over the other classes. */
function digit(value: number, confidence: number, modelInput = picture(value / 10)): Reading["digits"][number] {
  const probabilities = new Array<number>(10).fill((1 - confidence) / 9);
  probabilities[value] = confidence;
  return { digit: value, confidence, probabilities, notDigit: 0, box: { x: 0, y: 0, width: 10, height: 20 }, modelInput };
}

describe("digitCells", () => {
  it("has none before a reading, or where the model did not run", () => {
    expect(digitCells(null)).toEqual([]);
    expect(digitCells(reading({ reason: "empty" }))).toEqual([]);
  });

  it("gives each digit of a number, left to right, with its own picture", () => {
    const cells = digitCells(reading({ state: "digit", text: "42", digits: [digit(4, 0.97, picture(0.4)), digit(2, 0.91, picture(0.2))] }));
    expect(cells.map((cell) => [cell.digit, cell.confidence, cell.unsure])).toEqual([
      [4, 0.97, false],
      [2, 0.91, false],
    ]);
    expect(cells.map((cell) => cell.modelInput?.[0])).toEqual([picture(0.4)[0], picture(0.2)[0]]);
    expect(focusCell(cells), "no digit to single out in a number read whole").toBeNull();
  });

  it("marks the unsure digit that keeps a number from being shown, and singles it out", () => {
    const cells = digitCells(reading({ state: "unsure", unsureDigit: 1, digits: [digit(2, 0.95), digit(0, 0.52), digit(7, 0.99)] }));
    expect(cells.map((cell) => cell.unsure)).toEqual([false, true, false]);
    expect(focusCell(cells)).toBe(cells[1]);
  });

  it("singles out a digit read alone, sure or not", () => {
    const one = digitCells(reading({ state: "digit", digit: 7, text: "7", modelInput: picture(0.7), digits: [digit(7, 0.93, picture(0.7))] }));
    expect(one).toHaveLength(1);
    expect(one[0]!.modelInput).toEqual(picture(0.7));
    expect(focusCell(one)).toBe(one[0]);
    const unsure = digitCells(reading({ state: "unsure", modelInput: picture(0.5), digits: [digit(3, 0.55)] }));
    expect(unsure[0]!.unsure).toBe(true);
  });

  it("shows the picture the model saw where it named no digit (e.g. not a digit)", () => {
    const probabilities = [0.02, 0, 0, 0, 0.05, 0, 0, 0.03, 0, 0];
    const cells = digitCells(reading({ state: "no-digit", modelInput: picture(0.3), probabilities, notDigit: 0.9 }));
    expect(cells).toEqual([{ digit: 4, confidence: 0.05, probabilities, modelInput: picture(0.3), unsure: false }]);
  });
});

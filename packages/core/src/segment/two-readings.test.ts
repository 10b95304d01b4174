import { describe, expect, it } from "vitest";
import type { DigitReading } from "./read-number.js";
import { confirmColumns, readsEveryBlob, NUMBER_MODEL_ALONE, NUMBER_MODEL_OVER_REFUSED_CUTS, numberModelOverRefusedCuts, oneDigitSureness, reconcileReadings, type ColumnVerdict } from "./two-readings.js";

/** Digits as a reading gives them; `from` tells the cut's digits and the number model's apart. */
function digits(text: string, confidences: readonly number[], from: "cut" | "columns"): DigitReading[] {
  return [...text].map((c, k) => ({
    digit: Number(c),
    confidence: confidences[k]!,
    probabilities: Array.from({ length: 10 }, (_, d) => (d === Number(c) ? 1 : 0)),
    notDigit: 0,
    box: { x: k * 10, y: from === "cut" ? 0 : 1, width: 10, height: 20 },
    modelInput: new Float32Array(784),
  }));
}
const THRESHOLD = 0.8;

describe("reconcileReadings", () => {
  it("where both read the same number but the ink is wide enough for a digit more, each digit is as sure as the cuts' reading of it", () => {
    const shown = reconcileReadings(digits("37", [0.67, 0.96], "cut"), digits("37", [0.99, 1], "columns"), THRESHOLD, true);
    expect(shown.map((d) => d.confidence)).toEqual([0.67, 0.96]);
    expect(shown.map((d) => d.box.y)).toEqual([1, 1]);
  });

  it("where both read the same number: the number model's digits, each as sure as the surer reading", () => {
    const shown = reconcileReadings(digits("42", [0.7, 0.99], "cut"), digits("42", [0.95, 0.9], "columns"), THRESHOLD);
    expect(shown.map((d) => [d.digit, d.confidence, d.box.y])).toEqual([[4, 0.95, 1], [2, 0.99, 1]]);
  });

  it("where the cuts are unsure of another number, the number model's if it is sure enough of every digit", () => {
    const cut = digits("46", [0.9, 0.6], "cut");
    const sure = NUMBER_MODEL_ALONE;
    expect(reconcileReadings(cut, digits("426", [sure, 0.99, 1], "columns"), THRESHOLD).map((d) => d.digit).join("")).toBe("426");
    // A digit under the bar: the cuts' reading, in doubt from where the two part.
    const doubted = reconcileReadings(cut, digits("426", [1, sure - 0.01, 1], "columns"), THRESHOLD);
    expect(doubted.map((d) => [d.digit, d.confidence])).toEqual([[4, 0.9], [6, 0.3]]);
  });

  it("where the cuts are sure of another number, neither is shown: the digits from the first difference are in doubt", () => {
    const shown = reconcileReadings(digits("171", [0.99, 0.95, 0.9], "cut"), digits("174", [1, 1, 1], "columns"), THRESHOLD);
    expect(shown.map((d) => [d.digit, d.confidence])).toEqual([[1, 0.99], [7, 0.95], [1, 0.45]]);
    // A digit more or less counts as a difference where the shorter reading ends.
    const shorter = reconcileReadings(digits("17", [0.99, 0.95], "cut"), digits("174", [1, 1, 1], "columns"), THRESHOLD);
    expect(shorter.map((d) => d.confidence)).toEqual([0.99, 0.475]);
  });

  it("with no digits from the number model, the cuts' reading as it is", () => {
    const cut = digits("42", [0.9, 0.9], "cut");
    expect(reconcileReadings(cut, [], THRESHOLD)).toBe(cut);
  });
});

describe("oneDigitSureness", () => {
  it("halves a lone digit where the number model reads two or more digits in its ink, and leaves it whole otherwise", () => {
    expect(oneDigitSureness(2)).toBe(0.5);
    expect(oneDigitSureness(1)).toBe(1);
    expect(oneDigitSureness(0)).toBe(1);
  });
});

describe("numberModelOverRefusedCuts", () => {
  // The cuts' "42" stands for two pieces, one of which the digit model finds no digit in.
  const refused = digits("42", [0.3, 0.9], "cut");

  it("takes the number model's digits where it is all but certain of each and reads no fewer than the pieces", () => {
    expect(numberModelOverRefusedCuts(refused, digits("42", [0.999, 0.998], "columns")).map((d) => d.box.y)).toEqual([1, 1]);
    expect(numberModelOverRefusedCuts(refused, digits("421", [0.999, 0.998, 0.997], "columns")).map((d) => d.digit)).toEqual([4, 2, 1]);
  });

  it("keeps the cuts' refusal where one digit is less sure, or where the number model reads fewer digits than the pieces", () => {
    const unsure = NUMBER_MODEL_OVER_REFUSED_CUTS - 0.001;
    expect(numberModelOverRefusedCuts(refused, digits("42", [0.999, unsure], "columns"))).toBe(refused);
    expect(numberModelOverRefusedCuts(refused, digits("4", [0.999], "columns"))).toBe(refused);
    expect(numberModelOverRefusedCuts(refused, [])).toBe(refused);
  });
});

describe("confirmColumns", () => {
  /** The digit model's verdict on one way to cut out a digit: the ways cut at its left and right places, top digit, its probability, "not a digit". */
  function option(left: number, right: number, digit: number, confidence: number, notDigit = 0): ColumnVerdict {
    return {
      left,
      right,
      top: digit,
      confidence,
      probabilities: Array.from({ length: 10 }, (_, d) => (d === digit ? confidence : (1 - confidence - notDigit) / 9)),
      notDigit,
      box: { x: 10 * (left + 1) + (right + 1), y: 2, width: 10, height: 20 },
      modelInput: new Float32Array(784).fill(digit),
    };
  }
  /** One way to cut at each place: each digit's piece between them. */
  function straight(text: string, confidences: readonly number[], notDigit = 0): ColumnVerdict[][] {
    return [...text].map((c, k) => [option(k === 0 ? -1 : 0, k === text.length - 1 ? -1 : 0, Number(c), confidences[k]!, notDigit)]);
  }
  const columns = digits("427", [0.95, 0.92, 0.99], "columns");

  it("where the digit model reads each piece as the number model's digit, surely: those digits, each as sure as the surer reading, with the digit model's box and input", () => {
    const confirmed = confirmColumns(columns, straight("427", [0.9, 0.97, 0.85]), THRESHOLD);
    expect(confirmed?.map((d) => [d.digit, d.confidence, d.box.y, d.modelInput[0]])).toEqual([[4, 0.95, 2, 4], [2, 0.97, 2, 2], [7, 0.99, 2, 7]]);
    expect(confirmed?.[1]!.probabilities[2]).toBe(0.97);
  });

  it("is null where a piece reads as another digit, below the threshold, or as no digit, or where the counts differ", () => {
    expect(confirmColumns(columns, straight("421", [0.9, 0.97, 0.95]), THRESHOLD)).toBeNull();
    expect(confirmColumns(columns, straight("427", [0.9, THRESHOLD - 0.01, 0.95]), THRESHOLD)).toBeNull();
    // At a low threshold, a piece surer of "not a digit" than of its digit still does not confirm it.
    expect(confirmColumns(columns, straight("427", [0.35, 0.35, 0.35], 0.3), 0.3)).not.toBeNull();
    expect(confirmColumns(columns, straight("427", [0.35, 0.35, 0.35], 0.6), 0.3)).toBeNull();
    expect(confirmColumns(columns, straight("42", [0.9, 0.97]), THRESHOLD)).toBeNull();
  });

  it("cuts each place one way for both its neighbours: of the ways where every piece confirms its digit, the surest", () => {
    const twoDigits = digits("42", [0.95, 0.92], "columns");
    // Cut the second way, the 4 reads surest — but the 2 beside that cut reads as a 7; cut the first or third way, both confirm.
    const ways = [
      [option(-1, 0, 4, 0.85), option(-1, 1, 4, 0.999), option(-1, 2, 4, 0.9)],
      [option(0, -1, 2, 0.9), option(1, -1, 7, 0.99), option(2, -1, 2, 0.97)],
    ];
    const confirmed = confirmColumns(twoDigits, ways, THRESHOLD);
    expect(confirmed?.map((d) => [d.digit, d.box.x])).toEqual([[4, 3], [2, 30]]);
    expect(confirmed?.map((d) => d.confidence)).toEqual([0.95, 0.97]);
  });

  it("is null where each piece confirms its digit only cut another way than its neighbour is", () => {
    const twoDigits = digits("42", [0.95, 0.92], "columns");
    const ways = [
      [option(-1, 0, 4, 0.5), option(-1, 1, 4, 0.99)],
      [option(0, -1, 2, 0.99), option(1, -1, 2, 0.4)],
    ];
    expect(confirmColumns(twoDigits, ways, THRESHOLD)).toBeNull();
  });
});

describe("readsEveryBlob", () => {
  // The number model's digits at x 0–10, 10–20, 20–30 (see digits()).
  const columns = digits("427", [1, 1, 1], "columns");

  it("holds where every blob lies at least partly within one of the number model's digits", () => {
    expect(readsEveryBlob(columns, [{ x: 2, y: 0, width: 6, height: 20 }, { x: 18, y: 0, width: 10, height: 20 }])).toBe(true);
  });

  it("fails for a blob beside all of them (a thin digit it passed over at the end), or with no digits read", () => {
    expect(readsEveryBlob(columns, [{ x: 2, y: 0, width: 6, height: 20 }, { x: 30, y: 0, width: 8, height: 20 }])).toBe(false);
    expect(readsEveryBlob([], [{ x: 2, y: 0, width: 6, height: 20 }])).toBe(false);
  });
});

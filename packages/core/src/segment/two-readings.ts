// A number read two ways: cut into digits, each read by the digit model, and read column
// by column by the number model. The two fail differently — the cuts where digits touch,
// the number model where the camera's conditions are far from its training — so where
// they agree the number is as sure as the surer of them, and where they disagree one of
// them is wrong.
import { saysNotADigit, type Classification } from "../calibrate.js";
import type { Roi } from "../preprocess/roi.js";
import type { DigitReading } from "./read-number.js";

/**
 * Where the cuts read no number surely and the number model reads another, its number is
 * taken only when every digit is at least this sure (chosen on the development numbers:
 * lower bars read more touching numbers but showed more wrong ones).
 */
export const NUMBER_MODEL_ALONE = 0.98;
/**
 * The number model's reading is looked for in the ink — among the other ways to cut it, or cut where
 * the number model says its digits part (confirmColumns) — only where it is at least this sure of every
 * digit (chosen on the development numbers: below it, the cuts found spelt wrong numbers and clutter as
 * often as right numbers, and the digit model confirmed almost as many wrong numbers and clutter as right ones).
 */
export const NUMBER_MODEL_SPELLS = 0.9;
/**
 * Where the cuts find no digit in a piece of the number (digits written into each other, which no
 * cut takes apart), the number model's reading is taken only when every digit is at least this sure
 * (chosen on the development numbers: at NUMBER_MODEL_ALONE it read more touching numbers but showed
 * more wrong ones and more clutter as numbers).
 */
export const NUMBER_MODEL_OVER_REFUSED_CUTS = 0.995;
/** Two readings that disagree on a digit are each as likely right. */
const DISAGREEMENT_DOUBT = 0.5;

/**
 * The digits to show for a number read both ways (`threshold`: the reader's):
 * - the same digits: the number model's boxes and inputs, each digit as sure as the surer reading of it — or as
 *   the cuts' reading of it where `shortOfADigit` (a blob wide enough for a digit more than both read: see
 *   shortOfADigit in choose.ts);
 * - different digits, the cuts unsure of theirs: the number model's, if it is NUMBER_MODEL_ALONE sure of every digit;
 * - otherwise the cuts' digits, from the first the two differ on in doubt (half as sure).
 * With no digits from the number model, the cuts' reading as it is.
 */
export function reconcileReadings(cut: readonly DigitReading[], columns: readonly DigitReading[], threshold: number, shortOfADigit = false): readonly DigitReading[] {
  if (columns.length === 0) return cut;
  const firstDifference = Array.from({ length: Math.max(cut.length, columns.length) }, (_, k) => k).find((k) => cut[k]?.digit !== columns[k]?.digit);
  // Where the ink is wide enough for a digit more than both read, agreeing proves nothing: the cuts' doubt stands.
  if (firstDifference === undefined) return columns.map((d, k) => (shortOfADigit || cut[k]!.confidence > d.confidence ? { ...d, confidence: cut[k]!.confidence } : d));
  const cutSure = cut.length > 0 && cut.every((d) => d.confidence >= threshold);
  if (!cutSure && columns.every((d) => d.confidence >= NUMBER_MODEL_ALONE)) return columns;
  const from = Math.min(firstDifference, cut.length - 1);
  return cut.map((d, k) => (k >= from ? { ...d, confidence: d.confidence * DISAGREEMENT_DOUBT } : d));
}

/**
 * The digits to show where the cuts find no digit in some piece of the number: the number model's, if it is
 * NUMBER_MODEL_OVER_REFUSED_CUTS sure of every digit and reads no fewer digits than the cuts found pieces (where
 * it drops a digit, it is as sure of the rest); otherwise the cuts' pieces, refused as they are.
 */
export function numberModelOverRefusedCuts(cut: readonly DigitReading[], columns: readonly DigitReading[]): readonly DigitReading[] {
  return columns.length >= cut.length && columns.every((d) => d.confidence >= NUMBER_MODEL_OVER_REFUSED_CUTS) ? columns : cut;
}

/**
 * How sure ink the cuts read as one digit is one digit, given how many digits the number
 * model reads in it: where two or more (two digits written into one blob, a 1 against its
 * neighbour), the readings disagree and the digit is in doubt; otherwise 1.
 */
export function oneDigitSureness(digitsReadByNumberModel: number): number {
  return digitsReadByNumberModel > 1 ? DISAGREEMENT_DOUBT : 1;
}

/** The digit model's verdict on the ink between two places the number model says its digits part, and where that ink is. */
export interface ColumnVerdict extends Classification {
  /** The ink's box in frame pixels. */
  readonly box: Roi;
  /** The 28×28 image the digit model saw of it. */
  readonly modelInput: Float32Array;
}

/**
 * The number model's digits, confirmed by the digit model: where its verdict on each digit's ink (one per digit,
 * left to right) names the same digit at least `threshold` surely and does not call it no digit, each digit as the
 * digit model read it, as sure as the surer of the two readings. Null where any verdict differs or doubts.
 */
export function confirmColumns(columns: readonly DigitReading[], verdicts: readonly ColumnVerdict[], threshold: number): DigitReading[] | null {
  if (verdicts.length !== columns.length) return null;
  const agree = columns.every((d, k) => verdicts[k]!.top === d.digit && verdicts[k]!.confidence >= threshold && !saysNotADigit(verdicts[k]!));
  if (!agree) return null;
  return columns.map((d, k) => {
    const { probabilities, notDigit, confidence, box, modelInput } = verdicts[k]!;
    return { digit: d.digit, confidence: Math.max(confidence, d.confidence), probabilities, notDigit, box, modelInput };
  });
}

/**
 * Whether every blob of the number's ink lies at least partly within some digit the number model read (boxes in
 * one coordinate system). A blob outside all of them is a digit it did not read — a thin or faint one, or one at
 * the strip's end — so its reading cannot stand for the number, however sure it is of the digits it did read.
 */
export function readsEveryBlob(columns: readonly DigitReading[], blobs: readonly Roi[]): boolean {
  return blobs.every((blob) => columns.some(({ box }) => box.x < blob.x + blob.width && blob.x < box.x + box.width));
}

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
 * The number model's reading is looked for among the other ways the cuts found to cut the ink only where it
 * is at least this sure of every digit (chosen on the development numbers: below it, the cuts found spelt
 * wrong numbers and clutter as often as right numbers).
 */
export const NUMBER_MODEL_SPELLS = 0.9;
/**
 * The number model's reading is looked for in the ink cut where it says its digits part (confirmColumns)
 * only where it is at least this sure of every digit (chosen on the development numbers: at
 * NUMBER_MODEL_SPELLS, with the ink cut along the least ink there as well as straight down, the digit
 * model confirmed more wrong numbers and clutter; below it, almost as many as right numbers).
 */
export const NUMBER_MODEL_CONFIRMED = 0.95;
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

/** The digit model's verdict on one way to cut out one of the number model's digits (see piecesAroundColumns), and that ink. */
export interface ColumnVerdict extends Classification {
  /** Which way to cut at the digit's left place and at its right (-1 at the number's ends). */
  readonly left: number;
  readonly right: number;
  /** The ink's box in frame pixels. */
  readonly box: Roi;
  /** The 28×28 image the digit model saw of it. */
  readonly modelInput: Float32Array;
}

/**
 * The number model's digits, confirmed by the digit model: `verdicts` holds, for each digit left to right, its
 * verdicts on the ways to cut that digit's ink out. Of the ways to cut at every place between digits (each place cut
 * one way for both its neighbours), the one where the digit model names every piece as the number model's digit, at
 * least `threshold` surely and not as no digit, most surely of all; each digit as the digit model read it, as sure as
 * the surer of the two readings. Null where no way to cut does.
 */
export function confirmColumns(columns: readonly DigitReading[], verdicts: readonly (readonly ColumnVerdict[])[], threshold: number): DigitReading[] | null {
  if (verdicts.length !== columns.length || columns.length === 0) return null;
  const confirms = (v: ColumnVerdict, k: number) => v.top === columns[k]!.digit && v.confidence >= threshold && !saysNotADigit(v);
  // Best log-sureness of the digits so far, by the way the last place was cut; and the verdicts that reach it.
  let best = new Map<number, { score: number; chosen: ColumnVerdict[] }>([[-1, { score: 0, chosen: [] }]]);
  verdicts.forEach((options, k) => {
    const next = new Map<number, { score: number; chosen: ColumnVerdict[] }>();
    for (const v of options) {
      const before = best.get(v.left);
      if (!before || !confirms(v, k)) continue;
      const score = before.score + Math.log(v.confidence);
      if (score > (next.get(v.right)?.score ?? -Infinity)) next.set(v.right, { score, chosen: [...before.chosen, v] });
    }
    best = next;
  });
  const chosen = best.get(-1)?.chosen;
  if (!chosen) return null;
  return columns.map((d, k) => {
    const { probabilities, notDigit, confidence, box, modelInput } = chosen[k]!;
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

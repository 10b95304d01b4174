// Which candidates are the number's digits: for each blob, the split whose pieces the
// model reads most surely, each looking as wide and tall as the digit it is read as,
// less what its cuts through strokes cost and how far its count is from what the
// blob's width suggests.
import type { Box } from "../preprocess/locate.js";
import type { Roi } from "../preprocess/roi.js";
import { countScore, type Segmentation, type Split } from "./segmentation.js";

/** What the model said about a candidate (see Classification). */
export interface CandidateVerdict {
  /** The most probable digit. */
  readonly top: number;
  /** Its (calibrated) probability. */
  readonly confidence: number;
}

export interface ChoiceWeights {
  /** Log-score lost per squared standard deviation a piece's shape lies outside its digit's usual range. */
  readonly shape: number;
  /** Standard deviations of a digit's width / height within which any shape is as likely. */
  readonly aspectFree: number;
  /** Widening of MNIST's spread of width / height, for slant and turn. */
  readonly aspectSpread: number;
  /** Log-scores are multiplied by this before weighing the splits against each other. */
  readonly sharpness: number;
  /** Whether a blob read whole surely, as a digit of its shape, is taken whole without weighing splits. */
  readonly plainWhole: boolean;
}

export const defaultChoiceWeights: ChoiceWeights = { shape: 0.5, aspectFree: 1.5, aspectSpread: 1.5, sharpness: 2, plainWhole: true };

/** A digit chosen: its candidate, and how sure the split of its blob is. */
export interface ChosenDigit {
  /** Index into the segmentation's candidates. */
  readonly candidate: number;
  /**
   * The share of its blob's likelihood held by splits that read the blob as the
   * chosen one does (near 1 when every other way to cut it reads worse), less the
   * doubt of a piece short for the number (a mark left out beside it is weighed once both
   * readers have read: doubtBesideStrays). The blob's
   * width casts no further doubt: the model knows digits run together are no digit.
   */
  readonly splitSureness: number;
}

/** The chosen digits, left to right. */
export function chooseDigits(segmentation: Segmentation, verdicts: readonly CandidateVerdict[], weights: ChoiceWeights = defaultChoiceWeights): ChosenDigit[] {
  const { candidates, digitHeight } = segmentation;
  const usualHeight = median(segmentation.blobs.map((b) => b.height)) * digitHeight;
  const chosen: ChosenDigit[] = [];
  for (const { width, splits } of segmentation.blobs) {
    const scored = splits.map((split) => ({ split, score: splitScore(segmentation, split, verdicts, weights), text: split.candidates.map((k) => verdicts[k]!.top).join("") }));
    if (scored.length === 0) continue;
    // A blob the model reads whole, surely, as a digit of that shape is that digit: halves of a
    // digit often look like digits to it too, and must not cast doubt on a plain one.
    const whole = scored.find(({ split }) => split.candidates.length === 1);
    const alone = segmentation.blobs.length === 1;
    // … unless the blob's width alone makes more than one digit likelier (two touching digits the model may read as one).
    if (whole && countPosterior(1, width) >= 0.25 && isPlainDigit(candidates[whole.split.candidates[0]!]!.box, verdicts[whole.split.candidates[0]!]!, alone, weights)) {
      chosen.push({ candidate: whole.split.candidates[0]!, splitSureness: heightSureness(candidates[whole.split.candidates[0]!]!.box, usualHeight) });
      continue;
    }
    const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
    // Splits that read the same text agree with the best one; the others are the doubt.
    let agreeing = 0;
    let total = 0;
    for (const { score, text } of scored) {
      const weight = Math.exp(weights.sharpness * (score - best.score));
      total += weight;
      if (text === best.text) agreeing += weight;
    }
    // A blob the model reads whole, surely, as one digit, cut into more all the same: its width chose the cut, and
    // halves of a wide digit read as digits too (a 0 as 67). The whole reading is the doubt.
    const wholeConfidence = whole && best.split.candidates.length > 1 ? verdicts[whole.split.candidates[0]!]!.confidence : 0;
    const wholeDoubt = wholeConfidence >= WHOLE_DOUBTS_SPLIT ? 1 - wholeConfidence : 1;
    for (const candidate of best.split.candidates) {
      // A piece cut out of touching ink is measured against the tallest digit: a short one is more often a wrong cut than a small digit.
      const reference = best.split.candidates.length > 1 ? digitHeight : usualHeight;
      chosen.push({ candidate, splitSureness: wholeDoubt * (agreeing / total) * heightSureness(candidates[candidate]!.box, reference) });
    }
  }
  return chosen;
}

/**
 * The candidates that spell `text`, left to right: one split per blob, every piece read as the
 * digit it stands for and as a digit at all (`isDigit(k)`: the model does not call it no digit);
 * of those, the likeliest by the splits' and pieces' scores. Null where no way to cut the ink reads
 * so. Another reader (the number model) names the text; this finds where the ink says it.
 */
export function chooseDigitsSpelling(
  segmentation: Segmentation,
  verdicts: readonly CandidateVerdict[],
  text: string,
  isDigit: (candidate: number) => boolean,
  weights: ChoiceWeights = defaultChoiceWeights,
): number[] | null {
  // best[p]: the likeliest way the blobs so far spell text's first p digits.
  let best: ({ score: number; chosen: number[] } | null)[] = Array.from({ length: text.length + 1 }, (_, p) => (p === 0 ? { score: 0, chosen: [] } : null));
  for (const { splits } of segmentation.blobs) {
    const next: typeof best = best.map(() => null);
    best.forEach((from, p) => {
      if (from === null) return;
      for (const split of splits) {
        const end = p + split.candidates.length;
        if (end > text.length || !split.candidates.every((k, i) => verdicts[k]!.top === Number(text[p + i]) && isDigit(k))) continue;
        const score = from.score + splitScore(segmentation, split, verdicts, weights);
        if (next[end] === null || score > next[end]!.score) next[end] = { score, chosen: [...from.chosen, ...split.candidates] };
      }
    });
    best = next;
  }
  return best[text.length]?.chosen ?? null;
}

/** A digit beside a mark left out of the number is this sure at most: as likely a digit lost there as not. */
const STRAY_DOUBT = 0.5;

/**
 * The digits, the one nearest each mark left out beside the number (Segmentation.strays) in doubt:
 * the mark may be all the camera kept of a digit, so the number may be short of one — whichever
 * reader read the rest, for neither read a digit there. Boxes in one coordinate system.
 */
export function doubtBesideStrays<T extends { readonly box: Roi; readonly confidence: number }>(digits: readonly T[], strays: readonly Roi[]): T[] {
  const doubted = [...digits];
  for (const stray of strays) {
    let nearest = -1;
    let nearestGap = Infinity;
    doubted.forEach(({ box }, k) => {
      const gap = Math.max(0, box.x - (stray.x + stray.width), stray.x - (box.x + box.width));
      if (gap < nearestGap) [nearest, nearestGap] = [k, gap];
    });
    if (nearest >= 0) doubted[nearest] = { ...doubted[nearest]!, confidence: doubted[nearest]!.confidence * STRAY_DOUBT };
  }
  return doubted;
}

/**
 * Digits of one number are written about as tall as each other; a piece much shorter
 * than most of them (a word's lowercase letter beside its ascenders, a dash) is doubtful.
 * Most, not the tallest: many hands write a 0 small beside tall 1s, 6s and 7s, and a
 * 7 may reach below the line.
 */
const MIN_SURE_HEIGHT = 0.65;

export function heightSureness(box: Box, usualHeight: number): number {
  const short = Math.max(0, MIN_SURE_HEIGHT - (box.maxY - box.minY + 1) / usualHeight) / 0.1;
  return Math.exp(-short * short);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Read whole as a digit at least this surely, a blob cut into more digits is that much in doubt. */
const WHOLE_DOUBTS_SPLIT = 0.9;
/** Read as a digit at least this surely, a blob of that digit's shape is taken whole. */
const PLAIN_CONFIDENCE = 0.99;
/**
 * … where its width / height is within this many of MNIST's standard deviations for that
 * digit; more for the only blob in the box, which is most often a digit held up alone.
 */
const PLAIN_ASPECT = 2;
const PLAIN_ASPECT_ALONE = 3;

function isPlainDigit(box: Box, verdict: CandidateVerdict, alone: boolean, weights: ChoiceWeights): boolean {
  if (!weights.plainWhole || verdict.confidence < PLAIN_CONFIDENCE) return false;
  const [mean, sd] = DIGIT_ASPECT[verdict.top]!;
  return Math.abs((box.maxX - box.minX + 1) / (box.maxY - box.minY + 1) - mean) <= (alone ? PLAIN_ASPECT_ALONE : PLAIN_ASPECT) * sd;
}

/**
 * Whether the chosen digits are likely short of one: some blob is wide enough that one digit more
 * than were read in it is likelier, by its width alone, than the count read (a digit written into
 * its neighbours, read as neither).
 */
export function shortOfADigit(segmentation: Segmentation, chosen: readonly number[]): boolean {
  return segmentation.blobs.some(({ width }, b) => {
    const read = chosen.filter((k) => segmentation.candidates[k]!.blob === b).length;
    return read > 0 && countPosterior(read + 1, width) > countPosterior(read, width);
  });
}

/** How likely a blob this wide holds `k` digits rather than any other count, by its width alone. */
function countPosterior(k: number, width: number): number {
  let total = 0;
  for (let j = 1; j <= 8; j++) total += Math.exp(countScore(j, width) - countScore(k, width));
  return 1 / total;
}

/**
 * Width / height of each digit's ink in MNIST's test set (mean, standard deviation),
 * the deviation widened for slant and turn: a piece read as a digit should look as
 * wide as that digit does.
 */
const DIGIT_ASPECT: readonly (readonly [number, number])[] = [
  [0.91, 0.19], [0.41, 0.19], [0.93, 0.22], [0.79, 0.17], [0.78, 0.16],
  [0.95, 0.25], [0.75, 0.16], [0.76, 0.17], [0.75, 0.16], [0.68, 0.13],
];
/** Digits written along a number are at least about this share of the tallest one's height. */
const MIN_RELATIVE_HEIGHT = 0.65;

/** A split's log-score: its own (the cuts' ink, the count's fit to the blob's width) and each piece's as read. */
function splitScore({ candidates, digitHeight }: Segmentation, split: Split, verdicts: readonly CandidateVerdict[], weights: ChoiceWeights): number {
  let score = split.score;
  for (const k of split.candidates) score += pieceScore(candidates[k]!.box, verdicts[k]!, digitHeight, weights);
  return score;
}

function pieceScore(box: Box, verdict: CandidateVerdict, digitHeight: number, weights: ChoiceWeights): number {
  const width = box.maxX - box.minX + 1;
  const height = box.maxY - box.minY + 1;
  const [mean, sd] = DIGIT_ASPECT[verdict.top]!;
  const odd = Math.max(0, Math.abs(width / height - mean) / (sd * weights.aspectSpread) - weights.aspectFree);
  const short = Math.max(0, (MIN_RELATIVE_HEIGHT - height / digitHeight) / 0.1);
  return Math.log(Math.max(verdict.confidence, 1e-6)) - weights.shape * (odd * odd + short * short);
}

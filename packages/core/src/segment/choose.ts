// Which candidates are the number's digits: for each blob, the split whose pieces the
// model reads most surely, each looking as wide and tall as the digit it is read as,
// less what its cuts through strokes cost and how far its count is from what the
// blob's width suggests.
import type { Box } from "../preprocess/locate.js";
import type { Segmentation } from "./segmentation.js";

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
}

export const defaultChoiceWeights: ChoiceWeights = { shape: 0.5 };

/** The chosen candidates, left to right (indices into the segmentation's candidates). */
export function chooseDigits(segmentation: Segmentation, verdicts: readonly CandidateVerdict[], weights: ChoiceWeights = defaultChoiceWeights): number[] {
  const { candidates, digitHeight } = segmentation;
  const chosen: number[] = [];
  for (const splits of segmentation.blobs) {
    let best: readonly number[] = [];
    let bestScore = -Infinity;
    for (const split of splits) {
      let score = split.score;
      for (const k of split.candidates) score += pieceScore(candidates[k]!.box, verdicts[k]!, digitHeight, weights);
      if (score > bestScore) {
        bestScore = score;
        best = split.candidates;
      }
    }
    chosen.push(...best);
  }
  return chosen;
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
const ASPECT_SPREAD = 1.5;
/** Digits written along a number are at least about this share of the tallest one's height. */
const MIN_RELATIVE_HEIGHT = 0.65;

function pieceScore(box: Box, verdict: CandidateVerdict, digitHeight: number, weights: ChoiceWeights): number {
  const width = box.maxX - box.minX + 1;
  const height = box.maxY - box.minY + 1;
  const [mean, sd] = DIGIT_ASPECT[verdict.top]!;
  const odd = Math.max(0, Math.abs(width / height - mean) / (sd * ASPECT_SPREAD) - 1.5);
  const short = Math.max(0, (MIN_RELATIVE_HEIGHT - height / digitHeight) / 0.1);
  return Math.log(Math.max(verdict.confidence, 1e-6)) - weights.shape * (odd * odd + short * short);
}

// Reads the digits of a number's ink: its candidate pieces go to the model in one
// batch, and each blob keeps the split the model and the pieces' shapes favour.
import { saysNotADigit, type Classification } from "../calibrate.js";
import type { Box } from "../preprocess/locate.js";
import type { Roi } from "../preprocess/roi.js";
import { chooseDigits, chooseDigitsSpelling, shortOfADigit } from "./choose.js";
import type { Segmentation } from "./segmentation.js";

/** One digit of a reading, left to right in `Reading.digits`. */
export interface DigitReading {
  /** The most probable digit (shown only when the reading's state is 'digit'). */
  readonly digit: number;
  /**
   * How sure the reader is of this digit here: its calibrated probability, times the
   * share of the ways to cut its ink into digits that agree (1 for ink read whole) and
   * the doubt of its shape in the number (a short piece, a mark left out beside it); for a
   * digit read alone, also the doubt of ink too soft for a stroke (see strokeSureness).
   * Read by the number model too (see reconcileReadings): the surer of the two readings
   * where they agree, the number model's at its surest step where it alone is taken.
   */
  readonly confidence: number;
  /** Calibrated probabilities of 0…9, summing to 1 − notDigit. */
  readonly probabilities: readonly number[];
  /** The calibrated probability that this piece of ink is no digit at all (0 where the number model read it: it knows only digits). */
  readonly notDigit: number;
  /** The digit's ink in frame pixels (where the number model read it: its columns, the number's height). */
  readonly box: Roi;
  /** The 28×28 image the model saw of it (white ink on black; for the number model, its strip's 28 columns around the digit). */
  readonly modelInput: Float32Array;
}

/** Something that reads many 28×28 inputs at once (DigitClassifier). */
export interface BatchClassifier {
  classify(inputs: readonly Float32Array[]): Promise<Classification[]>;
}

/**
 * The box of the number's only candidate when its ink is one blob a digit wide, with no other way to
 * cut it (nothing for the model to weigh) and no mark left out beside it; null otherwise.
 */
export function loneDigitBox(segmentation: Segmentation): Box | null {
  return segmentation.candidates.length === 1 && segmentation.strays.length === 0 ? segmentation.candidates[0]!.box : null;
}

/** A blob read whole as no digit, at least this wide (digit heights), may be two digits written over each other. */
const MIN_OVERLAPPED_PAIR_WIDTH = 0.5;

/** A number's ink cut into digits and read by the digit model. */
export interface CutReading {
  /** The digits of the likeliest cuts, left to right. */
  readonly digits: DigitReading[];
  /** Whether a blob is wide enough that a digit more than the likeliest cuts read in it is likelier (shortOfADigit). */
  readonly shortOfADigit: boolean;
  /**
   * The digits of the likeliest cuts that read `text` (each piece read as its digit, none as no
   * digit), each as sure as the model is of its piece; null where no way to cut the ink reads so.
   */
  spelling(text: string): DigitReading[] | null;
}

/**
 * The number's digits, left to right, each with the model's verdict; `toFrame`
 * maps a box of the number's working image to frame pixels. `segmentAgain` segments
 * the same ink with the narrow blobs it is given cut as well.
 */
export async function readDigits(
  segmentation: Segmentation,
  toFrame: (box: Box) => Roi,
  classifier: BatchClassifier,
  segmentAgain?: (cutNarrow: ReadonlySet<number>) => Segmentation,
): Promise<CutReading> {
  let verdicts = await classifier.classify(segmentation.candidates.map((c) => c.input));
  // A blob too narrow to be cut that the model calls no digit may be two digits written over each other: cut it after all.
  const overlapped = new Set<number>();
  segmentation.blobs.forEach(({ width, splits }, b) => {
    const only = splits.length === 1 && splits[0]!.candidates.length === 1 ? splits[0]!.candidates[0]! : null;
    if (only !== null && width >= MIN_OVERLAPPED_PAIR_WIDTH && saysNotADigit(verdicts[only]!)) overlapped.add(b);
  });
  if (segmentAgain && overlapped.size > 0) {
    segmentation = segmentAgain(overlapped);
    verdicts = await classifier.classify(segmentation.candidates.map((c) => c.input));
  }
  const digitOf = (k: number, sureness: number): DigitReading => {
    const { probabilities, notDigit, top, confidence } = verdicts[k]!;
    const candidate = segmentation.candidates[k]!;
    return { digit: top, confidence: confidence * sureness, probabilities, notDigit, box: toFrame(candidate.box), modelInput: candidate.input };
  };
  const chosen = chooseDigits(segmentation, verdicts);
  return {
    digits: chosen.map(({ candidate, splitSureness }) => digitOf(candidate, splitSureness)),
    shortOfADigit: shortOfADigit(segmentation, chosen.map((c) => c.candidate)),
    spelling(text) {
      const spelt = chooseDigitsSpelling(segmentation, verdicts, text, (k) => !saysNotADigit(verdicts[k]!));
      return spelt && spelt.map((k) => digitOf(k, 1));
    },
  };
}

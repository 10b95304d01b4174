import { isEdgeOfSomethingInFront } from "./body-edge.js";
import type { GrayImage } from "./gray-image.js";
import { extractInk } from "./ink.js";
import { defaultLocateOptions, locateDigit, type Box, type NoDigitReason } from "./locate.js";
import { removeRuledLines } from "./lines.js";
import { fitToMnist } from "./mnist-fit.js";
import type { Side } from "./overflow.js";
import { detectPolarity, type Polarity } from "./polarity.js";
import { resizeLongSide } from "./resize.js";
import { inkStandsOut } from "./stands-out.js";

export type PolarityOption = Polarity | "auto";

export interface PreprocessOptions {
  /** 'auto' decides per frame. */
  readonly polarity?: PolarityOption;
  /** Below this ink contrast (relative to the paper) the box counts as empty (see inkStandsOut). */
  readonly minContrast?: number;
  /** Report a digit touching the box's edge (in `touching`) for the caller to judge; see locateDigit. */
  readonly edgesJudgedOutside?: boolean;
}

/** Where the digit lies in the box, at the working size the box was analysed at. */
export interface DigitFound {
  /** The working image's size: the box scaled so its longer side is WORKING_SIZE. */
  readonly width: number;
  readonly height: number;
  /** The digit's ink box and its pixels. */
  readonly inkBox: Box;
  readonly mask: Uint8Array;
  /** Sides of the box the digit touches. */
  readonly touching: readonly Side[];
}

export type PreprocessResult =
  | { readonly state: "digit"; readonly polarity: Polarity; readonly modelInput: Float32Array; readonly found: DigitFound }
  | { readonly state: "no-digit"; readonly polarity: Polarity; readonly reason: NoDigitReason };

/** The box is analysed at this size: enough for strokes, small enough to be fast on every frame. */
export const WORKING_SIZE = 96;
/** Strokes up to ~20 px wide at WORKING_SIZE (a fifth of the box) count as ink, not paper. */
export const CLOSING_RADIUS = 10;

/**
 * From the box's grayscale pixels to the 28×28 model input (white ink on
 * black, 0…1, as in MNIST), or the reason there is no digit to read.
 */
export function preprocess(gray: GrayImage, options: PreprocessOptions = {}): PreprocessResult {
  const working = resizeLongSide(gray, WORKING_SIZE);
  const polarity = !options.polarity || options.polarity === "auto" ? detectPolarity(working) : options.polarity;
  const inkMap = extractInk(working, polarity, CLOSING_RADIUS);
  if (!inkStandsOut(inkMap, options.minContrast)) return { state: "no-digit", polarity, reason: "empty" };
  const { ink, background } = inkMap;
  const inkWithoutLines = removeRuledLines(ink, defaultLocateOptions.inkLevel);
  const location = locateDigit(inkWithoutLines, { ...defaultLocateOptions, edgesJudgedOutside: options.edgesJudgedOutside ?? false });
  if (!location.found) return { state: "no-digit", polarity, reason: location.reason };
  const { box, mask, touching } = location;
  if (isEdgeOfSomethingInFront(working, background, polarity, mask)) return { state: "no-digit", polarity, reason: "covered" };
  return {
    state: "digit",
    polarity,
    modelInput: fitToMnist(inkWithoutLines, box, mask),
    found: { width: working.width, height: working.height, inkBox: box, mask, touching },
  };
}

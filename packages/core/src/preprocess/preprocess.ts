import type { GrayImage } from "./gray-image.js";
import { extractInk } from "./ink.js";
import { defaultLocateOptions, locateDigit, type NoDigitReason } from "./locate.js";
import { fitToMnist } from "./mnist-fit.js";
import { detectPolarity, type Polarity } from "./polarity.js";
import { resizeLongSide } from "./resize.js";

export type PolarityOption = Polarity | "auto";

export interface PreprocessOptions {
  /** 'auto' decides per frame. */
  readonly polarity?: PolarityOption;
  /** Below this ink contrast (relative to the paper) the box counts as empty. */
  readonly minContrast?: number;
}

export type PreprocessResult =
  | { readonly state: "digit"; readonly polarity: Polarity; readonly modelInput: Float32Array }
  | { readonly state: "no-digit"; readonly polarity: Polarity; readonly reason: NoDigitReason };

/** The box is analysed at this size: enough for strokes, small enough to be fast on every frame. */
export const WORKING_SIZE = 96;
const CELL_SIZE = 12;

/**
 * From the box's grayscale pixels to the 28×28 model input (white ink on
 * black, 0…1, as in MNIST), or the reason there is no digit to read.
 */
export function preprocess(gray: GrayImage, options: PreprocessOptions = {}): PreprocessResult {
  const working = resizeLongSide(gray, WORKING_SIZE);
  const polarity = !options.polarity || options.polarity === "auto" ? detectPolarity(working) : options.polarity;
  const { ink, contrast, noise } = extractInk(working, polarity, CELL_SIZE);
  if (contrast < Math.max(options.minContrast ?? 0.12, 6 * noise)) return { state: "no-digit", polarity, reason: "empty" };
  const location = locateDigit(ink, defaultLocateOptions);
  if (!location.found) return { state: "no-digit", polarity, reason: location.reason };
  return { state: "digit", polarity, modelInput: fitToMnist(ink, location.box, location.mask) };
}

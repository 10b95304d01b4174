// Non-digit ink for outlier exposure, and the stroke fonts split between training and the bench.
export {
  drawNonDigitInk,
  drawNonDigitInkOfKind,
  DIGIT_LIKE_ALONE,
  DIGIT_SHAPED_CHARACTERS,
  NON_DIGIT_INK_KINDS,
  NON_DIGIT_INK_WEIGHTS,
  NON_DIGIT_LETTERS,
  NON_DIGIT_SYMBOLS,
  WORDS,
  type NonDigitInk,
  type NonDigitInkKind,
} from "./non-digit-ink.js";
export {
  BENCH_STROKE_FONTS,
  loadStrokeFont,
  strokeFontStyle,
  textToPolylines,
  TRAINING_STROKE_FONTS,
  type LaidOutText,
  type Point,
  type Polyline,
  type StrokeFont,
  type StrokeFontName,
  type StrokeFontStyle,
  type StrokeGlyph,
} from "./stroke-fonts.js";
export { placeByHand, type Placed, type Placement } from "./handwriting.js";
export { InkField } from "./raster.js";

// @livedigits/core/numbers: the number model's side of reading a number, for the trainer
// (which cuts its training strips as the reader does) and the bench.
export { findNumberInk } from "./number-ink.js";
export { NUMBER_MODEL_MAX_DIGITS, numberStrip, STRIP_HEIGHT, STRIP_WIDTH } from "./number-strip.js";
export type { NumberStrip } from "./number-strip.js";
export { decodeSteps, stepProbabilities } from "./strip-reading.js";
export type { StripDigit, StripReading } from "./strip-reading.js";

// The reader and what its callers need. The pipeline's steps are @livedigits/core/preprocess;
// the backend names without TF.js are @livedigits/core/backends; loading files in Node is
// @livedigits/core/node.
export { createDigitReader } from "./reader.js";
export type { DigitReader, DigitReaderOptions, DigitReading, Reading, ReadingState, ReaderSettings } from "./reader.js";
export type { Frame } from "./frame.js";
export type { RgbaImage } from "./preprocess/gray-image.js";
export { centredSquareRoi } from "./preprocess/roi.js";
export type { Roi } from "./preprocess/roi.js";
export type { PolarityOption } from "./preprocess/preprocess.js";
export type { Polarity } from "./preprocess/polarity.js";
export type { NoDigitReason } from "./reader.js";
export type { SmoothingOptions } from "./smoothing.js";
export { loadDigitModel, loadNumberModel, ModelLoadError } from "./model.js";
export type { ModelSource } from "./model.js";
export { selectBackend } from "./backend.js";
export type { ReadRegion } from "./framing.js";
export type { Side } from "./preprocess/overflow.js";
export type { BackendSetup } from "./backend.js";
export type { BackendName, BackendOption } from "./backend-names.js";

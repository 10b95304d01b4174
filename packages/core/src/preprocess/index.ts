// @livedigits/core/preprocess: the pipeline's steps one by one, for the trainer (which
// prepares its training images as the reader prepares frames) and the bench. Apps need
// only the reader, from @livedigits/core.
export { frameToGray, frameSize } from "../frame.js";
export type { Frame } from "../frame.js";
export { preprocess, WORKING_SIZE } from "./preprocess.js";
export type { PreprocessOptions, PreprocessResult, PolarityOption } from "./preprocess.js";
export { detectPolarity } from "./polarity.js";
export type { Polarity } from "./polarity.js";
export { extractInk } from "./ink.js";
export { locateDigit } from "./locate.js";
export type { NoDigitReason } from "./locate.js";
export { fitToMnist, centreByMass, maxFilter, MNIST_SIZE } from "./mnist-fit.js";
export { cropToGray } from "./grayscale.js";
export { resize, resizeLongSide } from "./resize.js";
export { centredSquareRoi, clampToFrame } from "./roi.js";
export type { Roi } from "./roi.js";
export { createGrayImage } from "./gray-image.js";
export type { GrayImage, RgbaImage } from "./gray-image.js";

import { cropToGray } from "./preprocess/grayscale.js";
import type { GrayImage, RgbaImage } from "./preprocess/gray-image.js";
import { WORKING_SIZE } from "./preprocess/preprocess.js";
import { centredSquareRoi, clampToFrame, type Roi } from "./preprocess/roi.js";

/** Anything a browser can draw, or raw RGBA pixels (ImageData or the same shape in Node). */
export type Frame = RgbaImage | HTMLVideoElement | HTMLCanvasElement | OffscreenCanvas | ImageBitmap | HTMLImageElement;

export function frameSize(frame: Frame): { width: number; height: number } {
  if (typeof HTMLVideoElement !== "undefined" && frame instanceof HTMLVideoElement) {
    return { width: frame.videoWidth, height: frame.videoHeight };
  }
  if (typeof HTMLImageElement !== "undefined" && frame instanceof HTMLImageElement) {
    return { width: frame.naturalWidth, height: frame.naturalHeight };
  }
  return { width: frame.width, height: frame.height };
}

function isRgba(frame: Frame): frame is RgbaImage {
  return "data" in frame && (frame.data instanceof Uint8ClampedArray || frame.data instanceof Uint8Array);
}

let scratch: OffscreenCanvas | HTMLCanvasElement | undefined;

/**
 * The ROI of a frame as grayscale. Drawable frames are drawn ROI-only and
 * already shrunk towards the working size, so a 1080p frame costs no more
 * than a small one.
 */
export function frameToGray(frame: Frame, roi?: Roi): GrayImage {
  const { width, height } = frameSize(frame);
  if (!(width > 0 && height > 0)) {
    throw new RangeError(`The frame is ${width}×${height}: no image yet (is the camera still starting?).`);
  }
  // The one place the box is clamped: everything after takes whole pixels inside the frame.
  const box = clampToFrame(roi ?? centredSquareRoi(width, height), width, height);
  if (isRgba(frame)) return cropToGray(frame, box);

  const scale = Math.min(1, (2 * WORKING_SIZE) / Math.max(box.width, box.height));
  const w = Math.max(1, Math.round(box.width * scale));
  const h = Math.max(1, Math.round(box.height * scale));
  scratch ??= typeof OffscreenCanvas !== "undefined" ? new OffscreenCanvas(w, h) : document.createElement("canvas");
  if (scratch.width !== w || scratch.height !== h) {
    scratch.width = w;
    scratch.height = h;
  }
  const context = scratch.getContext("2d", { willReadFrequently: true }) as
    | OffscreenCanvasRenderingContext2D
    | CanvasRenderingContext2D
    | null;
  if (!context) throw new Error("This browser cannot give a 2D canvas to read camera pixels.");
  context.drawImage(frame as CanvasImageSource, box.x, box.y, box.width, box.height, 0, 0, w, h);
  return cropToGray(context.getImageData(0, 0, w, h));
}

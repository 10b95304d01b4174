import { cropToGray, cropToGrayShrunk } from "./preprocess/grayscale.js";
import type { GrayImage, RgbaImage } from "./preprocess/gray-image.js";
import { WORKING_SIZE } from "./preprocess/preprocess.js";
import { clampToFrame, defaultBox, type Roi } from "./preprocess/roi.js";

/** Anything a browser can draw, or raw RGBA pixels (ImageData or the same shape in Node). */
export type Frame = RgbaImage | HTMLVideoElement | HTMLCanvasElement | OffscreenCanvas | ImageBitmap | HTMLImageElement;

const FRAME_KINDS = "ImageData, a video, canvas, OffscreenCanvas, ImageBitmap or image element, or { width, height, data } with RGBA bytes";
const DRAWABLE = new Set(["HTMLVideoElement", "HTMLImageElement", "HTMLCanvasElement", "OffscreenCanvas", "ImageBitmap"]);

type FrameKind = "rgba" | "HTMLVideoElement" | "HTMLImageElement" | "HTMLCanvasElement" | "OffscreenCanvas" | "ImageBitmap";

/**
 * Which kind of frame this is, or a TypeError that says what is wrong with it.
 * Told by the object's tag rather than instanceof, so that a video from
 * another window (an iframe) counts too.
 */
function frameKind(frame: unknown): FrameKind {
  if (frame === null || frame === undefined) throw new TypeError(`No frame to read (got ${String(frame)}): pass ${FRAME_KINDS}.`);
  if (typeof frame !== "object") throw new TypeError(`A frame must be ${FRAME_KINDS}; got a ${typeof frame}.`);
  const tag = Object.prototype.toString.call(frame).slice("[object ".length, -1);
  if (DRAWABLE.has(tag)) return tag as FrameKind;
  if ("data" in frame) {
    const { data } = frame;
    if (data instanceof Uint8ClampedArray || data instanceof Uint8Array) return "rgba";
    const got = data === null || typeof data !== "object" ? String(data) : Object.prototype.toString.call(data).slice("[object ".length, -1);
    throw new TypeError(`The frame's data must be its RGBA bytes, a Uint8ClampedArray or Uint8Array (as ImageData's); got ${got}.`);
  }
  throw new TypeError(
    `The frame has no pixels to read: a ${tag} with no data is neither raw RGBA pixels nor something a canvas can draw. Pass ${FRAME_KINDS}.`,
  );
}

function isPixelCount(n: unknown): boolean {
  return Number.isInteger(n) && (n as number) >= 0;
}

/** The frame's size in pixels; a TypeError says what is wrong with anything that is not a frame. */
export function frameSize(frame: Frame): { width: number; height: number } {
  const kind = frameKind(frame);
  if (kind === "HTMLVideoElement") {
    const video = frame as HTMLVideoElement;
    return { width: video.videoWidth, height: video.videoHeight };
  }
  if (kind === "HTMLImageElement") {
    const image = frame as HTMLImageElement;
    return { width: image.naturalWidth, height: image.naturalHeight };
  }
  const { width, height } = frame as RgbaImage;
  if (kind === "rgba" && !(isPixelCount(width) && isPixelCount(height))) {
    throw new RangeError(`An RGBA frame's width and height must be whole numbers of pixels; got ${String(width)}×${String(height)}.`);
  }
  return { width, height };
}

/** The frame's size, or a RangeError when it has no pixels yet (a camera still starting). */
export function readableFrameSize(frame: Frame): { width: number; height: number } {
  const size = frameSize(frame);
  if (!(size.width > 0 && size.height > 0)) {
    throw new RangeError(`The frame is ${size.width}×${size.height}: no image yet (is the camera still starting?).`);
  }
  return size;
}

/**
 * The working size for a grey image of this size (as the step after frameToGray would resize it): given one,
 * frameToGray shrinks the box to it in the same pass that turns it grey.
 */
export type WorkingSize = (width: number, height: number) => { width: number; height: number };

let scratch: OffscreenCanvas | HTMLCanvasElement | undefined;

/**
 * The ROI of a frame as grayscale. Drawable frames are drawn ROI-only and
 * already shrunk towards the working size, so a 1080p frame costs no more
 * than a small one (`maxSide`: the longest side they need).
 */
export function frameToGray(frame: Frame, roi?: Roi, maxSide = 2 * WORKING_SIZE, shrinkTo?: WorkingSize): GrayImage {
  const { width, height } = readableFrameSize(frame);
  // Boxes are clamped by clampToFrame alone (the reader's framing clamps first, as it needs the box
  // itself): everything after takes whole pixels inside the frame.
  const box = clampToFrame(roi ?? defaultBox(width, height), width, height);
  if (frameKind(frame) === "rgba") return shrinkTo ? cropToGrayShrunk(frame as RgbaImage, box, shrinkTo(box.width, box.height)) : cropToGray(frame as RgbaImage, box);

  const scale = Math.min(1, maxSide / Math.max(box.width, box.height));
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
  const drawn = context.getImageData(0, 0, w, h);
  return shrinkTo ? cropToGrayShrunk(drawn, { x: 0, y: 0, width: w, height: h }, shrinkTo(w, h)) : cropToGray(drawn);
}

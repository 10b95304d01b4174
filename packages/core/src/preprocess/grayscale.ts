import { createGrayImage, type GrayImage, type RgbaImage } from "./gray-image.js";
import { resize, shrinkByArea } from "./resize.js";
import type { Roi } from "./roi.js";

/**
 * Crops the box from an RGBA frame and converts it to luma (Rec. 601), 0…1.
 * The box must already be whole pixels inside the frame (see clampToFrame);
 * without one, the whole frame.
 */
export function cropToGray(frame: RgbaImage, box: Roi = { x: 0, y: 0, width: frame.width, height: frame.height }): GrayImage {
  checkCrop(frame, box);
  const out = createGrayImage(box.width, box.height);
  const src = frame.data;
  for (let y = 0; y < box.height; y++) {
    let s = ((box.y + y) * frame.width + box.x) * 4;
    let d = y * box.width;
    for (let x = 0; x < box.width; x++, s += 4, d++) {
      out.data[d] = luma(src, s);
    }
  }
  return out;
}

/**
 * The box as luma shrunk to `size`: exactly resize(cropToGray(frame, box), size), without the
 * full-size image between them (each source row's luma is worked out once, as the shrink reaches it).
 * The box's own size is cropToGray's image itself; a size larger than the box either way is left to resize's interpolation.
 */
export function cropToGrayShrunk(frame: RgbaImage, box: Roi, size: { readonly width: number; readonly height: number }): GrayImage {
  const { width, height } = size;
  if (box.width === width && box.height === height) return cropToGray(frame, box);
  if (box.width < width || box.height < height) return resize(cropToGray(frame, box), width, height);
  checkCrop(frame, box);
  // One row of the box as luma, kept while the next destination row starts on it too. Float32, as cropToGray stores it.
  const row = new Float32Array(box.width);
  let rowHeld = -1;
  return shrinkByArea(row, box.width, box.height, width, height, (y) => {
    if (y === rowHeld) return;
    let s = ((box.y + y) * frame.width + box.x) * 4;
    for (let x = 0; x < box.width; x++, s += 4) row[x] = luma(frame.data, s);
    rowHeld = y;
  });
}

/** Rec. 601 luma, 0…1, of the RGBA pixel at byte `s`. */
function luma(src: Uint8ClampedArray | Uint8Array, s: number): number {
  return (0.299 * src[s]! + 0.587 * src[s + 1]! + 0.114 * src[s + 2]!) / 255;
}

function checkCrop(frame: RgbaImage, box: Roi): void {
  if (frame.data.length < frame.width * frame.height * 4) {
    throw new RangeError(
      `Frame data holds ${frame.data.length} bytes; a ${frame.width}×${frame.height} RGBA frame needs ${frame.width * frame.height * 4}.`,
    );
  }
  if (!isWholePixelBoxInside(box, frame.width, frame.height)) {
    throw new RangeError(
      `Box ${JSON.stringify(box)} is not whole pixels inside the ${frame.width}×${frame.height} frame: clamp it with clampToFrame first.`,
    );
  }
}

function isWholePixelBoxInside(box: Roi, width: number, height: number): boolean {
  const { x, y, width: w, height: h } = box;
  return [x, y, w, h].every(Number.isInteger) && x >= 0 && y >= 0 && w >= 1 && h >= 1 && x + w <= width && y + h <= height;
}

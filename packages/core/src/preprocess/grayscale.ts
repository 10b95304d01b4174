import { createGrayImage, type GrayImage, type RgbaImage } from "./gray-image.js";
import type { Roi } from "./roi.js";

/**
 * Crops the box from an RGBA frame and converts it to luma (Rec. 601), 0…1.
 * The box must already be whole pixels inside the frame (see clampToFrame);
 * without one, the whole frame.
 */
export function cropToGray(frame: RgbaImage, box: Roi = { x: 0, y: 0, width: frame.width, height: frame.height }): GrayImage {
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
  const out = createGrayImage(box.width, box.height);
  const src = frame.data;
  for (let y = 0; y < box.height; y++) {
    let s = ((box.y + y) * frame.width + box.x) * 4;
    let d = y * box.width;
    for (let x = 0; x < box.width; x++, s += 4, d++) {
      out.data[d] = (0.299 * src[s]! + 0.587 * src[s + 1]! + 0.114 * src[s + 2]!) / 255;
    }
  }
  return out;
}

function isWholePixelBoxInside(box: Roi, width: number, height: number): boolean {
  const { x, y, width: w, height: h } = box;
  return [x, y, w, h].every(Number.isInteger) && x >= 0 && y >= 0 && w >= 1 && h >= 1 && x + w <= width && y + h <= height;
}

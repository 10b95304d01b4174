import { createGrayImage, type GrayImage, type RgbaImage } from "./gray-image.js";
import { clampRoi, type Roi } from "./roi.js";

/** Crops the ROI from an RGBA frame and converts it to luma (Rec. 601), 0…1. */
export function cropToGray(frame: RgbaImage, roi?: Roi): GrayImage {
  if (frame.data.length < frame.width * frame.height * 4) {
    throw new RangeError(
      `Frame data holds ${frame.data.length} bytes; a ${frame.width}×${frame.height} RGBA frame needs ${frame.width * frame.height * 4}.`,
    );
  }
  const box = clampRoi(roi ?? { x: 0, y: 0, width: frame.width, height: frame.height }, frame.width, frame.height);
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

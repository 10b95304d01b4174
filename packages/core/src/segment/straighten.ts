// A number written along a tilted line (paper held turned, a line drifting uphill) is
// straightened before the number model reads it: the strip scales the number's ink box
// to a digit's height, so a tilted number's digits would come out small and stepped.
import type { Component } from "../preprocess/components.js";
import { createGrayImage, type GrayImage } from "../preprocess/gray-image.js";

/** Pieces at least this share of the tallest piece's height are digits the line runs through (not a 5's flag, a dot). */
const LINE_PIECE_HEIGHT = 0.5;
/** The line's pieces must span at least this many digit heights sideways for their slope to mean anything. */
const MIN_LINE_SPAN = 0.8;
/** Paper turned further than this is not a number written along a line; the slope is held to it. */
const MAX_TURN = (25 * Math.PI) / 180;
/** Turns smaller than this are left alone: resampling would only blur the strip. */
const MIN_TURN = (2 * Math.PI) / 180;

/**
 * The angle (radians, clockwise in image coordinates) of the line the number is written
 * along: the least-squares line through the centres of its digit-sized pieces' boxes (a
 * box's centre moves with the line, not with the digit's slant). 0 where there are fewer
 * than two such pieces (digits that all touch) or they stand too close to tell.
 */
export function writingAngle(pieces: readonly Component[]): number {
  const tallest = Math.max(0, ...pieces.map((c) => c.maxY - c.minY + 1));
  const digits = pieces.filter((c) => c.maxY - c.minY + 1 >= LINE_PIECE_HEIGHT * tallest);
  if (digits.length < 2) return 0;
  const xs = digits.map((c) => (c.minX + c.maxX) / 2);
  const ys = digits.map((c) => (c.minY + c.maxY) / 2);
  if (Math.max(...xs) - Math.min(...xs) < MIN_LINE_SPAN * tallest) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, k) => {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (ys[k]! - my);
  });
  const angle = Math.atan(sxy / sxx);
  return Math.max(-MAX_TURN, Math.min(MAX_TURN, angle));
}

/**
 * The image turned by −angle about its centre (bilinear), so a line at `angle` runs
 * level, trimmed to its ink; the image itself where the turn is too small to matter.
 */
export function straighten(image: GrayImage, angle: number): GrayImage {
  if (Math.abs(angle) < MIN_TURN) return image;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const { width, height, data } = image;
  const outWidth = Math.ceil(Math.abs(width * cos) + Math.abs(height * sin));
  const outHeight = Math.ceil(Math.abs(width * sin) + Math.abs(height * cos));
  const turned = createGrayImage(outWidth, outHeight);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const cu = (outWidth - 1) / 2;
  const cv = (outHeight - 1) / 2;
  let minX = outWidth, minY = outHeight, maxX = -1, maxY = -1;
  for (let v = 0; v < outHeight; v++) {
    for (let u = 0; u < outWidth; u++) {
      const x = cx + cos * (u - cu) - sin * (v - cv);
      const y = cy + sin * (u - cu) + cos * (v - cv);
      const value = sample(data, width, height, x, y);
      turned.data[v * outWidth + u] = value;
      if (value > 0) {
        if (u < minX) minX = u;
        if (u > maxX) maxX = u;
        if (v < minY) minY = v;
        if (v > maxY) maxY = v;
      }
    }
  }
  if (maxX < 0) return image;
  const trimmed = createGrayImage(maxX - minX + 1, maxY - minY + 1);
  for (let v = minY; v <= maxY; v++) trimmed.data.set(turned.data.subarray(v * outWidth + minX, v * outWidth + maxX + 1), (v - minY) * trimmed.width);
  return trimmed;
}

/** Bilinear sample; outside the image is paper (0). */
function sample(data: Float32Array, width: number, height: number, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  return (
    (1 - fy) * ((1 - fx) * pixelAt(data, width, height, x0, y0) + fx * pixelAt(data, width, height, x0 + 1, y0)) +
    fy * ((1 - fx) * pixelAt(data, width, height, x0, y0 + 1) + fx * pixelAt(data, width, height, x0 + 1, y0 + 1))
  );
}

// A function of its own, not a closure made afresh for every pixel sampled (which cost more than the sampling).
function pixelAt(data: Float32Array, width: number, height: number, x: number, y: number): number {
  return x >= 0 && x < width && y >= 0 && y < height ? data[y * width + x]! : 0;
}

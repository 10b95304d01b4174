import type { GrayImage } from "./gray-image.js";
import { Scratch } from "./scratch.js";

/** Which way the ink goes: dark ink on light paper, or light chalk/marker on a dark slate or screen. */
export type Polarity = "dark-on-light" | "light-on-dark";

/**
 * Decides the polarity of one frame. Ink is a minority far from the paper, so
 * the brightness distribution is skewed towards the ink: negative skew means
 * dark ink. Brightness is first taken relative to the mean and spread of each
 * pixel's neighbourhood (a square a quarter of the box's shorter side from it
 * each way): a stroke is a minority in its neighbourhood and stands far out of
 * it, while a shadow's edge, seen from either side, is as bright on one as it
 * is dark on the other, and lighting gradients vanish. (A coarse grid of paper
 * levels kept the lit part of a hard shadow as a bright patch beside the ink,
 * skewed the light way; a smaller square takes the gaps between a hand's
 * fingers for light strokes.) Unlike a tail quantile, the skew stays decisive
 * for hairlines covering under 1% of the box.
 *
 * The skew alone needs ink under half the box, which a bold digit filling its
 * box (a scan cropped to the digit) does not leave. So the box's edge, where
 * the paper around a digit lies, votes too: how much brighter it is than the
 * box as a whole, in the same standard deviations. For ink on a share p of
 * the box and q of its edge, skew and edge together come to
 * (1 − p − q)/√(p(1 − p)) for dark ink (the opposite for light ink): right
 * whenever box and edge together hold less than one whole of ink, where the
 * skew alone is right only while p < ½.
 */
export function detectPolarity(image: GrayImage): Polarity {
  const { width, height } = image;
  const n = image.data.length;
  const residual = localContrast(image, Math.max(1, Math.round(Math.min(width, height) / 4)));
  let mean = 0;
  let edge = 0;
  let edgePixels = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = residual[y * width + x]!;
      mean += v;
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) {
        edge += v;
        edgePixels++;
      }
    }
  }
  mean /= n;
  edge /= edgePixels;
  let secondMoment = 0;
  let thirdMoment = 0;
  for (let i = 0; i < n; i++) {
    const d = residual[i]! - mean;
    secondMoment += d * d;
    thirdMoment += d * d * d;
  }
  if (!(secondMoment > 0)) return "dark-on-light";
  const spread = Math.sqrt(secondMoment / n);
  const skew = thirdMoment / n / spread ** 3;
  const edgeBrighter = (edge - mean) / spread;
  return skew - edgeBrighter <= 0 ? "dark-on-light" : "light-on-dark";
}

const sumsScratch = new Scratch((n) => new Float64Array(n));
const squaresScratch = new Scratch((n) => new Float64Array(n));
const contrastScratch = new Scratch((n) => new Float32Array(n));

/** Below this spread (in 0…1 brightness) a neighbourhood is plain paper, and its sensor noise is not blown up to strokes. */
const PLAIN_SPREAD = 0.02;

/**
 * Each pixel's brightness less the mean of the (2r+1)² square around it (cut
 * at the image's edge), over that square's standard deviation; from running
 * sums, so the cost does not grow with r.
 */
function localContrast(image: GrayImage, radius: number): Float32Array {
  const { width, height, data } = image;
  const stride = width + 1;
  const sums = sumsScratch.zeroed(stride * (height + 1));
  const squares = squaresScratch.zeroed(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let rowSum = 0;
    let rowSquares = 0;
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x]!;
      rowSum += v;
      rowSquares += v * v;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + rowSum;
      squares[(y + 1) * stride + x + 1] = squares[y * stride + x + 1]! + rowSquares;
    }
  }
  const out = contrastScratch.take(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - radius);
    const y1 = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - radius);
      const x1 = Math.min(width, x + radius + 1);
      const area = (x1 - x0) * (y1 - y0);
      const bottomRight = y1 * stride + x1;
      const topRight = y0 * stride + x1;
      const bottomLeft = y1 * stride + x0;
      const topLeft = y0 * stride + x0;
      const mean = (sums[bottomRight]! - sums[topRight]! - sums[bottomLeft]! + sums[topLeft]!) / area;
      const variance = Math.max(0, (squares[bottomRight]! - squares[topRight]! - squares[bottomLeft]! + squares[topLeft]!) / area - mean * mean);
      out[y * width + x] = (data[y * width + x]! - mean) / (Math.sqrt(variance) + PLAIN_SPREAD);
    }
  }
  return out;
}

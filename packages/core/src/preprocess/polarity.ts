import { estimateBackground } from "./background.js";
import type { GrayImage } from "./gray-image.js";

/** Which way the ink goes: dark ink on light paper, or light chalk/marker on a dark slate or screen. */
export type Polarity = "dark-on-light" | "light-on-dark";

/**
 * Decides the polarity of one frame. Ink is a minority far from the paper, so
 * the brightness distribution is skewed towards the ink: negative skew means
 * dark ink. Brightness is first taken relative to the median of each cell of
 * a 6×6 grid, so neither a lighting gradient nor a shadow's edge adds skew (a
 * 2×2 grid left a sharp shadow over half the box to outweigh the ink, and
 * flipped the answer). Unlike a tail quantile, the skew stays decisive for
 * hairlines covering under 1% of the box.
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
  const background = estimateBackground(image, 0.5, Math.max(image.width, image.height) / 6);
  const { width, height } = image;
  const n = image.data.length;
  const residual = new Float32Array(n);
  let mean = 0;
  let edge = 0;
  let edgePixels = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const v = (residual[i] = image.data[i]! - background.data[i]!);
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

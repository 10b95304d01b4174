import { estimateBackground } from "./background.js";
import type { GrayImage } from "./gray-image.js";

/** Which way the ink goes: dark ink on light paper, or light chalk/marker on a dark slate or screen. */
export type Polarity = "dark-on-light" | "light-on-dark";

/**
 * Decides the polarity of one frame. Paper is the majority of the box and
 * ink a minority far from it, so the brightness distribution is skewed
 * towards the ink: negative skew means dark ink. Brightness is first taken
 * relative to a coarse (2×2) background so a lighting gradient adds no skew.
 * Unlike a tail quantile, the skew stays decisive for hairlines covering
 * under 1% of the box and for bold digits covering 40% of it.
 */
export function detectPolarity(image: GrayImage): Polarity {
  const background = estimateBackground(image, 0.5, Math.max(image.width, image.height) / 2);
  const n = image.data.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += image.data[i]! - background.data[i]!;
  mean /= n;
  let thirdMoment = 0;
  for (let i = 0; i < n; i++) thirdMoment += (image.data[i]! - background.data[i]! - mean) ** 3;
  return thirdMoment <= 0 ? "dark-on-light" : "light-on-dark";
}

import { estimateBackground } from "./background.js";
import { quantile, type GrayImage } from "./gray-image.js";

/** Which way the ink goes: dark ink on light paper, or light chalk/marker on a dark slate or screen. */
export type Polarity = "dark-on-light" | "light-on-dark";

/**
 * Decides the polarity of one frame. Against a local median background (the
 * paper, whatever the lighting), ink is the tail that departs furthest: dark
 * ink makes a strong negative tail, light ink a strong positive one.
 */
export function detectPolarity(image: GrayImage, cellSize = 12): Polarity {
  const background = estimateBackground(image, 0.5, cellSize);
  const residual = new Float32Array(image.data.length);
  for (let i = 0; i < residual.length; i++) residual[i] = image.data[i]! - background.data[i]!;
  const darkTail = -quantile(residual, 0.02);
  const lightTail = quantile(residual, 0.98);
  return darkTail >= lightTail ? "dark-on-light" : "light-on-dark";
}

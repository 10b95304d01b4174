import { estimateBackground } from "./background.js";
import { createGrayImage, quantile, type GrayImage } from "./gray-image.js";
import type { Polarity } from "./polarity.js";

export interface InkMap {
  /** 0 = background … 1 = full ink, whatever the polarity and lighting were. */
  readonly ink: GrayImage;
  /** Ink strength (before scaling) of the strongest strokes, in 0…1 brightness units relative to the paper. */
  readonly contrast: number;
  /** Robust estimate of the background's noise, same units. */
  readonly noise: number;
}

/**
 * Separates ink from paper: subtracts the local background (robust to shadows
 * and gradients), makes dark ink relative to the paper's brightness (a stroke
 * in shadow is as much ink as one in light), then scales so the strongest
 * strokes are 1 and the paper's noise is 0.
 */
export function extractInk(image: GrayImage, polarity: Polarity, cellSize = 12): InkMap {
  const darkInk = polarity === "dark-on-light";
  const background = estimateBackground(image, darkInk ? 0.85 : 0.15, cellSize);
  const signal = new Float32Array(image.data.length);
  for (let i = 0; i < signal.length; i++) {
    const bg = background.data[i]!;
    const v = image.data[i]!;
    signal[i] = darkInk ? (bg - v) / Math.max(bg, 0.1) : v - bg;
  }
  const centre = quantile(signal, 0.5);
  const deviations = signal.map((s) => Math.abs(s - centre));
  const noise = 1.4826 * quantile(deviations, 0.5);
  const contrast = quantile(signal, 0.995);
  const floor = Math.max(centre + 3 * noise, 0.03);
  const peak = Math.max(contrast * 0.8, floor + 1e-3);
  const ink = createGrayImage(image.width, image.height);
  for (let i = 0; i < signal.length; i++) {
    ink.data[i] = Math.min(1, Math.max(0, (signal[i]! - floor) / (peak - floor)));
  }
  return { ink, contrast, noise };
}

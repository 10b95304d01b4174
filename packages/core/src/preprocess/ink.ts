import { closeOverInk } from "./background.js";
import { createGrayImage, quantile, type GrayImage } from "./gray-image.js";
import type { Polarity } from "./polarity.js";
import { Scratch } from "./scratch.js";

export interface InkMap {
  /** 0 = background … 1 = full ink, whatever the polarity and lighting were. */
  readonly ink: GrayImage;
  /** Ink strength of the strongest strokes above the paper, in 0…1 brightness units (relative to the paper for dark ink). */
  readonly contrast: number;
  /** Robust estimate of the background's noise, same units. */
  readonly noise: number;
  /** The paper under the ink (the closing), in the image's brightness. */
  readonly background: GrayImage;
}

/**
 * Separates ink from paper: subtracts the local background (a grey-level
 * closing wider than any pen stroke: it follows gradients and keeps a
 * shadow's sharp edge, where a smooth estimate made half the shadow ink), makes ink relative to the paper's brightness (a stroke in
 * shadow is as much ink as one in light), then scales so the strongest
 * strokes are 1 and the paper's noise is 0. The strongest strokes are the
 * `peakQuantile` of the signal: a search over a whole frame, where a digit is
 * a small share of the pixels, looks further up.
 */
const signalScratch = new Scratch((n) => new Float32Array(n));

export function extractInk(image: GrayImage, polarity: Polarity, closingRadius = 10, peakQuantile = 0.995): InkMap {
  const darkInk = polarity === "dark-on-light";
  const background = closeOverInk(image, closingRadius, darkInk);
  const signal = signalScratch.take(image.data.length);
  for (let i = 0; i < signal.length; i++) {
    const bg = background.data[i]!;
    const v = image.data[i]!;
    // Ink as a share of the room the paper leaves: dark ink of what light there is, light ink of
    // the headroom to white. Inverting an image (1 − x) leaves this signal exactly unchanged.
    signal[i] = darkInk ? (bg - v) / Math.max(bg, 0.1) : (v - bg) / Math.max(1 - bg, 0.1);
  }
  // Paper is the low side of the signal whatever share of the box is ink: read its level
  // and noise from the lower quantiles (for a Gaussian, q25 − q05 = 0.971σ).
  const q05 = quantile(signal, 0.05);
  const q25 = quantile(signal, 0.25);
  const noise = Math.max((q25 - q05) / 0.971, 1e-3);
  const paper = q25 + 0.674 * noise;
  const contrast = quantile(signal, peakQuantile) - paper;
  const floor = Math.max(paper + 3 * noise, 0.03);
  const peak = Math.max(paper + contrast * 0.8, floor + 1e-3);
  const ink = createGrayImage(image.width, image.height);
  for (let i = 0; i < signal.length; i++) {
    ink.data[i] = Math.min(1, Math.max(0, (signal[i]! - floor) / (peak - floor)));
  }
  return { ink, contrast, noise, background };
}

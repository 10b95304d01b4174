// Whether anything is written in the box at all: the strongest strokes of the ink map must
// stand out from the paper's noise and by a visible margin.
import { quantile } from "./gray-image.js";
import type { InkMap } from "./ink.js";
import type { Polarity } from "./polarity.js";

/** Strokes weaker than this (extractInk's contrast: a share of the paper's light, or for light ink of the headroom to white) are not writing. */
export const MIN_CONTRAST = 0.12;
/** … and weaker than this many times the paper's noise are grain, not strokes. */
const MIN_SIGNAL_TO_NOISE = 6;
/**
 * A slate whose brightest stretch (95th percentile of its background) is at most this many times its
 * darkest (5th) is lit evenly, not crossed by a shadow's edge.
 */
const EVEN_LIGHT = 2;
/** However dim the slate, light ink must still reach this share of MIN_CONTRAST of the headroom (a camera's compression blocks stay below it). */
const DIM_SLATE_FLOOR = 0.5;

/**
 * Whether the ink map holds strokes rather than bare paper. Light ink on an evenly lit slate is also
 * judged as dark ink always is, against the surface's own brightness: dim light darkens chalk and slate
 * alike, so chalk that stands out clearly from a slate in a dim room may be a small share of the
 * headroom to white. Where the slate is lit unevenly that measure would raise a shadow's edge to a
 * stroke, so it is not used there. Chosen on development frames (the bench's conditions on held-out
 * MNIST training digits, and on blank slates, seed 7; its clutter at seeds 7–9).
 */
export function inkStandsOut(map: InkMap, polarity: Polarity, minContrast: number = MIN_CONTRAST): boolean {
  const { contrast, noise, background } = map;
  if (contrast < MIN_SIGNAL_TO_NOISE * noise) return false;
  if (contrast >= minContrast) return true;
  if (polarity !== "light-on-dark" || contrast < DIM_SLATE_FLOOR * minContrast) return false;
  const darkest = quantile(background.data, 0.05);
  const brightest = quantile(background.data, 0.95);
  if (brightest > EVEN_LIGHT * Math.max(darkest, 1e-3)) return false;
  const slate = quantile(background.data, 0.5);
  // extractInk's light ink is (v − slate) / (1 − slate); as a share of the slate's brightness (clamped as dark ink's paper is):
  return (contrast * (1 - slate)) / Math.max(slate, 0.1) >= minContrast;
}

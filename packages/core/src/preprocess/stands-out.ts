// Whether anything is written in the box at all: one test for the digit's box, the number's
// box and the search over a photo.
import type { InkMap } from "./ink.js";

/** Strokes weaker than this (extractInk's contrast: a share of the paper's light, or for light ink of the headroom to white) are not writing. */
export const MIN_CONTRAST = 0.12;
/** … nor are strokes weaker than this many times the paper's noise: that is grain. */
const MIN_SIGNAL_TO_NOISE = 6;

/**
 * Whether the ink map's strongest strokes stand out from the paper: above its noise, and by a visible
 * margin. Light ink is measured against the headroom to white, so faint chalk on a dimly lit slate
 * stays below the margin; judging it against the slate's brightness instead reads it, but also lets
 * the slate's smudges through to the model (README, Benchmarks: tried and not taken).
 */
export function inkStandsOut({ contrast, noise }: InkMap, minContrast: number = MIN_CONTRAST): boolean {
  return contrast >= minContrast && contrast >= MIN_SIGNAL_TO_NOISE * noise;
}

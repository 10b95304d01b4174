// How sharp a mark's edges are once it is fitted to the model's 28×28. A pen, chalk or marker
// leaves strokes whose edges stay sharp at that scale however blurred the camera; a smudge
// (graphite rubbed half out, a thumb) is soft all through, and the model, which has never seen
// one, may still name a digit for its shape.
import { MNIST_SIZE } from "./mnist-fit.js";

/** Pixels above this level are the mark's; the rest is background. */
const INKED = 0.05;

/**
 * The mark's edge sharpness: of its pixels' steps to their nearest neighbours (the largest of the four),
 * the 90th percentile, over the mark's level (its 95th percentile, so a grey mark is judged as sharply
 * as a white one). Near 1 for hard-edged strokes, low for a soft blob; 0 for an empty input.
 */
export function edgeSharpness(input: Float32Array, size: number = MNIST_SIZE): number {
  const steps = new Float32Array(size * size);
  const levels = new Float32Array(size * size);
  let inked = 0;
  const at = (x: number, y: number) => (x >= 0 && y >= 0 && x < size && y < size ? input[y * size + x]! : 0);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const level = input[y * size + x]!;
      if (level <= INKED) continue;
      levels[inked] = level;
      steps[inked++] = Math.max(Math.abs(level - at(x + 1, y)), Math.abs(level - at(x - 1, y)), Math.abs(level - at(x, y + 1)), Math.abs(level - at(x, y - 1)));
    }
  }
  if (inked === 0) return 0;
  return percentile(steps.subarray(0, inked), 0.9) / percentile(levels.subarray(0, inked), 0.95);
}

/**
 * Chosen on development frames (the bench's smudges and camera conditions at development seeds, held-out
 * MNIST training digits, shared/real-digits): no digit read there is softer than SHARP_ENOUGH, most
 * smudges the model names a digit for are.
 */
const SOFT = 0.3;
const SHARP_ENOUGH = 0.5;

/**
 * How far a mark of this edge sharpness is a written stroke: 1 from SHARP_ENOUGH up, falling to 0 at SOFT.
 * A reading's confidence is multiplied by it, so a smudge the model names a digit for is left unsure.
 */
export function strokeSureness(sharpness: number): number {
  return Math.min(1, Math.max(0, (sharpness - SOFT) / (SHARP_ENOUGH - SOFT)));
}

function percentile(values: Float32Array, share: number): number {
  values.sort();
  return values[Math.floor(share * (values.length - 1))]!;
}

// Smudges: graphite rubbed half out with an eraser, a thumbprint, a smear of pencil dragged by the
// side of a hand — soft grey marks without a pen's edges. Whatever is left of them after core's
// background removal can look like a thick, blurred digit. Deliberately not the bench's smudges
// (soft round blobs, packages/bench/src/accuracy/marks.ts), so those stay unseen.
import type { Random } from "@livedigits/core/synthetic";

export const SMUDGE_SHAPES = ["rubbed out", "thumbprint", "smear"] as const;
export type SmudgeShape = (typeof SMUDGE_SHAPES)[number];

export interface SmudgeInk {
  /** size×size, 0…1: how much of each pixel the smudge covers. */
  readonly ink: Float32Array;
  /** How dark the smudge is against the paper (pen ink is 1): graphite, greasy skin. */
  readonly darkness: number;
}

/** One to three smudges somewhere in a size×size box. */
export function drawSmudges(random: Random, size: number): SmudgeInk {
  const ink = new Float32Array(size * size);
  for (let k = 1 + random.int(3); k > 0; k--) {
    const shape = SMUDGE_SHAPES[random.int(SMUDGE_SHAPES.length)]!;
    addSmudge(ink, size, shape, random);
  }
  return { ink, darkness: random.uniform(0.3, 0.9) };
}

function addSmudge(ink: Float32Array, size: number, shape: SmudgeShape, random: Random): void {
  const cx = random.uniform(0.2, 0.8) * size;
  const cy = random.uniform(0.2, 0.8) * size;
  const angle = random.uniform(0, Math.PI);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const peak = random.uniform(0.25, 0.8);
  // Half-lengths of the smudge along and across its direction.
  const along = random.uniform(0.12, 0.35) * size;
  // Not thin: a thin soft curve is a faint pen stroke, which may be part of a digit.
  const across = along * (shape === "smear" ? random.uniform(0.35, 0.6) : random.uniform(0.5, 1));
  // The smear bends; the rub streaks along the eraser's strokes; the thumb leaves ridges.
  const bend = shape === "smear" ? random.uniform(-1, 1) / along : 0;
  const period = (shape === "thumbprint" ? random.uniform(0.035, 0.06) : random.uniform(0.02, 0.05)) * size;
  const phase = random.uniform(0, 2 * Math.PI);
  const [x0, x1] = [Math.max(0, Math.floor(cx - along - across)), Math.min(size - 1, Math.ceil(cx + along + across))];
  const [y0, y1] = [Math.max(0, Math.floor(cy - along - across)), Math.min(size - 1, Math.ceil(cy + along + across))];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      const u = dx * cos + dy * sin;
      const v = -dx * sin + dy * cos - bend * u * u;
      const r = Math.hypot(u / along, v / across);
      if (r >= 1) continue;
      // Soft from the middle out, never an edge a pen would leave.
      const body = 1 - smoothstep(r);
      // Faint texture only: rings or streaks strong enough to survive background removal are pen-like strokes (a 0).
      const texture =
        shape === "thumbprint"
          ? 0.85 + 0.15 * Math.sin((Math.hypot(u, v * 1.3) / period) * 2 * Math.PI + phase)
          : shape === "rubbed out"
            ? 0.85 + 0.15 * Math.sin((v / period) * 2 * Math.PI + phase) * random.uniform(0.5, 1)
            : 1 - (0.5 * Math.abs(u)) / along;
      const i = y * size + x;
      ink[i] = Math.min(1, ink[i]! + peak * body * texture);
    }
  }
}

function smoothstep(t: number): number {
  return t * t * (3 - 2 * t);
}

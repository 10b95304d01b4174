// A hand, bare arm or sleeve reaching into the box from one side: a large filled
// shape, out of focus at its edges (it is closer to the camera than the paper), with
// the shading of a rounded limb or the folds of cloth. Deliberately not the bench's
// hand (packages/bench/src/accuracy/marks.ts), so the bench's hands stay unseen.
import type { Random } from "@livedigits/core/synthetic";
import type { Point } from "./stroke-fonts.js";

export const BODY_KINDS = ["hand", "arm", "sleeve"] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export interface BodyInk {
  /** size×size, 0…1: how much of the pixel the body covers, times its shading. */
  readonly ink: Float32Array;
  /** How dark the body is against the paper, 0…1 (pen ink is 1): skin or cloth. */
  readonly darkness: number;
}

/** A limb segment: a capsule whose radius runs from ra at a to rb at b. */
interface Limb {
  readonly a: Point;
  readonly b: Point;
  readonly ra: number;
  readonly rb: number;
}

export function drawBody(kind: BodyKind, random: Random, size: number): BodyInk {
  // Enter through a random side, heading inwards give or take 40°.
  const side = random.int(4);
  const normalAngle = [Math.PI / 2, -Math.PI / 2, 0, Math.PI][side]!; // from top, bottom, left, right
  const heading = normalAngle + random.uniform(-0.7, 0.7);
  const d: Point = [Math.cos(heading), Math.sin(heading)];
  const n: Point = [-d[1], d[0]];
  const along = random.uniform(0.15, 0.85) * size;
  const entry: Point = [
    [along, along, 0, size][side]!,
    [0, size, along, along][side]!,
  ];
  const at = (forward: number, across: number): Point => [entry[0] + d[0] * forward + n[0] * across, entry[1] + d[1] * forward + n[1] * across];
  const limbs: Limb[] = [];
  let cuff: { point: Point; feather: number } | undefined;
  let darkness: number;
  let folds: { frequency: number; phase: number; depth: number } | undefined;

  if (kind === "arm") {
    const reach = random.uniform(0.3, 1.1) * size;
    const radius = random.uniform(0.16, 0.32) * size;
    limbs.push({ a: at(-size, 0), b: at(reach, 0), ra: radius * 1.1, rb: radius * random.uniform(0.75, 1) });
    darkness = random.uniform(0.15, 0.85);
  } else if (kind === "sleeve") {
    const reach = random.uniform(0.2, 0.9) * size;
    const radius = random.uniform(0.25, 0.6) * size;
    limbs.push({ a: at(-size, 0), b: at(reach + radius, 0), ra: radius, rb: radius });
    cuff = { point: at(reach, 0), feather: random.uniform(-0.25, 0.25) };
    darkness = random.uniform(0.1, 0.95);
    folds = { frequency: random.uniform(2, 6) / size, phase: random.uniform(0, 2 * Math.PI), depth: random.uniform(0.05, 0.3) };
  } else {
    // Wrist, palm, four fingers and a thumb, as big as a hand close to the camera.
    const scale = random.uniform(0.5, 1.3) * size;
    const reach = random.uniform(0.2, 0.9) * size;
    const wrist = reach - 0.45 * scale;
    const palmWidth = random.uniform(0.17, 0.22) * scale;
    limbs.push({ a: at(-size, 0), b: at(wrist, 0), ra: palmWidth * 0.85, rb: palmWidth * 0.8 });
    limbs.push({ a: at(wrist, 0), b: at(wrist + 0.25 * scale, 0), ra: palmWidth * 0.95, rb: palmWidth });
    const knuckles = wrist + 0.32 * scale;
    const spread = random.uniform(0, 0.25);
    const curled = random.chance(0.3);
    for (let f = 0; f < 4; f++) {
      const offset = (f - 1.5) * palmWidth * 0.55;
      const angle = (f - 1.5) * spread * 0.5;
      const length = (curled ? random.uniform(0.08, 0.14) : random.uniform(0.2, 0.3)) * scale * (f === 0 || f === 3 ? 0.8 : 1);
      const start = at(knuckles - 0.06 * scale, offset);
      const direction: Point = [d[0] * Math.cos(angle) - n[0] * Math.sin(angle), d[1] * Math.cos(angle) - n[1] * Math.sin(angle)];
      const radius = palmWidth * random.uniform(0.22, 0.28);
      limbs.push({ a: start, b: [start[0] + direction[0] * length, start[1] + direction[1] * length], ra: radius, rb: radius * 0.85 });
    }
    const thumbSide = random.chance(0.5) ? 1 : -1;
    const thumbStart = at(wrist + 0.05 * scale, thumbSide * palmWidth * 0.7);
    const thumbAngle = thumbSide * random.uniform(0.4, 1.1);
    const thumbLength = random.uniform(0.15, 0.25) * scale;
    const thumbDirection: Point = [d[0] * Math.cos(thumbAngle) - n[0] * Math.sin(thumbAngle), d[1] * Math.cos(thumbAngle) - n[1] * Math.sin(thumbAngle)];
    limbs.push({ a: thumbStart, b: [thumbStart[0] + thumbDirection[0] * thumbLength, thumbStart[1] + thumbDirection[1] * thumbLength], ra: palmWidth * 0.3, rb: palmWidth * 0.24 });
    darkness = random.uniform(0.15, 0.85);
  }

  // Out of focus: edges soft over a few pixels; light from one side.
  const softness = random.uniform(0.8, 3.5) * (size / 64);
  const lightAcross = random.uniform(-1, 1);
  const roundness = random.uniform(0.1, 0.35);
  const ink = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p: Point = [x + 0.5, y + 0.5];
      let distance = Infinity;
      let across = 0;
      for (const limb of limbs) {
        const [signed, relative] = limbDistance(p, limb);
        if (signed < distance) [distance, across] = [signed, relative];
      }
      if (cuff) {
        const past = (p[0] - cuff.point[0]) * d[0] + (p[1] - cuff.point[1]) * d[1] - cuff.feather * ((p[0] - cuff.point[0]) * n[0] + (p[1] - cuff.point[1]) * n[1]);
        distance = Math.max(distance, past);
      }
      const cover = Math.min(1, Math.max(0, 0.5 - distance / softness));
      if (cover === 0) continue;
      // A rounded limb is darker towards its sides and on the side away from the light.
      let shade = 1 - roundness * (1 - across * across) - 0.15 * lightAcross * across;
      if (folds) shade *= 1 - folds.depth * (0.5 + 0.5 * Math.sin(((p[0] - entry[0]) * n[0] + (p[1] - entry[1]) * n[1]) * folds.frequency * 2 * Math.PI + folds.phase));
      ink[y * size + x] = cover * Math.min(1, Math.max(0.2, shade));
    }
  }
  return { ink, darkness };
}

/** Signed distance to a tapered capsule, and where across it the point lies (−1…1). */
function limbDistance([px, py]: Point, { a, b, ra, rb }: Limb): [number, number] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((px - a[0]) * dx + (py - a[1]) * dy) / lengthSquared));
  const radius = ra + (rb - ra) * t;
  const ox = px - a[0] - t * dx;
  const oy = py - a[1] - t * dy;
  const length = Math.sqrt(lengthSquared) || 1;
  const across = (ox * -dy + oy * dx) / length / radius;
  return [Math.hypot(ox, oy) - radius, Math.max(-1, Math.min(1, across))];
}

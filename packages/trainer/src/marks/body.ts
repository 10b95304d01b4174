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
  const entry: Point = [[along, along, 0, size][side]!, [0, size, along, along][side]!];
  const frame: Frame = { entry, d, n };
  const skinTone = random.uniform(0.15, 0.85);
  const softness = random.uniform(0.8, 3.5) * (size / 64);

  if (kind === "arm") {
    // Wide: a thin rounded bar would be a fat "1", which must stay a digit.
    const reach = random.uniform(0.3, 1.1) * size;
    const radius = random.uniform(0.24, 0.5) * size;
    const arm = [{ a: at(frame, -size, 0), b: at(frame, reach, 0), ra: radius * 1.1, rb: radius * random.uniform(0.75, 1) }];
    return { ink: shadeLimbs(arm, frame, random, size, softness), darkness: skinTone };
  }
  if (kind === "hand") {
    const reach = random.uniform(0.3, 1) * size;
    return { ink: shadeLimbs(handLimbs(frame, random, size, reach, -size), frame, random, size, softness), darkness: skinTone };
  }
  // A sleeve, cut straight at the cuff, folds along it; often with the hand coming out of it.
  const reach = random.uniform(0.2, 0.9) * size;
  const radius = random.uniform(0.25, 0.6) * size;
  const sleeve = [{ a: at(frame, -size, 0), b: at(frame, reach + radius, 0), ra: radius, rb: radius }];
  const cuff = { point: at(frame, reach, 0), feather: random.uniform(-0.25, 0.25) };
  const folds = { frequency: random.uniform(2, 6) / size, phase: random.uniform(0, 2 * Math.PI), depth: random.uniform(0.05, 0.3) };
  const cloth = shadeLimbs(sleeve, frame, random, size, softness, cuff, folds);
  const clothTone = random.uniform(0.1, 0.95);
  if (random.chance(0.4)) return { ink: cloth, darkness: clothTone };
  const hand = shadeLimbs(handLimbs(frame, random, size, reach + random.uniform(0.3, 0.8) * size, reach - 0.1 * size), frame, random, size, softness);
  const darkness = Math.max(clothTone, skinTone);
  const ink = new Float32Array(size * size);
  for (let i = 0; i < ink.length; i++) {
    // The sleeve lies over the wrist: cloth where it covers, skin showing past it.
    const covered = Math.min(1, cloth[i]! / 0.8);
    ink[i] = (cloth[i]! * clothTone + (1 - covered) * hand[i]! * skinTone) / darkness;
  }
  return { ink, darkness };
}

/** Where the body comes in: the entry point on the box's edge, the inward direction d and the across direction n. */
interface Frame {
  readonly entry: Point;
  readonly d: Point;
  readonly n: Point;
}

function at({ entry, d, n }: Frame, forward: number, across: number): Point {
  return [entry[0] + d[0] * forward + n[0] * across, entry[1] + d[1] * forward + n[1] * across];
}

/** Turned from d by angle, towards −n for positive angles. */
function towards({ d, n }: Frame, angle: number): Point {
  return [d[0] * Math.cos(angle) - n[0] * Math.sin(angle), d[1] * Math.cos(angle) - n[1] * Math.sin(angle)];
}

/**
 * Forearm from `from`, palm, four fingers and a thumb, fingertips at `reach`
 * (distances along the frame): as big as the box or bigger, being near the camera.
 */
function handLimbs(frame: Frame, random: Random, size: number, reach: number, from: number): Limb[] {
  const scale = random.uniform(0.8, 2) * size;
  const curled = random.chance(0.3);
  const fingerLength = (curled ? random.uniform(0.08, 0.14) : random.uniform(0.25, 0.38)) * scale;
  const wrist = reach - (0.26 + fingerLength / scale) * scale;
  const palmWidth = random.uniform(0.17, 0.22) * scale;
  const limbs: Limb[] = [
    { a: at(frame, Math.min(from, wrist - size), 0), b: at(frame, wrist, 0), ra: palmWidth * 0.85, rb: palmWidth * 0.8 },
    { a: at(frame, wrist, 0), b: at(frame, wrist + 0.25 * scale, 0), ra: palmWidth * 0.95, rb: palmWidth },
  ];
  const knuckles = wrist + 0.26 * scale;
  const spread = random.uniform(0, 0.25);
  for (let f = 0; f < 4; f++) {
    const start = at(frame, knuckles, (f - 1.5) * palmWidth * 0.55);
    const direction = towards(frame, (f - 1.5) * spread * 0.5);
    const length = fingerLength * (f === 0 || f === 3 ? 0.8 : 1) * random.uniform(0.9, 1.1);
    const radius = palmWidth * random.uniform(0.22, 0.28);
    limbs.push({ a: start, b: [start[0] + direction[0] * length, start[1] + direction[1] * length], ra: radius, rb: radius * 0.85 });
  }
  const thumbSide = random.chance(0.5) ? 1 : -1;
  const thumbStart = at(frame, wrist + 0.05 * scale, thumbSide * palmWidth * 0.7);
  const thumbDirection = towards(frame, -thumbSide * random.uniform(0.4, 1.1));
  const thumbLength = random.uniform(0.15, 0.25) * scale;
  limbs.push({ a: thumbStart, b: [thumbStart[0] + thumbDirection[0] * thumbLength, thumbStart[1] + thumbDirection[1] * thumbLength], ra: palmWidth * 0.3, rb: palmWidth * 0.24 });
  return limbs;
}

/** Coverage × shading of the union of the limbs: soft (out of focus) edges, rounded and lit from one side. */
function shadeLimbs(
  limbs: readonly Limb[],
  { entry, d, n }: Frame,
  random: Random,
  size: number,
  softness: number,
  cuff?: { point: Point; feather: number },
  folds?: { frequency: number; phase: number; depth: number },
): Float32Array {
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
        const [ox, oy] = [p[0] - cuff.point[0], p[1] - cuff.point[1]];
        distance = Math.max(distance, ox * d[0] + oy * d[1] - cuff.feather * (ox * n[0] + oy * n[1]));
      }
      const cover = Math.min(1, Math.max(0, 0.5 - distance / softness));
      if (cover === 0) continue;
      // A rounded limb is darker towards its sides and on the side away from the light.
      let shade = 1 - roundness * across * across - 0.15 * lightAcross * across;
      if (folds) shade *= 1 - folds.depth * (0.5 + 0.5 * Math.sin(((p[0] - entry[0]) * n[0] + (p[1] - entry[1]) * n[1]) * folds.frequency * 2 * Math.PI + folds.phase));
      ink[y * size + x] = cover * Math.min(1, Math.max(0.2, shade));
    }
  }
  return ink;
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

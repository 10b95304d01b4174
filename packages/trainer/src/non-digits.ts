// Marks that are not digits, drawn like MNIST's digits (28×28, white ink on black,
// strokes ~2 px), for outlier exposure: the model learns to spread its belief
// evenly over the ten digits for them, so the reader says "unsure" instead of
// naming a digit. Deliberately no letters: the benchmark's letters stay unseen.
import type { Random } from "@livedigits/core/synthetic";

type Point = readonly [number, number];

/** Stands for a non-digit where training expects an MNIST index. */
export const NON_DIGIT = -1;

export const NON_DIGIT_KINDS = ["scribble", "hash", "asterisk", "zigzag", "spiral", "blobs", "dots", "crossed box"] as const;

/** One non-digit mark in MNIST's format: inside the central 20×20, ink 0…1. */
export function drawNonDigit(random: Random): Float32Array {
  const kind = NON_DIGIT_KINDS[random.int(NON_DIGIT_KINDS.length)]!;
  const pen = random.uniform(1.6, 2.6);
  const field = new Float32Array(784);
  const at = (u: number, v: number): Point => [4 + u * 20, 4 + v * 20];
  switch (kind) {
    case "scribble":
      strokes(field, [smooth(Array.from({ length: 5 + random.int(4) }, () => at(random.next(), random.next())))], pen);
      break;
    case "hash": {
      const a = random.uniform(0.2, 0.4);
      const b = random.uniform(0.6, 0.8);
      const tilt = random.uniform(-0.15, 0.15);
      strokes(field, [[at(a + tilt, 0), at(a - tilt, 1)], [at(b + tilt, 0), at(b - tilt, 1)], [at(0, a), at(1, a + tilt)], [at(0, b), at(1, b + tilt)]], pen);
      break;
    }
    case "asterisk": {
      const arms = 3 + random.int(2);
      const turn = random.uniform(0, Math.PI);
      strokes(field, Array.from({ length: arms }, (_, k) => {
        const angle = turn + (k * Math.PI) / arms;
        const [dx, dy] = [Math.cos(angle) * 0.5, Math.sin(angle) * 0.5];
        return [at(0.5 - dx, 0.5 - dy), at(0.5 + dx, 0.5 + dy)];
      }), pen);
      break;
    }
    case "zigzag": {
      const teeth = 5 + random.int(4);
      const vertical = random.chance(0.5);
      strokes(field, [Array.from({ length: teeth }, (_, k) => {
        const along = k / (teeth - 1);
        const side = k % 2 === 0 ? random.uniform(0, 0.3) : random.uniform(0.7, 1);
        return vertical ? at(side, along) : at(along, side);
      })], pen);
      break;
    }
    case "spiral": {
      const turns = random.uniform(1.8, 3);
      const start = random.uniform(0, 2 * Math.PI);
      const direction = random.chance(0.5) ? 1 : -1;
      strokes(field, [Array.from({ length: 60 }, (_, k) => {
        const t = k / 59;
        const angle = start + direction * t * turns * 2 * Math.PI;
        return at(0.5 + 0.5 * t * Math.cos(angle), 0.5 + 0.5 * t * Math.sin(angle));
      })], pen);
      break;
    }
    case "blobs":
      for (let k = 2 + random.int(3); k > 0; k--) disc(field, at(random.uniform(0.15, 0.85), random.uniform(0.15, 0.85)), random.uniform(1.5, 3.5));
      break;
    case "dots":
      for (let k = 5 + random.int(8); k > 0; k--) disc(field, at(random.next(), random.next()), random.uniform(0.8, 1.5));
      break;
    case "crossed box": {
      const [l, t, r, b] = [random.uniform(0, 0.2), random.uniform(0, 0.2), random.uniform(0.8, 1), random.uniform(0.8, 1)];
      strokes(field, [[at(l, t), at(r, t), at(r, b), at(l, b), at(l, t)], [at(l, t), at(r, b)], [at(r, t), at(l, b)]], pen);
      break;
    }
  }
  return field;
}

/** Catmull–Rom through the points, 8 segments between each pair. */
function smooth(points: Point[]): Point[] {
  const out: Point[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [p0, p1, p2, p3] = [points[Math.max(0, i - 1)]!, points[i]!, points[i + 1]!, points[Math.min(points.length - 1, i + 2)]!];
    for (let s = 0; s < 8; s++) {
      const t = s / 8;
      const curve = (a: number, b: number, c: number, d: number) =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t * t + (-a + 3 * b - 3 * c + d) * t * t * t);
      // The curve may overshoot its points: keep it inside the 20×20.
      out.push([clampToField(curve(p0[0], p1[0], p2[0], p3[0])), clampToField(curve(p0[1], p1[1], p2[1], p3[1]))]);
    }
  }
  out.push(points[points.length - 1]!);
  return out;
}

function clampToField(v: number): number {
  return Math.min(24, Math.max(4, v));
}

function strokes(field: Float32Array, lines: readonly (readonly Point[])[], pen: number): void {
  for (const line of lines) {
    for (let k = 0; k + 1 < line.length; k++) segment(field, line[k]!, line[k + 1]!, pen / 2);
  }
}

function segment(field: Float32Array, [ax, ay]: Point, [bx, by]: Point, radius: number): void {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((x + 0.5 - ax) * dx + (y + 0.5 - ay) * dy) / lengthSquared));
      const d = Math.hypot(x + 0.5 - ax - t * dx, y + 0.5 - ay - t * dy);
      const ink = Math.min(1, Math.max(0, radius + 0.5 - d));
      if (ink > field[y * 28 + x]!) field[y * 28 + x] = ink;
    }
  }
}

function disc(field: Float32Array, [cx, cy]: Point, radius: number): void {
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      const ink = Math.min(1, Math.max(0, radius + 0.5 - Math.hypot(x + 0.5 - cx, y + 0.5 - cy)));
      if (ink > field[y * 28 + x]!) field[y * 28 + x] = ink;
    }
  }
}

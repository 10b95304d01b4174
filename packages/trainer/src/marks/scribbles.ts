// Doodles that are no character at all (the shapes of ../non-digits.ts, as polylines
// in a unit square, so they can be placed and drawn like letters).
import type { Random } from "@livedigits/core/synthetic";
import type { Point, Polyline } from "./stroke-fonts.js";

export const SCRIBBLE_KINDS = ["scribble", "hash", "asterisk", "zigzag", "spiral", "blobs", "dots", "crossed box"] as const;
export type ScribbleKind = (typeof SCRIBBLE_KINDS)[number];

export interface Scribble {
  readonly strokes: Polyline[];
  /** Single points drawn as round spots this many times the pen's radius. */
  readonly spots: { readonly at: Point; readonly size: number }[];
}

export function drawScribble(kind: ScribbleKind, random: Random): Scribble {
  const spots: Scribble["spots"] = [];
  const strokes: Polyline[] = [];
  switch (kind) {
    case "scribble":
      strokes.push(catmullRom(Array.from({ length: 5 + random.int(5) }, (): Point => [random.next(), random.next()])));
      break;
    case "hash": {
      const a = random.uniform(0.2, 0.4);
      const b = random.uniform(0.6, 0.8);
      const tilt = random.uniform(-0.15, 0.15);
      strokes.push([[a + tilt, 0], [a - tilt, 1]], [[b + tilt, 0], [b - tilt, 1]], [[0, a], [1, a + tilt]], [[0, b], [1, b + tilt]]);
      break;
    }
    case "asterisk": {
      const arms = 3 + random.int(2);
      const turn = random.uniform(0, Math.PI);
      for (let k = 0; k < arms; k++) {
        const angle = turn + (k * Math.PI) / arms;
        const [dx, dy] = [Math.cos(angle) * 0.5, Math.sin(angle) * 0.5];
        strokes.push([[0.5 - dx, 0.5 - dy], [0.5 + dx, 0.5 + dy]]);
      }
      break;
    }
    case "zigzag": {
      const teeth = 5 + random.int(5);
      const vertical = random.chance(0.5);
      strokes.push(
        Array.from({ length: teeth }, (_, k): Point => {
          const along = k / (teeth - 1);
          const side = k % 2 === 0 ? random.uniform(0, 0.3) : random.uniform(0.7, 1);
          return vertical ? [side, along] : [along, side];
        }),
      );
      break;
    }
    case "spiral": {
      // At least two and a half turns: a tight curl of one or two is a 6, a 9 or an @.
      const turns = random.uniform(2.5, 3.5);
      const start = random.uniform(0, 2 * Math.PI);
      const direction = random.chance(0.5) ? 1 : -1;
      strokes.push(
        Array.from({ length: 80 }, (_, k): Point => {
          const t = k / 79;
          const angle = start + direction * t * turns * 2 * Math.PI;
          return [0.5 + 0.5 * t * Math.cos(angle), 0.5 + 0.5 * t * Math.sin(angle)];
        }),
      );
      break;
    }
    case "blobs":
      for (let k = 2 + random.int(3); k > 0; k--) spots.push({ at: [random.next(), random.next()], size: random.uniform(2, 4) });
      break;
    case "dots":
      for (let k = 5 + random.int(8); k > 0; k--) spots.push({ at: [random.next(), random.next()], size: random.uniform(0.8, 1.5) });
      break;
    case "crossed box": {
      const [l, t, r, b] = [random.uniform(0, 0.2), random.uniform(0, 0.2), random.uniform(0.8, 1), random.uniform(0.8, 1)];
      strokes.push([[l, t], [r, t], [r, b], [l, b], [l, t]], [[l, t], [r, b]], [[r, t], [l, b]]);
      break;
    }
  }
  return { strokes, spots };
}

/** Catmull–Rom through the points, 8 segments between each pair. */
function catmullRom(points: Point[]): Point[] {
  const out: Point[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [p0, p1, p2, p3] = [points[Math.max(0, i - 1)]!, points[i]!, points[i + 1]!, points[Math.min(points.length - 1, i + 2)]!];
    for (let s = 0; s < 8; s++) {
      const t = s / 8;
      const curve = (a: number, b: number, c: number, d: number) =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t * t + (-a + 3 * b - 3 * c + d) * t * t * t);
      out.push([curve(p0[0], p1[0], p2[0], p3[0]), curve(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  out.push(points[points.length - 1]!);
  return out;
}

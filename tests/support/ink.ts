// What the fake camera's number and word videos show: a number written with MNIST test
// digits side by side, and a word written with a pen's strokes, as ink on paper.
import type { RgbaImage, Roi } from "@livedigits/core";
import { sampleDigit } from "@livedigits/core/synthetic";

export interface Paper {
  readonly width: number;
  readonly height: number;
  /** Paper and ink brightness, 0…255 (light ink on dark paper when ink > paper). */
  readonly paper: number;
  readonly ink: number;
  /** Left-to-right brightness ramp of the lighting, e.g. 0.15 for ±7.5%. */
  readonly gradient: number;
  readonly noise: number;
  readonly seed: number;
}

/** Paints ink (0…1 at each frame pixel, from `inkAt`) on paper. */
function paint(paper: Paper, inkAt: (x: number, y: number) => number): RgbaImage {
  const { width, height, gradient, noise } = paper;
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = paper.seed;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const light = 1 + gradient * (x / width - 0.5);
      const value = (paper.paper + (paper.ink - paper.paper) * inkAt(x, y)) * light + noise * random() * 2;
      const i = (y * width + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = value;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

/** The columns of a 28×28 field that hold ink: where a digit starts and ends across. */
function inkColumns(field: Float32Array): { readonly first: number; readonly last: number } {
  let first = 28;
  let last = -1;
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      if (field[y * 28 + x]! < 0.1) continue;
      first = Math.min(first, x);
      last = Math.max(last, x);
    }
  }
  return { first, last };
}

export interface NumberLayout {
  /** The box the number is written in, centred in it. */
  readonly roi: Roi;
  /** Each digit's 28×28 field, as a share of the box's height (MNIST's ink is 20/28 of the field). */
  readonly size: number;
  /** Paper between one digit's ink and the next, as a share of the box's height. */
  readonly gap: number;
}

/**
 * A number written with MNIST digits (28×28 fields, white ink on black), left to right and
 * centred in the box, as a person writes one on paper: each digit as tall as the others,
 * a little paper between them.
 */
export function drawNumberFrame(fields: readonly Float32Array[], layout: NumberLayout, paper: Paper): RgbaImage {
  const { roi, size, gap } = layout;
  const scale = (size * roi.height) / 28; // frame pixels per field pixel
  const columns = fields.map(inkColumns);
  const widths = columns.map(({ first, last }) => (last - first + 1) * scale);
  const total = widths.reduce((sum, width) => sum + width, 0) + gap * roi.height * (fields.length - 1);
  // Where each field's origin lands, so that its ink starts where the previous digit's ended plus the gap.
  const origins: number[] = [];
  let inkStart = roi.x + (roi.width - total) / 2;
  for (const [k, { first }] of columns.entries()) {
    origins.push(inkStart - first * scale);
    inkStart += widths[k]! + gap * roi.height;
  }
  const top = roi.y + (roi.height - 28 * scale) / 2;
  return paint(paper, (x, y) => {
    let ink = 0;
    for (const [k, field] of fields.entries()) {
      const u = (x + 0.5 - origins[k]!) / scale - 0.5;
      if (u < -1 || u > 28) continue;
      ink = Math.max(ink, sampleDigit(field, u, (y + 0.5 - top) / scale - 0.5));
    }
    return ink;
  });
}

type Point = readonly [number, number];

/** A round letter's bowl (an a, an o), as a polyline: centre, radii, from and to angles (radians, clockwise from the right). */
function arc([cx, cy]: Point, rx: number, ry: number, from: number, to: number, steps = 16): Point[] {
  return Array.from({ length: steps + 1 }, (_, k) => {
    const angle = from + ((to - from) * k) / steps;
    return [cx + rx * Math.cos(angle), cy + ry * Math.sin(angle)] as const;
  });
}

/**
 * The word "hat" as pen strokes, in units of its x-height (baseline y = 0, y down, the h's
 * and t's tops above it), as a child prints it: no font, and never seen in training.
 */
export const HAT_STROKES: readonly (readonly Point[])[] = [
  // h: the stem, then the shoulder down to the baseline
  [
    [0, -1.8],
    [0, 0],
  ],
  [[0, -0.55], ...arc([0.38, -0.55], 0.38, 0.45, Math.PI, 2 * Math.PI, 8), [0.76, 0]],
  // a: the bowl, then the stem on its right
  arc([1.38, -0.5], 0.4, 0.5, -0.25 * Math.PI, 1.75 * Math.PI, 20),
  [
    [1.8, -1],
    [1.8, -0.1],
    [1.9, 0],
  ],
  // t: the stem with its hook, then the cross
  [
    [2.35, -1.55],
    [2.35, -0.15],
    [2.48, 0],
    [2.7, -0.08],
  ],
  [
    [2.1, -1],
    [2.65, -1],
  ],
];

export interface WordLayout {
  readonly roi: Roi;
  /** The x-height as a share of the box's height. */
  readonly xHeight: number;
  /** The pen's width as a share of the x-height. */
  readonly pen: number;
  /** Lean to the right, horizontal shift per unit of height upwards. */
  readonly slant: number;
}

/** Pen strokes (see HAT_STROKES) written centred in the box. */
export function drawWordFrame(strokes: readonly (readonly Point[])[], layout: WordLayout, paper: Paper): RgbaImage {
  const { roi, xHeight, pen, slant } = layout;
  const unit = xHeight * roi.height;
  const points = strokes.flat();
  const [minX, maxX] = [Math.min(...points.map(([x]) => x)), Math.max(...points.map(([x]) => x))];
  const [minY, maxY] = [Math.min(...points.map(([, y]) => y)), Math.max(...points.map(([, y]) => y))];
  const left = roi.x + roi.width / 2 - ((minX + maxX) / 2) * unit;
  const base = roi.y + roi.height / 2 - ((minY + maxY) / 2) * unit;
  const segments = strokes.flatMap((line) => {
    const frame = line.map(([x, y]) => [left + (x - slant * y) * unit, base + y * unit] as const);
    return frame.slice(1).map((end, k) => [frame[k]!, end] as const);
  });
  const radius = (pen * unit) / 2;
  const frameXs = segments.flatMap(([[ax], [bx]]) => [ax, bx]);
  const frameYs = segments.flatMap(([[, ay], [, by]]) => [ay, by]);
  const reach = { left: Math.min(...frameXs) - radius - 1, right: Math.max(...frameXs) + radius + 1, top: Math.min(...frameYs) - radius - 1, bottom: Math.max(...frameYs) + radius + 1 };
  return paint(paper, (x, y) => {
    const [px, py] = [x + 0.5, y + 0.5];
    if (px < reach.left || px > reach.right || py < reach.top || py > reach.bottom) return 0;
    let nearest = Infinity;
    for (const [[ax, ay], [bx, by]] of segments) {
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
      nearest = Math.min(nearest, Math.hypot(px - ax - t * dx, py - ay - t * dy));
    }
    // Anti-aliased: full ink within the pen, fading over one pixel at its edge.
    return Math.min(1, Math.max(0, radius + 0.5 - nearest));
  });
}

// Turns clean polylines (font glyphs, generated shapes) into a hand's strokes in the
// box: placed at some size and position, slanted, turned, and wobbling as a hand does.
import type { Random } from "@livedigits/core/synthetic";
import type { Point, Polyline } from "./stroke-fonts.js";

export interface Placement {
  /** The mark's longer side as a share of the box, drawn uniformly from this range. */
  readonly fill: readonly [number, number];
  /** Shear of x by y (italic), ± this much. */
  readonly slant: number;
  /** Rotation, ± this many radians. */
  readonly turn: number;
  /** How far the mark may reach past the box's edge, as a share of its own size (0 = always whole). */
  readonly overhang: number;
}

/** Where the strokes went, in pixels, and how big the mark came out. */
export interface Placed {
  readonly strokes: Polyline[];
  /** The mark's longer side in pixels. */
  readonly extent: number;
  /** Pixels per unit of the strokes given (for a font: the cap height in pixels). */
  readonly scale: number;
  /** The pen's radius in pixels. */
  readonly radius: number;
}

/**
 * Places strokes (any units) in a size×size box with a hand's wobble; returns pixel
 * polylines. `penRadius` (pixels, from the pixels per unit and the extent) keeps the
 * pen's edge inside the box too, unless the placement lets the mark reach past it.
 */
export function placeByHand(
  strokes: readonly Polyline[],
  random: Random,
  size: number,
  placement: Placement,
  penRadius: (scale: number, extent: number) => number,
): Placed {
  const slant = random.uniform(-placement.slant, placement.slant);
  const turn = random.uniform(-placement.turn, placement.turn);
  const aspect = random.uniform(0.85, 1.15);
  const [cos, sin] = [Math.cos(turn), Math.sin(turn)];
  const shaped = strokes.map((line) =>
    line.map(([x, y]): Point => {
      const sx = (x - slant * y) * aspect;
      return [cos * sx - sin * y, sin * sx + cos * y];
    }),
  );
  const { minX, minY, maxX, maxY } = bounds(shaped);
  const longer = Math.max(maxX - minX, maxY - minY, 1e-6);
  let extent = random.uniform(placement.fill[0], placement.fill[1]) * size;
  let scale = extent / longer;
  const wobble = handWobble(random, extent);
  const resampleStep = Math.max(0.75, extent / 40);
  let lines = shaped.map((line) => resample(line.map(([x, y]): Point => [(x - minX) * scale, (y - minY) * scale]), resampleStep).map(wobble));
  let radius = penRadius(scale, extent);
  let box = bounds(lines);
  if (placement.overhang === 0) {
    // Whole marks stay whole: shrink what the pen's edge would push past the box.
    const room = size - 2 * (radius + 1);
    const shrink = Math.min(1, room / Math.max(box.maxX - box.minX, box.maxY - box.minY, 1e-6));
    if (shrink < 1) {
      lines = lines.map((line) => line.map(([x, y]): Point => [x * shrink, y * shrink]));
      [extent, scale] = [extent * shrink, scale * shrink];
      radius = penRadius(scale, extent);
      box = bounds(lines);
    }
  }
  const margin = radius + 1;
  const left = spot(random, size, box.maxX - box.minX, margin, placement.overhang) - box.minX;
  const top = spot(random, size, box.maxY - box.minY, margin, placement.overhang) - box.minY;
  return { strokes: lines.map((line) => line.map(([x, y]): Point => [x + left, y + top])), extent, scale, radius };
}

/** Where a mark of this length starts along one axis: inside the box, or reaching out past an edge by up to `overhang` of itself. */
function spot(random: Random, size: number, length: number, margin: number, overhang: number): number {
  const reach = overhang * length;
  const low = Math.min(margin - reach, size - length - margin);
  const high = Math.max(size - length - margin + reach, low);
  return random.uniform(low, high);
}

/**
 * A smooth displacement (two slow waves per axis, a few percent of the mark) plus a
 * little tremor per point: the same word never comes out twice the same.
 */
function handWobble(random: Random, extent: number): (point: Point) => Point {
  const waves = Array.from({ length: 4 }, () => ({
    amplitude: random.uniform(0, 0.035) * extent,
    fx: random.uniform(-1, 1) * (2 * Math.PI) / extent * random.uniform(0.5, 2),
    fy: random.uniform(-1, 1) * (2 * Math.PI) / extent * random.uniform(0.5, 2),
    phase: random.uniform(0, 2 * Math.PI),
  }));
  const tremor = random.uniform(0, 0.006) * extent;
  return ([x, y]) => {
    const along = (k: number) => waves[k]!.amplitude * Math.sin(waves[k]!.fx * x + waves[k]!.fy * y + waves[k]!.phase);
    return [x + along(0) + along(1) + tremor * random.normal(), y + along(2) + along(3) + tremor * random.normal()];
  };
}

/** Points no further apart than `step`, so the wobble bends straight lines too. */
export function resample(line: Polyline, step: number): Point[] {
  const out: Point[] = line.length > 0 ? [line[0]!] : [];
  for (let k = 0; k + 1 < line.length; k++) {
    const [ax, ay] = line[k]!;
    const [bx, by] = line[k + 1]!;
    const pieces = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
    for (let s = 1; s <= pieces; s++) out.push([ax + ((bx - ax) * s) / pieces, ay + ((by - ay) * s) / pieces]);
  }
  return out;
}

export function bounds(lines: readonly Polyline[]): { minX: number; minY: number; maxX: number; maxY: number } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of lines) {
    for (const [x, y] of line) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return { minX, minY, maxX, maxY };
}

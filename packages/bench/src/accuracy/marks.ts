// What is drawn on the sheet, as ink coverage on the scene's region grid: an MNIST
// digit placed, turned and tilted; letters and scribbles drawn as strokes; smudges;
// and a hand or a sleeve in front of it all.
import { sampleDigit, type Random } from "@livedigits/core/synthetic";
import { digitInkBox } from "@livedigits/trainer/augment";
import { BOX_IN_REGION, clamp01, REGION_SIZE, smoothNoise } from "./scene.js";

export interface Placement {
  /** The digit's longer side as a share of the box side. */
  readonly size: number;
  /** Shift of the digit's centre from the box centre, in box sides. */
  readonly offset: readonly [number, number];
  /** Degrees, clockwise. */
  readonly rotation: number;
  /** Keystone: the top is (1 − k) and the bottom (1 + k) times as wide, as when the paper leans back. */
  readonly keystone: number;
  /** Stroke width change in region pixels: > 0 a broader pen, < 0 a finer one. */
  readonly pen: number;
}

/** An MNIST digit (28×28, ink 0…1) as ink on the region grid. */
export function digitInk(digit: Float32Array, placement: Placement): Float32Array {
  const { width, height } = REGION_SIZE;
  const bounds = inkBounds(digit);
  const out = new Float32Array(width * height);
  if (!bounds) return out;
  const scale = (placement.size * BOX_IN_REGION.side) / Math.max(bounds.width, bounds.height);
  const cx = BOX_IN_REGION.x + BOX_IN_REGION.side * (0.5 + placement.offset[0]);
  const cy = BOX_IN_REGION.y + BOX_IN_REGION.side * (0.5 + placement.offset[1]);
  const theta = (placement.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
  const halfHeight = (bounds.height * scale) / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Undo the keystone (width grows down the digit), then the rotation, then the scale.
      const v = y + 0.5 - cy;
      const widen = 1 + placement.keystone * clampUnit(v / halfHeight);
      const u = (x + 0.5 - cx) / widen;
      const du = (cos * u + sin * v) / scale;
      const dv = (-sin * u + cos * v) / scale;
      out[y * width + x] = sampleDigit(digit, du + bounds.cx - 0.5, dv + bounds.cy - 0.5);
    }
  }
  return changePen(out, placement.pen);
}

/** Wider or finer strokes: grey-level dilation, or erosion after sharpening the edge. `grid`: the ink's size (default the region's). */
export function changePen(ink: Float32Array, pen: number, grid: Size = REGION_SIZE): Float32Array {
  if (pen === 0) return ink;
  const radius = Math.round(Math.abs(pen));
  if (pen > 0) return rankFilter(ink, radius, true, grid);
  const sharp = ink.map((v) => clamp01((v - 0.5) / 0.3));
  return rankFilter(sharp, radius, false, grid);
}

interface Size {
  readonly width: number;
  readonly height: number;
}

/** Max (dilate) or min (erode) over a (2r+1)² square, as two 1-D passes. */
function rankFilter(ink: Float32Array, radius: number, dilate: boolean, grid: Size): Float32Array {
  return rankPass(rankPass(ink, radius, dilate, 1, grid.width, grid), radius, dilate, grid.width, grid.height, grid);
}

function rankPass(src: Float32Array, radius: number, dilate: boolean, step: number, length: number, { width, height }: Size): Float32Array {
  const out = new Float32Array(src.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const position = step === 1 ? x : y;
      let v = src[i]!;
      for (let k = Math.max(-radius, -position); k <= Math.min(radius, length - 1 - position); k++) {
        const w = src[i + k * step]!;
        v = dilate ? (w > v ? w : v) : w < v ? w : v;
      }
      out[i] = v;
    }
  }
  return out;
}

/** Polylines in box units (0…1 across the box) drawn with a round pen `width` px wide. */
export function strokeInk(polylines: readonly (readonly (readonly [number, number])[])[], width: number): Float32Array {
  const out = new Float32Array(REGION_SIZE.width * REGION_SIZE.height);
  const half = width / 2;
  const toRegion = ([u, v]: readonly [number, number]) => [BOX_IN_REGION.x + u * BOX_IN_REGION.side, BOX_IN_REGION.y + v * BOX_IN_REGION.side] as const;
  for (const line of polylines) {
    for (let k = 0; k + 1 < line.length; k++) {
      const [ax, ay] = toRegion(line[k]!);
      const [bx, by] = toRegion(line[k + 1]!);
      const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - half - 1));
      const x1 = Math.min(REGION_SIZE.width - 1, Math.ceil(Math.max(ax, bx) + half + 1));
      const y0 = Math.max(0, Math.floor(Math.min(ay, by) - half - 1));
      const y1 = Math.min(REGION_SIZE.height - 1, Math.ceil(Math.max(ay, by) + half + 1));
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const d = distanceToSegment(x + 0.5, y + 0.5, ax, ay, bx, by);
          const i = y * REGION_SIZE.width + x;
          out[i] = Math.max(out[i]!, clamp01(half + 0.5 - d));
        }
      }
    }
  }
  return out;
}

/** Soft grey blobs, as from a rubbed-out pencil or a thumb. */
export function smudgeInk(random: Random, count: number): Float32Array {
  const { width, height } = REGION_SIZE;
  const out = new Float32Array(width * height);
  for (let s = 0; s < count; s++) {
    const cx = BOX_IN_REGION.x + BOX_IN_REGION.side * random.uniform(0.15, 0.85);
    const cy = BOX_IN_REGION.y + BOX_IN_REGION.side * random.uniform(0.15, 0.85);
    const rx = BOX_IN_REGION.side * random.uniform(0.05, 0.2);
    const ry = rx * random.uniform(0.4, 1.2);
    const strength = random.uniform(0.15, 0.45);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const d2 = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2;
        const i = y * width + x;
        out[i] = Math.min(1, out[i]! + strength * Math.exp(-d2));
      }
    }
  }
  return out;
}

/**
 * A hand reaching into the box from one side: a palm and three or four fingers,
 * with a soft edge and some shading. Returns opaque coverage (the skin's colour
 * is the caller's).
 */
export function handCoverage(random: Random): Float32Array {
  const { width, height } = REGION_SIZE;
  const out = new Float32Array(width * height);
  const side = BOX_IN_REGION.side;
  const from = random.int(4); // 0 left, 1 right, 2 bottom, 3 top
  const reach = random.uniform(0.3, 0.65); // how far the fingertips come in, in box sides
  const across = random.uniform(0.25, 0.75);
  const fingers = 3 + random.int(2);
  const fingerWidth = side * random.uniform(0.09, 0.13);
  const shapes: { a: [number, number]; b: [number, number]; r: number }[] = [];
  const point = (depth: number, lateral: number): [number, number] => {
    // depth: into the box from the edge (box sides); lateral: along the edge.
    const u = from === 0 ? depth : from === 1 ? 1 - depth : lateral;
    const v = from === 2 ? 1 - depth : from === 3 ? depth : lateral;
    return [BOX_IN_REGION.x + u * side, BOX_IN_REGION.y + v * side];
  };
  shapes.push({ a: point(-0.4, across), b: point(reach - 0.3, across), r: side * 0.22 });
  for (let f = 0; f < fingers; f++) {
    const lateral = across + (f - (fingers - 1) / 2) * (fingerWidth * 2.1) / side;
    const length = random.uniform(0.18, 0.3);
    shapes.push({ a: point(reach - 0.3, lateral), b: point(reach - 0.3 + length, lateral + random.uniform(-0.05, 0.05)), r: fingerWidth });
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let c = 0;
      for (const { a, b, r } of shapes) c = Math.max(c, clamp01(r - distanceToSegment(x, y, a[0], a[1], b[0], b[1]) + 0.5));
      out[y * width + x] = c;
    }
  }
  return out;
}

/**
 * A forearm or a sleeve lying across the box: a broad band (half to nine tenths
 * of the box wide, slightly tapered: a near arm is wider than the box) coming in from one side at up to
 * 35° and running out of the other, or, one time in four, ending inside it in a
 * rounded elbow. Shaded as a cylinder lit from one side; cloth adds folds, a weave,
 * mottling and sometimes stripes; skin a faint unevenness. Returns the opaque
 * coverage and the shading of the caller's colour.
 */
export function armAcross(random: Random, cloth: boolean): { coverage: Float32Array; shade: Float32Array } {
  const { width, height } = REGION_SIZE;
  const side = BOX_IN_REGION.side;
  const from = random.int(4); // 0 left, 1 right, 2 bottom, 3 top
  const inward = [0, Math.PI, -Math.PI / 2, Math.PI / 2][from]! + random.uniform(-35, 35) * (Math.PI / 180);
  const [dx, dy] = [Math.cos(inward), Math.sin(inward)];
  const [nx, ny] = [-dy, dx];
  const shift = random.uniform(-0.3, 0.3) * side;
  const px = BOX_IN_REGION.x + side / 2 + nx * shift;
  const py = BOX_IN_REGION.y + side / 2 + ny * shift;
  const halfWidth = (random.uniform(0.5, 0.9) * side) / 2;
  const taper = random.uniform(-0.15, 0.15);
  const end = random.chance(0.25) ? random.uniform(-0.1, 0.3) * side : Number.POSITIVE_INFINITY;
  const light = random.uniform(-0.6, 0.6);
  const lightUp = Math.sqrt(1 - light * light);
  const fold = cloth ? { depth: random.uniform(0.1, 0.3), period: random.uniform(0.15, 0.4) * side, bend: random.uniform(-0.6, 0.6), phase: random.uniform(0, 2 * Math.PI) } : null;
  const weave = cloth ? { period: random.uniform(2.5, 4), amount: random.uniform(0.02, 0.06) } : null;
  const stripes = cloth && random.chance(0.3) ? { period: random.uniform(0.08, 0.2) * side, duty: random.uniform(0.3, 0.6), dark: random.uniform(0.45, 0.7), phase: random.next() } : null;
  const mottle = smoothNoise(width, height, cloth ? 6 : 14, cloth ? 0.06 : 0.03, random);
  const grain = cloth ? 0.04 : 0.015;
  const coverage = new Float32Array(width * height);
  const shade = new Float32Array(width * height).fill(1);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const along = (x + 0.5 - px) * dx + (y + 0.5 - py) * dy;
      const across = (x + 0.5 - px) * nx + (y + 0.5 - py) * ny;
      const half = halfWidth * (1 + (taper * Math.min(along, end)) / side);
      const inside = along <= end ? half - Math.abs(across) : half - Math.hypot(along - end, across);
      const c = clamp01(inside / 1.5 + 0.5);
      if (c === 0) continue;
      const i = y * width + x;
      coverage[i] = c;
      const t = Math.max(-1, Math.min(1, across / half));
      let lit = 0.5 + 0.5 * Math.max(0, t * light + Math.sqrt(1 - t * t) * lightUp);
      if (fold) lit *= 1 - fold.depth * (0.5 + 0.5 * Math.sin((2 * Math.PI * (along + fold.bend * across)) / fold.period + fold.phase)) ** 3;
      if (weave) lit *= 1 + weave.amount * Math.sin((2 * Math.PI * (x + y)) / weave.period);
      if (stripes && (((along / stripes.period + stripes.phase) % 1) + 1) % 1 < stripes.duty) lit *= stripes.dark;
      lit *= 1 + mottle[i]! + grain * (random.next() - 0.5) * 2;
      shade[i] = lit;
    }
  }
  return { coverage, shade };
}

function inkBounds(digit: Float32Array): { cx: number; cy: number; width: number; height: number } | null {
  const box = digitInkBox(digit);
  if (!box) return null;
  return { cx: (box.minX + box.maxX + 1) / 2, cy: (box.minY + box.maxY + 1) / 2, width: box.maxX - box.minX + 1, height: box.maxY - box.minY + 1 };
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx === 0 && dy === 0 ? 0 : clamp01(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function clampUnit(v: number): number {
  return v < -1 ? -1 : v > 1 ? 1 : v;
}

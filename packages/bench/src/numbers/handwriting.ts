// Numbers written by hand from MNIST digits: the rhythm of a person writing a number
// (gaps from overlapping to wide, a drifting baseline, digits of uneven size, a slant),
// then drawn as ink on a grid with each pair of neighbours checked for touching ink.
// Layout and drawing are apart, so the same number can be placed in any scene.
import type { Roi } from "@livedigits/core";
import { sampleDigit, type Random } from "@livedigits/core/synthetic";
import { digitInkBox } from "@livedigits/trainer/augment";
import { changePen } from "../accuracy/marks.js";

/** One digit of a written number, in number units: the height of an average digit's ink is 1, y down. */
export interface WrittenDigit {
  readonly label: number;
  /** The MNIST image it is written from (28×28, white ink 0…1). */
  readonly image: Float32Array;
  /** Its ink box in the MNIST image, in pixels (centre and size). */
  readonly ink: { readonly cx: number; readonly cy: number; readonly width: number; readonly height: number };
  /** Centre of its ink box in the number, before the number's slant. */
  readonly x: number;
  readonly y: number;
  /** Height of its ink (its width follows the digit's own proportions). */
  readonly height: number;
  /** Its own turn, in degrees clockwise. */
  readonly rotation: number;
}

export interface WrittenNumber {
  readonly text: string;
  readonly digits: readonly WrittenDigit[];
  /** The number's slant: x moves by −slant·y (positive leans right). */
  readonly slant: number;
  /** Horizontal gaps between neighbours' ink boxes, in number units (negative: they overlap). */
  readonly gaps: readonly number[];
}

/** MNIST digits grouped by label, to write any number from. */
export type DigitsByLabel = readonly (readonly Float32Array[])[];

/** A random number of `length` digits (a leading zero is allowed: "007" is a number people write). */
export function randomNumberText(length: number, random: Random): string {
  return Array.from({ length }, () => String(random.int(10))).join("");
}

/** Writes `text` from randomly chosen MNIST digits of each label, in one person's rhythm drawn from `random`. */
export function writeNumber(text: string, digitsByLabel: DigitsByLabel, random: Random): WrittenNumber {
  if (!/^\d+$/.test(text)) throw new RangeError(`A number is written from digits 0–9, got ${JSON.stringify(text)}.`);
  const images = [...text].map((c) => {
    const pool = digitsByLabel[Number(c)];
    if (!pool?.length) throw new RangeError(`No MNIST image of a ${c} to write ${text} with.`);
    return pool[random.int(pool.length)]!;
  });
  return layOutNumber(text, images, random);
}

/**
 * The rhythm: a writer's habit of spacing (crowded, where neighbours overlap or
 * touch, or open) varied per pair; a baseline that drifts up or down with some
 * jitter; digit sizes that vary and grow or shrink along the number; a slight
 * slant and a small turn of each digit.
 */
export function layOutNumber(text: string, images: readonly Float32Array[], random: Random): WrittenNumber {
  const crowded = random.chance(0.45);
  const habit = crowded ? random.uniform(-0.22, 0) : random.uniform(0.03, 0.6);
  const drift = random.uniform(-0.06, 0.06);
  const growth = random.uniform(-0.04, 0.04);
  const slant = random.uniform(-0.1, 0.25);
  const mid = (text.length - 1) / 2;
  const digits: WrittenDigit[] = [];
  const gaps: number[] = [];
  let right = 0;
  for (const [i, c] of [...text].entries()) {
    const image = images[i]!;
    const box = digitInkBox(image);
    const ink = box
      ? { cx: (box.minX + box.maxX + 1) / 2, cy: (box.minY + box.maxY + 1) / 2, width: box.maxX - box.minX + 1, height: box.maxY - box.minY + 1 }
      : { cx: 14, cy: 14, width: 1, height: 1 };
    const height = clamp(Math.exp(0.07 * random.normal()) * (1 + growth * (i - mid)), 0.78, 1.22);
    const width = (ink.width / ink.height) * height;
    const gap = i === 0 ? 0 : habit + random.uniform(-0.07, 0.07);
    if (i > 0) gaps.push(gap);
    const left = i === 0 ? 0 : right + gap;
    const x = left + width / 2;
    const baseline = drift * x + 0.04 * random.normal();
    digits.push({ label: Number(c), image, ink, x, y: baseline - height / 2, height, rotation: clamp(2.5 * random.normal(), -6, 6) });
    right = left + width;
  }
  // Centred on its ink boxes, so placing the number places its middle.
  const [x0, x1] = [Math.min(...digits.map((d) => d.x - boxWidth(d) / 2)), Math.max(...digits.map((d) => d.x + boxWidth(d) / 2))];
  const [y0, y1] = [Math.min(...digits.map((d) => d.y - d.height / 2)), Math.max(...digits.map((d) => d.y + d.height / 2))];
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return { text, digits: digits.map((d) => ({ ...d, x: d.x - cx, y: d.y - cy })), slant, gaps };
}

/** How a written number lies on a grid of pixels. */
export interface NumberPlacement {
  /** The number's centre on the grid. */
  readonly centre: readonly [number, number];
  /** Pixels per number unit (about a digit's ink height). */
  readonly digitHeight: number;
  /** Degrees, clockwise. */
  readonly rotation: number;
  /** Keystone: the top is (1 − k) and the bottom (1 + k) times as wide, as when the paper leans back. */
  readonly keystone: number;
  /** Stroke width change in pixels: > 0 a broader pen, < 0 a finer one. */
  readonly pen: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface NumberInk {
  /** Ink coverage 0…1 on the grid, row-major. */
  readonly coverage: Float32Array;
  /** Each digit's ink box on the grid (empty where it fell outside). */
  readonly digitBoxes: readonly Roi[];
  /** For each pair of neighbours, whether their ink touches or overlaps (coverage ≥ 0.5, 8-connected). */
  readonly touching: readonly boolean[];
}

/** The ink's half-extent around the placement's centre: left, right, up, down, in pixels (pen included). */
export function numberExtent(number: WrittenNumber, placement: Omit<NumberPlacement, "centre">): { left: number; right: number; top: number; bottom: number } {
  const corners = number.digits.flatMap((d) => digitCorners(number, d, placement));
  const pen = Math.max(0, placement.pen) + 1;
  return {
    left: -Math.min(...corners.map(([x]) => x)) + pen,
    right: Math.max(...corners.map(([x]) => x)) + pen,
    top: -Math.min(...corners.map(([, y]) => y)) + pen,
    bottom: Math.max(...corners.map(([, y]) => y)) + pen,
  };
}

/** Draws the number on a grid: each digit on its own, with the pen, then together. */
export function numberInk(number: WrittenNumber, placement: NumberPlacement, grid: Size): NumberInk {
  const coverage = new Float32Array(grid.width * grid.height);
  const layers = number.digits.map((digit) => digitLayer(number, digit, placement, grid));
  for (const layer of layers) {
    for (let y = 0; y < layer.box.height; y++) {
      for (let x = 0; x < layer.box.width; x++) {
        const i = (layer.box.y + y) * grid.width + layer.box.x + x;
        const v = layer.ink[y * layer.box.width + x]!;
        if (v > coverage[i]!) coverage[i] = v;
      }
    }
  }
  const touching = layers.slice(1).map((layer, i) => inkTouches(layers[i]!, layer));
  return { coverage, digitBoxes: layers.map(inkBox), touching };
}

/** A digit's ink on the part of the grid it can reach. */
interface Layer {
  /** Where the layer lies on the grid. */
  readonly box: Roi;
  readonly ink: Float32Array;
}

function digitLayer(number: WrittenNumber, digit: WrittenDigit, placement: NumberPlacement, grid: Size): Layer {
  const corners = digitCorners(number, digit, placement);
  const reach = Math.abs(placement.pen) + 2;
  const x0 = Math.max(0, Math.floor(placement.centre[0] + Math.min(...corners.map(([x]) => x)) - reach));
  const y0 = Math.max(0, Math.floor(placement.centre[1] + Math.min(...corners.map(([, y]) => y)) - reach));
  const x1 = Math.min(grid.width, Math.ceil(placement.centre[0] + Math.max(...corners.map(([x]) => x)) + reach));
  const y1 = Math.min(grid.height, Math.ceil(placement.centre[1] + Math.max(...corners.map(([, y]) => y)) + reach));
  const box = { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
  const ink = new Float32Array(box.width * box.height);
  const toMnist = digit.ink.height / digit.height;
  const turn = (-digit.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(turn), Math.sin(turn)];
  for (let y = 0; y < box.height; y++) {
    for (let x = 0; x < box.width; x++) {
      const [u, v] = gridToNumber(number, placement, box.x + x + 0.5, box.y + y + 0.5);
      const [du, dv] = [u - digit.x, v - digit.y];
      const mx = (cos * du - sin * dv) * toMnist;
      const my = (sin * du + cos * dv) * toMnist;
      ink[y * box.width + x] = sampleDigit(digit.image, mx + digit.ink.cx - 0.5, my + digit.ink.cy - 0.5);
    }
  }
  return { box, ink: box.width && box.height ? changePen(ink, placement.pen, box) : ink };
}

/** Grid pixel → number units: undo the keystone, the rotation, the scale, then the slant. */
function gridToNumber(number: WrittenNumber, placement: NumberPlacement, gx: number, gy: number): [number, number] {
  const halfHeight = placement.digitHeight * 0.6;
  const v = gy - placement.centre[1];
  const u = (gx - placement.centre[0]) / (1 + placement.keystone * clamp(v / halfHeight, -1, 1));
  const theta = (placement.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
  const nx = (cos * u + sin * v) / placement.digitHeight;
  const ny = (-sin * u + cos * v) / placement.digitHeight;
  return [nx + number.slant * ny, ny];
}

/** Number units → grid pixels relative to the placement's centre: the inverse of gridToNumber. */
function numberToGrid(number: WrittenNumber, placement: Omit<NumberPlacement, "centre">, nx: number, ny: number): [number, number] {
  const sx = (nx - number.slant * ny) * placement.digitHeight;
  const sy = ny * placement.digitHeight;
  const theta = (placement.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
  const u = cos * sx - sin * sy;
  const v = sin * sx + cos * sy;
  return [u * (1 + placement.keystone * clamp(v / (placement.digitHeight * 0.6), -1, 1)), v];
}

/** The corners of a digit's turned ink box, on the grid relative to the number's centre. */
function digitCorners(number: WrittenNumber, digit: WrittenDigit, placement: Omit<NumberPlacement, "centre">): [number, number][] {
  const [hw, hh] = [boxWidth(digit) / 2, digit.height / 2];
  const theta = (digit.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
  return [
    [-hw, -hh],
    [hw, -hh],
    [hw, hh],
    [-hw, hh],
  ].map(([a, b]) => numberToGrid(number, placement, digit.x + cos * a! - sin * b!, digit.y + sin * a! + cos * b!));
}

function boxWidth(digit: Pick<WrittenDigit, "ink" | "height">): number {
  return (digit.ink.width / digit.ink.height) * digit.height;
}

const INK = 0.5;

/** Whether two layers' ink (coverage ≥ 0.5) share a pixel or are 8-neighbours. */
function inkTouches(a: Layer, b: Layer): boolean {
  const x0 = Math.max(a.box.x, b.box.x - 1);
  const y0 = Math.max(a.box.y, b.box.y - 1);
  const x1 = Math.min(a.box.x + a.box.width, b.box.x + b.box.width + 1);
  const y1 = Math.min(a.box.y + a.box.height, b.box.y + b.box.height + 1);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (inkAt(a, x, y) < INK) continue;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (inkAt(b, x + dx, y + dy) >= INK) return true;
    }
  }
  return false;
}

function inkAt(layer: Layer, x: number, y: number): number {
  const [lx, ly] = [x - layer.box.x, y - layer.box.y];
  return lx < 0 || ly < 0 || lx >= layer.box.width || ly >= layer.box.height ? 0 : layer.ink[ly * layer.box.width + lx]!;
}

/** The box of a layer's ink (coverage ≥ 0.5) on the grid. */
function inkBox(layer: Layer): Roi {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 0; y < layer.box.height; y++) {
    for (let x = 0; x < layer.box.width; x++) {
      if (layer.ink[y * layer.box.width + x]! < INK) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  return x1 < 0 ? { x: layer.box.x, y: layer.box.y, width: 0, height: 0 } : { x: layer.box.x + x0, y: layer.box.y + y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

function clamp(v: number, min: number, max: number): number {
  return v < min ? min : v > max ? max : v;
}

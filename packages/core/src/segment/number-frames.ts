// Test support: writes a number from MNIST digit fields into a camera-like frame, the
// digits placed one after another with a handwriting rhythm (gaps from touching to
// wide, baseline drift, size changes, slant). Pure TypeScript (no Node), so tests and
// measuring scripts share it.
import type { RgbaImage } from "../preprocess/gray-image.js";
import type { Roi } from "../preprocess/roi.js";
import { sampleDigit } from "../synthetic/sample-digit.js";

/** How a number is written: its digits and the rhythm between them, in units of the digit height. */
export interface WrittenNumber {
  /** Each digit's 28×28 MNIST field (white ink 0…1 on black). */
  readonly fields: readonly Float32Array[];
  /** Gap between a digit's ink and the next one's (one fewer than fields); negative: their ink boxes overlap. Default 0.25. */
  readonly gaps?: readonly number[];
  /** Each digit's height relative to the nominal one. Default 1. */
  readonly sizes?: readonly number[];
  /** Each digit's vertical shift, down, as a share of the nominal height. Default 0. */
  readonly shifts?: readonly number[];
  /** Lean to the right: horizontal shift per unit of height upwards (0.2 ≈ 11°). Default 0. */
  readonly slant?: number;
}

export interface NumberFrameOptions {
  readonly width?: number;
  readonly height?: number;
  /** The box the number is written in (its centre), frame pixels. */
  readonly roi: Roi;
  /** Nominal digit height (an MNIST digit's 20-pixel ink box) as a share of the box's height. Default 0.55. */
  readonly digitHeight?: number;
  /** The number is shrunk to fit this share of the box's width. Default 0.9. */
  readonly maxWidth?: number;
  /** Shift of the number's centre from the box's centre, as shares of the box's sides. */
  readonly offset?: readonly [number, number];
  /** Paper and ink brightness, 0…255 (light ink on dark paper when ink > paper). */
  readonly paper?: number;
  readonly ink?: number;
  /** Ruled lines (horizontal) or squares, this many pixels apart, drawn a little darker than the paper. */
  readonly rule?: { readonly kind: "lined" | "squared"; readonly spacing: number; readonly phase?: number };
  readonly gradient?: number;
  readonly noise?: number;
  readonly seed?: number;
}

/** Where each digit landed in the frame: its ink box, frame pixels. */
export interface NumberFrame {
  readonly frame: RgbaImage;
  readonly digitBoxes: readonly Roi[];
}

/** MNIST's digits fill a 20-pixel box in their 28-pixel field. */
const MNIST_INK = 20;

interface Placed {
  readonly field: Float32Array;
  /** Frame pixels per field pixel. */
  readonly scale: number;
  /** Where the field's origin lands, before the slant. */
  readonly x: number;
  readonly y: number;
  readonly inkBox: { minX: number; minY: number; maxX: number; maxY: number };
}

export function drawNumberFrame(number: WrittenNumber, options: NumberFrameOptions): NumberFrame {
  const { width = 640, height = 480, roi, digitHeight = 0.55, maxWidth = 0.9, offset = [0, 0], paper = 230, ink = 30, gradient = 0, noise = 0 } = options;
  const { fields, gaps = [], sizes = [], shifts = [], slant = 0 } = number;
  // Lay the digits out at a nominal height of 1, then scale to the box.
  let cursor = 0;
  const layout = fields.map((field, i) => {
    const box = fieldInkBox(field);
    const scale = (sizes[i] ?? 1) / MNIST_INK;
    const left = i === 0 ? 0 : cursor + (gaps[i - 1] ?? 0.25);
    const x = left - box.minX * scale;
    cursor = x + (box.maxX + 1) * scale;
    const y = (shifts[i] ?? 0) - 14 * scale;
    return { field, scale, x, y, box };
  });
  const numberWidth = cursor - Math.min(...layout.map((p) => p.x + p.box.minX * p.scale));
  const nominal = Math.min(digitHeight * roi.height, (maxWidth * roi.width) / Math.max(numberWidth + Math.abs(slant), 1e-6));
  const centreX = roi.x + roi.width / 2 + offset[0] * roi.width;
  const centreY = roi.y + roi.height / 2 + offset[1] * roi.height;
  const placed: Placed[] = layout.map(({ field, scale, x, y, box }) => {
    const s = scale * nominal;
    const px = centreX + (x - numberWidth / 2) * nominal;
    const py = centreY + y * nominal;
    return {
      field,
      scale: s,
      x: px,
      y: py,
      inkBox: { minX: px + box.minX * s, minY: py + box.minY * s, maxX: px + (box.maxX + 1) * s, maxY: py + (box.maxY + 1) * s },
    };
  });

  const data = new Uint8ClampedArray(width * height * 4);
  let seed = options.seed ?? 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
  const reach = placed.map((p) => ({ x0: p.inkBox.minX - 2 - Math.abs(slant) * nominal, x1: p.inkBox.maxX + 2 + Math.abs(slant) * nominal }));
  for (let y = 0; y < height; y++) {
    // Slant: the higher a row, the further right its ink.
    const lean = slant * (centreY - y);
    for (let x = 0; x < width; x++) {
      let amount = 0;
      for (let k = 0; k < placed.length; k++) {
        const r = reach[k]!;
        if (x < r.x0 || x > r.x1) continue;
        const p = placed[k]!;
        const u = (x - lean - p.x) / p.scale - 0.5;
        const v = (y - p.y) / p.scale - 0.5;
        amount = Math.max(amount, sampleDigit(p.field, u, v));
      }
      let base = paper;
      if (options.rule && onRule(x, y, options.rule)) base = paper + (ink - paper) * 0.35;
      const light = 1 + gradient * (x / width - 0.5);
      const value = (base + (ink - base) * amount) * light + noise * random() * 2;
      const i = (y * width + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = value;
      data[i + 3] = 255;
    }
  }
  const digitBoxes = placed.map(({ inkBox }) => {
    const shift = slant * (centreY - (inkBox.minY + inkBox.maxY) / 2);
    return { x: inkBox.minX + shift, y: inkBox.minY, width: inkBox.maxX - inkBox.minX, height: inkBox.maxY - inkBox.minY };
  });
  return { frame: { width, height, data }, digitBoxes };
}

function onRule(x: number, y: number, rule: NonNullable<NumberFrameOptions["rule"]>): boolean {
  const phase = rule.phase ?? 0;
  const horizontal = (y + phase) % rule.spacing < 1.5;
  return rule.kind === "lined" ? horizontal : horizontal || (x + phase) % rule.spacing < 1.5;
}

/** The field's ink box (pixels at or above 0.1). */
export function fieldInkBox(field: Float32Array): { minX: number; minY: number; maxX: number; maxY: number } {
  let minX = 28, minY = 28, maxX = -1, maxY = -1;
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      if (field[y * 28 + x]! < 0.1) continue;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return maxX < 0 ? { minX: 0, minY: 0, maxX: 27, maxY: 27 } : { minX, minY, maxX, maxY };
}

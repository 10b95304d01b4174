// Numbers for the speed figures: MNIST test digits written side by side, a little apart,
// as ink on paper or chalk on a slate (the looks of bench-frames.ts), inside the wide box
// the apps read numbers in. Deliberately plain: reports/accuracy.md judges hard numbers;
// here the reader must do a number's whole work on frames it reads right.
import { centredSquareRoi, type Roi } from "@livedigits/core";
import { sampleDigit } from "@livedigits/core/synthetic";
import type { MnistSample } from "@livedigits/core/testing";

/** As wide as ui's default box where numbers are read (defaultRoi with maxDigits > 1): as tall as the square, twice as wide. */
export const NUMBER_BOX_ASPECT = 2;

/** The centred box a number is read in: the app's default square's height, NUMBER_BOX_ASPECT times as wide. */
export function numberBox(frameWidth: number, frameHeight: number): Roi {
  const square = centredSquareRoi(frameWidth, frameHeight);
  const width = Math.min(frameWidth, square.height * NUMBER_BOX_ASPECT);
  return { x: Math.round((frameWidth - width) / 2), y: square.y, width, height: square.height };
}

export interface NumberLook {
  readonly paper: number;
  readonly ink: number;
  /** Height of a digit's ink as a share of the box's height. */
  readonly digitHeight: number;
  /** Shift of the number's centre from the box's centre, as shares of the box's sides. */
  readonly offset: readonly [number, number];
}

export interface NumberDrawing extends NumberLook {
  readonly width: number;
  readonly height: number;
  readonly box: Roi;
  /** Left-to-right brightness ramp of the lighting. */
  readonly gradient: number;
  readonly noise: number;
  readonly seed: number;
}

/** MNIST's digits fill a 20-pixel box within their 28×28 field. */
const MNIST_INK_HEIGHT = 20;
/** Space between neighbouring digits' ink, as a share of a digit's height: clearly apart, as most people write. */
const GAP = 0.3;
/** The number never takes more than this share of the box's width. */
const MAX_WIDTH = 0.9;

/** RGBA pixels of the frame, each digit's ink no nearer its neighbour's than GAP. */
export function drawNumberFrame(fields: readonly Float32Array[], look: NumberDrawing): Uint8ClampedArray {
  const { width, height, box, paper, ink, gradient, noise } = look;
  const columns = fields.map(inkColumns);
  const gaps = GAP * MNIST_INK_HEIGHT * (fields.length - 1);
  const inkWidth = columns.reduce((sum, c) => sum + c.last - c.first + 1, 0) + gaps;
  // Frame pixels per field pixel: the digit height asked for, unless the number would not fit the box's width.
  const scale = Math.min((look.digitHeight * box.height) / MNIST_INK_HEIGHT, (MAX_WIDTH * box.width) / inkWidth);
  const centreX = box.x + box.width / 2 + look.offset[0] * box.width;
  const top = box.y + box.height / 2 + look.offset[1] * box.height - 14 * scale;
  let cursor = centreX - (inkWidth * scale) / 2;
  const placed = fields.map((field, i) => {
    const { first, last } = columns[i]!;
    const left = cursor - first * scale; // where the field's column 0 lands
    cursor += (last - first + 1 + GAP * MNIST_INK_HEIGHT) * scale;
    return { field, left, from: left + (first - 1) * scale, to: left + (last + 2) * scale };
  });

  const data = new Uint8ClampedArray(width * height * 4);
  let seed = look.seed;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
  for (let y = 0; y < height; y++) {
    const v = (y - top) / scale - 0.5;
    for (let x = 0; x < width; x++) {
      let amount = 0;
      for (const digit of placed) {
        if (x >= digit.from && x <= digit.to) amount = Math.max(amount, sampleDigit(digit.field, (x - digit.left) / scale - 0.5, v));
      }
      const light = 1 + gradient * (x / width - 0.5);
      const value = (paper + (ink - paper) * amount) * light + noise * random() * 2;
      const i = (y * width + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = value;
      data[i + 3] = 255;
    }
  }
  return data;
}

/**
 * The MNIST test digits that write `text`: for each character, the next test digit of that
 * class not in `used` (shared between numbers, so each number has its own hand).
 */
export function digitsFor(text: string, pool: readonly MnistSample[], used = new Set<MnistSample>()): Float32Array[] {
  return [...text].map((char) => {
    const sample = pool.find((s) => String(s.label) === char && !used.has(s));
    if (!sample) throw new Error(`No unused MNIST test digit ${char} among the first ${pool.length} for "${text}".`);
    used.add(sample);
    return sample.image;
  });
}

/** The first and last columns of the field holding ink. */
function inkColumns(field: Float32Array): { first: number; last: number } {
  let first = 28;
  let last = -1;
  for (let x = 0; x < 28; x++) {
    for (let y = 0; y < 28; y++) {
      if (field[y * 28 + x]! >= 0.1) {
        first = Math.min(first, x);
        last = Math.max(last, x);
        break;
      }
    }
  }
  return last < 0 ? { first: 0, last: 27 } : { first, last };
}

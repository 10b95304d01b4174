// The number model's view of a number: its ink, only the pieces that make the number,
// scaled so it stands as tall as an MNIST digit's ink in a strip as tall as MNIST's
// field, centred. The model reads the strip column by column, so touching digits need
// no cut.
import { union, type Box } from "../preprocess/locate.js";
import { createGrayImage } from "../preprocess/gray-image.js";
import { resize } from "../preprocess/resize.js";
import type { NumberInk } from "./number-ink.js";
import { straighten, writingAngle } from "./straighten.js";

export const STRIP_HEIGHT = 28;
export const STRIP_WIDTH = 128;
/** The number's ink is this tall in the strip, as an MNIST digit's ink is in its field. */
const INK_HEIGHT = 20;
/** Columns kept clear at each end, so the first and last digit have context. */
const END_MARGIN = 4;
/**
 * The number model learns numbers of up to this many digits (the trainer writes them so); a longer
 * number is squeezed into the strip smaller than any it saw, and is read by the cuts alone.
 */
export const NUMBER_MODEL_MAX_DIGITS = 6;

export interface NumberStrip {
  /** STRIP_HEIGHT × STRIP_WIDTH, row-major, ink 1 on 0. */
  readonly pixels: Float32Array;
  /** The number's ink box in the working image the strip was cut from. */
  readonly inkBox: Box;
  /** Strip columns per working pixel across the ink box (a straightened number's columns spread over the box's width). */
  readonly scale: number;
  /** Where the ink box's top-left corner lands in the strip. */
  readonly left: number;
  readonly top: number;
}

/** The strip of a number's ink (see NumberInk): its pieces alone, straightened, scaled to INK_HEIGHT (or to fit the width), centred. */
export function numberStrip({ ink, pieces }: NumberInk): NumberStrip {
  const pixels = new Float32Array(STRIP_HEIGHT * STRIP_WIDTH);
  if (pieces.length === 0) return { pixels, inkBox: { minX: ink.width, minY: ink.height, maxX: -1, maxY: -1 }, scale: 1, left: 0, top: 0 };
  const inkBox = pieces.reduce<Box>((box, c) => union(box, c), pieces[0]!);
  const boxWidth = inkBox.maxX - inkBox.minX + 1;
  const boxHeight = inkBox.maxY - inkBox.minY + 1;
  // Only the number's own pieces: a speck or line left out beside it is not shown to the model.
  const crop = createGrayImage(boxWidth, boxHeight);
  let brightest = 0;
  for (const c of pieces) {
    for (const p of c.pixels) {
      const x = (p % ink.width) - inkBox.minX;
      const y = Math.floor(p / ink.width) - inkBox.minY;
      const v = Math.min(1, ink.data[p]!);
      crop.data[y * boxWidth + x] = v;
      brightest = Math.max(brightest, v);
    }
  }
  // A faint pen is as legible as a dark one: the strongest ink becomes 1.
  if (brightest > 0) for (let i = 0; i < crop.data.length; i++) crop.data[i] = crop.data[i]! / brightest;
  const level = straighten(crop, writingAngle(pieces));
  const scale = Math.min(INK_HEIGHT / level.height, (STRIP_WIDTH - 2 * END_MARGIN) / level.width);
  const width = Math.max(1, Math.min(STRIP_WIDTH, Math.round(level.width * scale)));
  const height = Math.max(1, Math.min(STRIP_HEIGHT, Math.round(level.height * scale)));
  const scaled = resize(level, width, height);
  const left = Math.floor((STRIP_WIDTH - width) / 2);
  const top = Math.floor((STRIP_HEIGHT - height) / 2);
  for (let y = 0; y < height; y++) pixels.set(scaled.data.subarray(y * width, (y + 1) * width), (top + y) * STRIP_WIDTH + left);
  return { pixels, inkBox, scale: width / boxWidth, left, top };
}

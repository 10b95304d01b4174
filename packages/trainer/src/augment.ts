import { createGrayImage, maxFilter, preprocess, type GrayImage } from "@livedigits/core/preprocess";
import { sampleDigit, type Random } from "@livedigits/core/synthetic";
import { drawNonDigitInk } from "./marks/index.js";

/** The augmentations, named as the training report lists them. */
export const AUGMENTATIONS = [
  "inversion (light ink on dark, p=0.5, on raw and camera samples)",
  "digit size 30–85% of the box, anywhere inside it",
  "rotation ±15°, shear ±0.25, aspect 0.85–1.15",
  "stroke thickness: thicker (p=0.25) or thinner (p=0.2)",
  "blur (p=0.4)",
  "paper or slate brightness, ink contrast 25–90%",
  "uneven lighting (gradient ±30%) and a soft shadow (p=0.2)",
  "sensor noise σ ≤ 0.04 and paper texture (p=0.3)",
  "then core's own preprocess(): polarity, background removal, ink box → 20×20, centre of mass → 28×28",
] as const;

/** The share of the non-digit samples that are digit pairs (digit-pairs.ts); the rest are marks. */
export const DIGIT_PAIR_SHARE = 0.3;

export function nonDigitAugmentation(share: number, fromEpoch = 1): string {
  return `non-digits: letters (capitals and lowercase, none shaped like a digit), words and symbols in the training stroke fonts, doodles, hands and sleeves, and (${Math.round(DIGIT_PAIR_SHARE * 100)}% of them) two MNIST training digits run together or a digit with part of its neighbour; ${Math.round(share * 100)}% more samples${fromEpoch > 1 ? ` in each epoch from epoch ${fromEpoch} on` : ""}, photographed and preprocessed like the camera digits, target the 11th class "not a digit" (outlier exposure)`;
}

/** Side of the box a camera sample is rendered in, before core's preprocessing. */
export const BOX_SIZE = 64;
const SIZE = BOX_SIZE;

/**
 * Draws an MNIST digit (white ink on black, 28×28) as a camera would see it
 * inside the box: ink on paper (or chalk on a slate) of some size, position,
 * slant, pen, focus, lighting and noise.
 */
export function renderAsCameraSees(digit: Float32Array, random: Random): GrayImage {
  let ink = placeDigit(digit, random);
  if (random.chance(0.25)) ink = maxFilter(ink, 1);
  else if (random.chance(0.2)) for (let i = 0; i < ink.data.length; i++) ink.data[i] = clamp01((ink.data[i]! - 0.3) / 0.6);
  return photographInk(ink, random);
}

/**
 * Ink coverage (0…1; BOX_SIZE² for a digit, wider for a number) photographed: maybe out of focus, on
 * light paper or a dark slate, under uneven light, with sensor noise. `contrast`
 * (0…1) fixes how far the ink stands from the paper; by default it varies as pens do.
 */
export function photographInk(ink: GrayImage, random: Random, contrast?: number): GrayImage {
  const { width, height } = ink;
  if (random.chance(0.4)) blur3x3(ink);

  const lightOnDark = random.chance(0.5);
  const background = lightOnDark ? random.uniform(0.03, 0.35) : random.uniform(0.5, 0.97);
  const strength = contrast ?? random.uniform(0.25, 0.9);
  const inkLevel = lightOnDark ? background + strength * (1 - background) : background * (1 - strength);
  const angle = random.uniform(0, 2 * Math.PI);
  const gradient = random.uniform(-0.3, 0.3);
  const shadow = random.chance(0.2) ? { angle: random.uniform(0, 2 * Math.PI), offset: random.uniform(-0.3, 0.3), depth: random.uniform(0.5, 0.8) } : null;
  const noise = random.uniform(0, 0.04);
  const texture = random.chance(0.3) ? coarseNoise(random, 0.05, width, height) : null;

  const out = createGrayImage(width, height);
  const [gx, gy] = [Math.cos(angle), Math.sin(angle)];
  const [sx, sy] = shadow ? [Math.cos(shadow.angle), Math.sin(shadow.angle)] : [0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = x / width - 0.5;
      const v = y / height - 0.5;
      let light = 1 + 2 * gradient * (u * gx + v * gy);
      if (shadow) light *= 1 - (1 - shadow.depth) * clamp01(0.5 + (u * sx + v * sy - shadow.offset) * 10);
      const i = y * width + x;
      const paper = background + (texture ? texture[i]! : 0);
      const value = paper + (inkLevel - paper) * ink.data[i]!;
      // Sum of three uniforms: near-Gaussian noise at a fraction of the cost of Box–Muller.
      const grain = (random.next() + random.next() + random.next() - 1.5) * 2;
      out.data[i] = clamp01(value * light + noise * grain);
    }
  }
  return out;
}

/** A camera-like training sample: rendered, then normalised by core exactly as at read time; null if core rejects it. */
export function cameraSample(digit: Float32Array, random: Random): Float32Array | null {
  const result = preprocess(renderAsCameraSees(digit, random));
  return result.state === "digit" ? result.modelInput : null;
}

/** Stands for a non-digit mark where an MNIST train index is expected. */
export const NON_DIGIT = -1;

/**
 * A non-digit mark (letter, word, symbol, doodle, hand, arm or sleeve) photographed in the box and
 * normalised by core like a digit; null if core rejects it (then the reader would never ask the model).
 */
export function nonDigitCameraSample(random: Random): Float32Array | null {
  const mark = drawNonDigitInk(random, BOX_SIZE);
  const ink = createGrayImage(BOX_SIZE, BOX_SIZE);
  ink.data.set(mark.ink);
  // A pen's ink varies in contrast as the digits' does; skin or cloth stands from the paper as dark as it is.
  const result = preprocess(photographInk(ink, random, mark.darkness < 1 ? mark.darkness : undefined));
  return result.state === "digit" ? result.modelInput : null;
}

/** The box around a 28×28 digit's ink (pixels above 0.2), inclusive; null when there is no ink. */
export function digitInkBox(digit: Float32Array): { minX: number; minY: number; maxX: number; maxY: number } | null {
  let minX = 28, minY = 28, maxX = -1, maxY = -1;
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      if (digit[y * 28 + x]! > 0.2) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  return maxX < 0 ? null : { minX, minY, maxX, maxY };
}

function placeDigit(digit: Float32Array, random: Random): GrayImage {
  const ink = createGrayImage(SIZE, SIZE);
  const box = digitInkBox(digit);
  if (!box) return ink;
  const { minX, minY, maxX, maxY } = box;
  const scale = (random.uniform(0.3, 0.85) * SIZE) / Math.max(maxX - minX + 1, maxY - minY + 1);
  const scaleX = scale * random.uniform(0.85, 1.15);
  const theta = (random.uniform(-15, 15) * Math.PI) / 180;
  const shear = random.uniform(-0.25, 0.25);
  // Forward map: rotate(theta) · shear · scale.
  const a = Math.cos(theta) * scaleX;
  const b = Math.cos(theta) * shear * scale - Math.sin(theta) * scale;
  const c = Math.sin(theta) * scaleX;
  const d = Math.sin(theta) * shear * scale + Math.cos(theta) * scale;
  const srcCx = (minX + maxX + 1) / 2;
  const srcCy = (minY + maxY + 1) / 2;
  const halfW = Math.max(...[-1, 1].flatMap((sx) => [-1, 1].map((sy) => Math.abs(a * sx * (maxX - minX + 1) / 2 + b * sy * (maxY - minY + 1) / 2))));
  const halfH = Math.max(...[-1, 1].flatMap((sx) => [-1, 1].map((sy) => Math.abs(c * sx * (maxX - minX + 1) / 2 + d * sy * (maxY - minY + 1) / 2))));
  const margin = 3;
  const dstCx = random.uniform(Math.min(SIZE / 2, halfW + margin), Math.max(SIZE / 2, SIZE - halfW - margin));
  const dstCy = random.uniform(Math.min(SIZE / 2, halfH + margin), Math.max(SIZE / 2, SIZE - halfH - margin));
  const det = a * d - b * c;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const px = x + 0.5 - dstCx;
      const py = y + 0.5 - dstCy;
      const sx = (d * px - b * py) / det + srcCx - 0.5;
      const sy = (-c * px + a * py) / det + srcCy - 0.5;
      ink.data[y * SIZE + x] = sampleDigit(digit, sx, sy);
    }
  }
  return ink;
}

function blur3x3(image: GrayImage): void {
  const { width, height } = image;
  const src = image.data.slice();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let yy = Math.max(0, y - 1); yy <= Math.min(height - 1, y + 1); yy++) {
        for (let xx = Math.max(0, x - 1); xx <= Math.min(width - 1, x + 1); xx++) {
          sum += src[yy * width + xx]!;
          n++;
        }
      }
      image.data[y * width + x] = sum / n;
    }
  }
}

/** Low-frequency paper texture: random values on an 8×8 grid over the image, interpolated. */
function coarseNoise(random: Random, amplitude: number, width: number, height: number): Float32Array {
  const grid = Array.from({ length: 81 }, () => random.uniform(-amplitude, amplitude));
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const gx = (x / width) * 8;
      const gy = (y / height) * 8;
      const x0 = Math.floor(gx);
      const y0 = Math.floor(gy);
      const wx = gx - x0;
      const wy = gy - y0;
      const top = grid[y0 * 9 + x0]! * (1 - wx) + grid[y0 * 9 + x0 + 1]! * wx;
      const bottom = grid[(y0 + 1) * 9 + x0]! * (1 - wx) + grid[(y0 + 1) * 9 + x0 + 1]! * wx;
      out[y * width + x] = top * (1 - wy) + bottom * wy;
    }
  }
  return out;
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

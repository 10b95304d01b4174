// "Camera numbers": handwritten numbers of 1–6 digits, written from MNIST test digits,
// held in the apps' default box for numbers, through Camera MNIST's conditions, in both
// polarities. Number i is the same frame in any run of the same seed, however many are read.
import type { RgbaImage, Roi } from "@livedigits/core";
import { mnistTestDigits, mnistTrainDigitsAt, type MnistSample } from "@livedigits/core/testing";
import { FULL_SPLIT, splitMnistTrain } from "@livedigits/trainer/split";
import { Random } from "@livedigits/core/synthetic";
import { CONDITIONS, type Condition } from "../accuracy/conditions.js";
import { BOX, FRAME_WIDTH, renderFrame, sceneLayout } from "../accuracy/scene.js";
import { numberExtent, numberInk, randomNumberText, writeNumber, type DigitsByLabel, type WrittenNumber } from "./handwriting.js";

export const MAX_NUMBER_LENGTH = 6;
/**
 * The apps' default box for numbers (packages/ui's defaultRoi with maxDigits > 1): as
 * tall as the digit box, the centred square 40% of the frame's height, and twice as wide.
 */
export const NUMBER_BOX: Roi = { x: Math.round((FRAME_WIDTH - 2 * BOX.height) / 2), y: BOX.y, width: 2 * BOX.height, height: BOX.height };
/** The least paper left between the number and the box's edge, as a share of the box's height. */
const FIT_MARGIN = 0.06;

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
  /** The box the number is held in, as a reader is asked to read it. */
  readonly box: Roi;
}

/** MNIST's test digits, by label (never a training digit). */
export function mnistTestByLabel(): DigitsByLabel {
  return byLabel(mnistTestDigits(10_000));
}

/**
 * The MNIST training digits `pnpm train` holds out of training, by label: for the development
 * set, never the bench. Digits the model learnt from would read better than any writer's.
 */
export function mnistHeldOutByLabel(): DigitsByLabel {
  return byLabel(mnistTrainDigitsAt(splitMnistTrain(60_000, FULL_SPLIT).validationIndices));
}

function byLabel(samples: readonly MnistSample[]): DigitsByLabel {
  const digits: Float32Array[][] = Array.from({ length: 10 }, () => []);
  for (const { image, label } of samples) digits[label]!.push(image);
  return digits;
}

/** The development set's seed (dev-numbers.ts): any but the bench's (fullNumbers.seed), which the development set never uses. */
export const DEV_SEED = 7;

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

/**
 * A written number in a condition, in the number box: its digits as tall as the
 * condition's digit size (a share of the box's height), unless the number is too
 * long or too turned for the box — then smaller, as a person holds a long number
 * farther from the camera to fit it in. Shifted as the condition says, within the box.
 */
export function renderNumber(written: WrittenNumber, condition: Condition, lightOnDark: boolean, random: Random): Omit<CameraNumber, "index"> {
  const look = condition.look(random);
  const { size, offset, rotation, keystone, pen } = look.placement;
  const box = NUMBER_BOX;
  const margin = FIT_MARGIN * box.height;
  let digitHeight = size * box.height;
  let extent = numberExtent(written, { digitHeight, rotation, keystone, pen });
  for (let tries = 0; tries < 8; tries++) {
    const fit = Math.min((box.width - 2 * margin) / (extent.left + extent.right), (box.height - 2 * margin) / (extent.top + extent.bottom));
    if (fit >= 1) break;
    digitHeight *= fit * 0.99;
    extent = numberExtent(written, { digitHeight, rotation, keystone, pen });
  }
  const shiftX = clamp(offset[0] * box.height, -(box.width / 2 - margin - extent.left), box.width / 2 - margin - extent.right);
  const shiftY = clamp(offset[1] * box.height, -(box.height / 2 - margin - extent.top), box.height / 2 - margin - extent.bottom);
  const layout = sceneLayout(box);
  const centre = [box.x + box.width / 2 + shiftX - layout.region.x, box.y + box.height / 2 + shiftY - layout.region.y] as const;
  const ink = numberInk(written, { centre, digitHeight, rotation, keystone, pen }, layout.region);
  const frame = renderFrame({ ...look.sheet, lightOnDark }, [{ coverage: ink.coverage, ink: look.ink }], look.lighting, look.camera, random, null, layout);
  return { text: written.text, condition: condition.name, lightOnDark, touchingPairs: ink.touching, touching: ink.touching.some(Boolean), frame, box };
}

/** Within [min, max]; the middle of them where the range is empty (a number that fills the box). */
function clamp(v: number, min: number, max: number): number {
  return min > max ? (min + max) / 2 : v < min ? min : v > max ? max : v;
}

// The frames the bench page reads: MNIST test digits drawn as a camera would see them
// (ink on paper, uneven light, sensor noise) inside the app's default box, at the two
// camera sizes measured, plus blank paper for the long run; and 4-digit numbers (with one
// digit written the same way) in the wide box the apps read numbers in. Raw RGBA, served in memory.
import { centredSquareRoi } from "@livedigits/core";
import { blankFrame, drawDigitFrame, mnistTestDigits, type MnistSample } from "@livedigits/core/testing";
import { digitsFor, drawNumberFrame, numberBox, type NumberLook } from "./number-frames.js";
import type { FrameSizeName, FrameSpec, NumberFrameSpec } from "./page/protocol.js";

const SIZES: Readonly<Record<FrameSizeName, readonly [number, number]>> = { "640x480": [640, 480], "1280x720": [1280, 720] };

/** Dark ink on light paper and chalk on a slate, large and centred or small and off-centre. */
const LOOKS = [
  { paper: 225, ink: 35, size: 0.8, offset: [0, 0] },
  { paper: 45, ink: 220, size: 0.8, offset: [0, 0] },
  { paper: 215, ink: 50, size: 0.6, offset: [0.06, -0.05] },
  { paper: 55, ink: 210, size: 0.6, offset: [-0.05, 0.06] },
] as const;

const DIGITS_PER_SIZE = 6;
const BLANK_PAPERS = [225, 45];

/** 4-digit numbers between them holding every digit, in the four looks, at 640×480. */
const NUMBERS = ["2026", "4719", "3580", "1642", "9073", "5318"];
/** One digit in the wide box: what a number reader does with a single digit. */
const SINGLE_DIGIT_NUMBER = "7";
const NUMBER_LOOKS: readonly NumberLook[] = [
  { paper: 225, ink: 35, digitHeight: 0.55, offset: [0, 0] },
  { paper: 45, ink: 220, digitHeight: 0.55, offset: [0, 0] },
  { paper: 215, ink: 50, digitHeight: 0.45, offset: [0.05, -0.05] },
  { paper: 55, ink: 210, digitHeight: 0.45, offset: [-0.05, 0.06] },
];

export interface BenchFrames {
  readonly specs: FrameSpec[];
  /** 640×480 frames of a number (or one digit) in the wide box. */
  readonly numbers: NumberFrameSpec[];
  /** URL path → RGBA bytes. */
  readonly files: Map<string, Uint8Array>;
  /** The first digit as the model sees it, for model-only timing. */
  readonly modelInput: number[];
}

export function makeBenchFrames(): BenchFrames {
  const samples = distinctDigits(DIGITS_PER_SIZE);
  const specs: FrameSpec[] = [];
  const files = new Map<string, Uint8Array>();
  const add = (size: FrameSizeName, name: string, label: number | null, data: Uint8Array | Uint8ClampedArray) => {
    const [width, height] = SIZES[size];
    const url = `/frames/${size}-${name}.rgba`;
    files.set(url, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    specs.push({ url, size, width, height, label });
  };
  for (const size of Object.keys(SIZES) as FrameSizeName[]) {
    const [width, height] = SIZES[size];
    const roi = centredSquareRoi(width, height);
    samples.forEach((sample, i) => {
      const look = LOOKS[i % LOOKS.length]!;
      const frame = drawDigitFrame(sample.image, { width, height, roi, ...look, gradient: 0.15, noise: 4, seed: i + 1 });
      add(size, `digit-${sample.label}`, sample.label, frame.data);
    });
  }
  for (const paper of BLANK_PAPERS) {
    const frame = blankFrame({ width: 640, height: 480, roi: centredSquareRoi(640, 480), paper, gradient: 0.15, noise: 4, seed: paper });
    add("640x480", `blank-${paper}`, null, frame.data);
  }
  const numbers = makeNumberFrames(files);
  return { specs, numbers, files, modelInput: Array.from(samples[0]!.image) };
}

function makeNumberFrames(files: Map<string, Uint8Array>): NumberFrameSpec[] {
  const [width, height] = SIZES["640x480"];
  const box = numberBox(width, height);
  const pool = mnistTestDigits(200);
  const used = new Set<MnistSample>();
  return [...NUMBERS, SINGLE_DIGIT_NUMBER].map((text, i) => {
    const look = text === SINGLE_DIGIT_NUMBER ? NUMBER_LOOKS[0]! : NUMBER_LOOKS[i % NUMBER_LOOKS.length]!;
    const data = drawNumberFrame(digitsFor(text, pool, used), { width, height, box, ...look, gradient: 0.15, noise: 4, seed: i + 1 });
    const url = `/frames/number-${width}x${height}-${text}.rgba`;
    files.set(url, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    return { url, width, height, text, box };
  });
}

/** The first MNIST test digit of each of `count` different classes. */
function distinctDigits(count: number): MnistSample[] {
  const chosen: MnistSample[] = [];
  for (const sample of mnistTestDigits(100)) {
    if (chosen.length < count && !chosen.some((c) => c.label === sample.label)) chosen.push(sample);
  }
  return chosen;
}

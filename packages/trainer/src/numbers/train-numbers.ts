// `pnpm train --model numbers`: the number model, trained with CTC on numbers written from
// MNIST training digits (fresh ones every epoch, written by a worker while the model
// trains), checked on numbers written from the digits training holds out and scored on
// numbers written from MNIST test.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { decodeSteps, STRIP_HEIGHT, STRIP_WIDTH, stepProbabilities, type StripReading } from "@livedigits/core/numbers";
import { Random } from "@livedigits/core/synthetic";
import * as tf from "@tensorflow/tfjs-core";
import type { LayersModel } from "@tensorflow/tfjs-layers";
import { describeBackendChoice, selectTrainingBackend, type TrainingBackend } from "../backend.js";
import { exportModel } from "../export.js";
import { loadMnist, type DigitSet } from "../mnist.js";
import { formatSeconds, ProgressBar } from "../progress.js";
import { FULL_SPLIT, splitMnistTrain } from "../split.js";
import { ask, startWorker } from "../worker.js";
import { MAX_TRAINING_DIGITS, NON_DIGIT_STRIPS, NUMBER_AUGMENTATIONS } from "./compose.js";
import { ctcLoss } from "./ctc.js";
import { buildNumberModel, NUMBER_CLASSES, STEP_WIDTH } from "./number-model.js";
import type { StripRequest, StripResponse } from "./strip-worker.js";

const STRIP = STRIP_HEIGHT * STRIP_WIDTH;
const STEPS = STRIP_WIDTH / STEP_WIDTH;

export interface NumberTrainOptions {
  readonly outDir: string;
  readonly epochs: number;
  /** Numbers written afresh for each epoch. */
  readonly numbersPerEpoch: number;
  /**
   * Strips of non-digit ink (letters, words, hands…) added to each epoch, as a share of its numbers:
   * the number model learns to read no digits in them. Off by default: at 0.1 it read fewer of its
   * test numbers right, and the reader showed more wrong numbers with it (README, "The model").
   */
  readonly nonDigitShare: number;
  readonly batchSize: number;
  /** Adam's rate decays exponentially from the first to the second value over the run. */
  readonly learningRate: readonly [number, number];
  /** Numbers written from the held-out training digits (the check) and from MNIST test (the score). */
  readonly validationNumbers: number;
  readonly testNumbers: number;
  readonly seed: number;
  readonly backend?: TrainingBackend;
  readonly mnistDir?: string;
  readonly log: (line: string) => void;
}

export const fullNumberTraining: Omit<NumberTrainOptions, "outDir" | "log"> = {
  epochs: 8,
  numbersPerEpoch: 40_000,
  nonDigitShare: 0,
  batchSize: 32,
  learningRate: [2e-3, 1e-4],
  validationNumbers: 2_000,
  testNumbers: 3_000,
  seed: 2026,
};

export const quickNumberTraining = { epochs: 1, numbersPerEpoch: 512, validationNumbers: 64, testNumbers: 64 } as const;

export interface NumberScore {
  readonly numbers: number;
  /** Whole numbers read right, over the numbers core found ink in. */
  readonly accuracy: number;
  readonly byLength: readonly { readonly length: number; readonly numbers: number; readonly accuracy: number }[];
}

export interface NumberTrainReport {
  readonly createdAt: string;
  readonly backend: string;
  readonly parameters: number;
  readonly weightBytes: number;
  readonly options: Omit<NumberTrainOptions, "outDir" | "log" | "backend" | "mnistDir">;
  readonly augmentations: readonly string[];
  readonly epochs: readonly EpochRecord[];
  readonly temperature: number;
  readonly validation: NumberScore;
  readonly test: NumberScore;
  /** Held-out non-digit strips read as no digits at all (none where nonDigitShare is 0). */
  readonly nonDigits: { readonly strips: number; readonly readAsNothing: number } | null;
  readonly durationSeconds: number;
}

export interface EpochRecord {
  readonly epoch: number;
  /** Mean CTC loss over the epoch, and over its first and last 20 batches (a quarter of a short one). */
  readonly loss: number;
  readonly firstBatchesLoss: number;
  readonly lastBatchesLoss: number;
  /** Held-out numbers read right after the epoch. */
  readonly validation: number;
  readonly seconds: number;
}

interface Strips {
  readonly strips: Float32Array;
  readonly labels: readonly (readonly number[])[];
}

export async function trainNumberModel(options: NumberTrainOptions): Promise<NumberTrainReport> {
  const started = performance.now();
  const { log } = options;
  const choice = await selectTrainingBackend(options.backend);
  log(describeBackendChoice(choice));
  const mnist = await loadMnist(options.mnistDir);
  const { trainIndices, validationIndices } = splitMnistTrain(mnist.train.count, FULL_SPLIT);
  const writer = new StripWriter(mnist.train.images);
  const testWriter = new StripWriter(mnist.test.images);
  const model = buildNumberModel();
  log(`number model: ${model.countParams()} parameters, ${STEPS} steps of ${NUMBER_CLASSES} classes (the digits and CTC's blank)`);
  const optimizer = tf.train.adam(options.learningRate[0]);
  const random = new Random(options.seed);
  const epochs: EpochRecord[] = [];
  try {
    const validation = await writer.write(numbersOf(mnist.train, validationIndices, options.validationNumbers, new Random(options.seed + 1)), options.seed + 2);
    const epochNumbers = () => withNonDigits(numbersOf(mnist.train, trainIndices, options.numbersPerEpoch, random), Math.round(options.nonDigitShare * options.numbersPerEpoch));
    let next = writer.write(epochNumbers(), options.seed + 100);
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      const epochStarted = performance.now();
      const batch = await next;
      if (epoch < options.epochs) {
        next = writer.write(epochNumbers(), options.seed + 100 + epoch);
        // The request reaches the worker only when this thread yields; training below does not until the epoch ends.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const progress = (epoch - 1) / Math.max(1, options.epochs - 1);
      // Adam reads its rate on every step; tfjs only types the field as protected.
      (optimizer as unknown as { learningRate: number }).learningRate = options.learningRate[0] * Math.pow(options.learningRate[1] / options.learningRate[0], progress);
      const losses = trainEpoch(model, optimizer, batch, options.batchSize, random, `epoch ${epoch}/${options.epochs}`);
      const loss = mean(losses);
      const score = scoreNumbers(predictLogits(model, validation.strips), validation.labels, 1);
      const seconds = (performance.now() - epochStarted) / 1000;
      const ends = Math.max(1, Math.min(20, Math.floor(losses.length / 4)));
      epochs.push({ epoch, loss, firstBatchesLoss: mean(losses.slice(0, ends)), lastBatchesLoss: mean(losses.slice(-ends)), validation: score.accuracy, seconds });
      log(`epoch ${epoch}: loss ${loss.toFixed(4)}, held-out numbers read right ${(score.accuracy * 100).toFixed(2)}% (${formatSeconds(seconds)})`);
    }
    const validationLogits = predictLogits(model, validation.strips);
    const temperature = fitStepTemperature(validationLogits, validation.labels);
    const validationScore = scoreNumbers(validationLogits, validation.labels, temperature);
    const test = await testWriter.write(numbersOf(mnist.test, range(mnist.test.count), options.testNumbers, new Random(options.seed + 3)), options.seed + 4);
    const testScore = scoreNumbers(predictLogits(model, test.strips), test.labels, temperature);
    log(`temperature ${temperature}; numbers from MNIST test read right: ${(testScore.accuracy * 100).toFixed(2)}% of ${testScore.numbers}`);
    const nonDigits = options.nonDigitShare > 0 ? await scoreNonDigits(model, writer, Math.round(options.nonDigitShare * options.validationNumbers), temperature, options.seed + 5) : null;
    if (nonDigits) log(`held-out non-digit strips read as no digits: ${(nonDigits.readAsNothing * 100).toFixed(2)}% of ${nonDigits.strips}`);
    const weightBytes = await exportModel(model, options.outDir, {
      trainedAt: new Date().toISOString(),
      input: `${STRIP_HEIGHT}×${STRIP_WIDTH}×1 float32, ink 1 on 0: core's numberStrip()`,
      outputs: `logits of ${STEPS} steps over the digits 0…9 and, last, CTC's blank`,
      temperature,
      accuracy: testScore.accuracy,
    });
    const { epochs: epochCount, numbersPerEpoch, batchSize, learningRate, validationNumbers, testNumbers, seed } = options;
    const reported = { epochs: epochCount, numbersPerEpoch, nonDigitShare: options.nonDigitShare, batchSize, learningRate, validationNumbers, testNumbers, seed };
    const report: NumberTrainReport = {
      createdAt: new Date().toISOString(),
      backend: choice.backend,
      parameters: model.countParams(),
      weightBytes,
      options: reported,
      augmentations: options.nonDigitShare > 0 ? [...NUMBER_AUGMENTATIONS, `${options.nonDigitShare * 100}% more strips: ${NON_DIGIT_STRIPS}`] : NUMBER_AUGMENTATIONS,
      epochs,
      temperature,
      validation: validationScore,
      test: testScore,
      nonDigits,
      durationSeconds: (performance.now() - started) / 1000,
    };
    await writeNumberReport(options.outDir, report);
    return report;
  } finally {
    model.dispose();
    optimizer.dispose();
    await Promise.all([writer.close(), testWriter.close()]);
  }
}

/** `count` numbers of 1…MAX_TRAINING_DIGITS digits (lengths in turn), digits drawn from `indices`. */
function numbersOf(set: DigitSet, indices: readonly number[], count: number, random: Random): { digits: number[][]; labels: number[][] } {
  const digits: number[][] = [];
  const labels: number[][] = [];
  for (let k = 0; k < count; k++) {
    const length = 1 + (k % MAX_TRAINING_DIGITS);
    const chosen = Array.from({ length }, () => indices[random.int(indices.length)]!);
    digits.push(chosen);
    labels.push(chosen.map((i) => set.labels[i]!));
  }
  return { digits, labels };
}

/** `numbers` with `count` strips of non-digit ink (no digits, read as nothing) added. */
function withNonDigits(numbers: { digits: number[][]; labels: number[][] }, count: number): { digits: number[][]; labels: number[][] } {
  return { digits: [...numbers.digits, ...Array.from({ length: count }, () => [])], labels: [...numbers.labels, ...Array.from({ length: count }, () => [])] };
}

/** How many of `count` fresh non-digit strips the model reads as no digits at all. */
async function scoreNonDigits(model: LayersModel, writer: StripWriter, count: number, temperature: number, seed: number): Promise<{ strips: number; readAsNothing: number }> {
  const { labels, strips } = await writer.write(withNonDigits({ digits: [], labels: [] }, count), seed);
  const logits = predictLogits(model, strips);
  const nothing = labels.filter((_, i) => decodeNumber(logits, i, temperature).text === "").length;
  return { strips: labels.length, readAsNothing: nothing / Math.max(1, labels.length) };
}

/** Trains on every strip once, in random order; the loss of each batch. */
function trainEpoch(model: LayersModel, optimizer: tf.Optimizer, { strips, labels }: Strips, batchSize: number, random: Random, label: string): number[] {
  const order = random.shuffle(range(labels.length));
  const bar = new ProgressBar(label, order.length);
  const losses: number[] = [];
  const x = new Float32Array(batchSize * STRIP);
  for (let start = 0; start + batchSize <= order.length; start += batchSize) {
    const picked = order.slice(start, start + batchSize);
    picked.forEach((i, k) => x.set(strips.subarray(i * STRIP, (i + 1) * STRIP), k * STRIP));
    const xs = tf.tensor4d(x, [batchSize, STRIP_HEIGHT, STRIP_WIDTH, 1]);
    const batchLabels = picked.map((i) => labels[i]!);
    const loss = optimizer.minimize(() => ctcLoss(model.apply(xs, { training: true }) as tf.Tensor3D, batchLabels), true) as tf.Scalar;
    losses.push(loss.dataSync()[0]!);
    loss.dispose();
    xs.dispose();
    bar.update(start + batchSize, `loss ${mean(losses.slice(-50)).toFixed(3)}`);
  }
  return losses;
}

/** The logits of every strip, steps × classes each. */
function predictLogits(model: LayersModel, strips: Float32Array): Float32Array {
  const count = strips.length / STRIP;
  const out = new Float32Array(count * STEPS * NUMBER_CLASSES);
  for (let start = 0; start < count; start += 256) {
    const n = Math.min(256, count - start);
    const logits = tf.tidy(() => model.predict(tf.tensor4d(strips.subarray(start * STRIP, (start + n) * STRIP), [n, STRIP_HEIGHT, STRIP_WIDTH, 1])) as tf.Tensor);
    out.set(logits.dataSync(), start * STEPS * NUMBER_CLASSES);
    logits.dispose();
  }
  return out;
}

/** The `i`th number's digits, read from the logits of all (predictLogits) as core reads them, at `temperature`. */
function decodeNumber(logits: Float32Array, i: number, temperature: number): StripReading {
  const own = logits.subarray(i * STEPS * NUMBER_CLASSES, (i + 1) * STEPS * NUMBER_CLASSES);
  return decodeSteps(stepProbabilities(own, STEPS, NUMBER_CLASSES, temperature), STEPS, NUMBER_CLASSES);
}

/** Whole numbers read right from their logits (predictLogits), at `temperature`. */
function scoreNumbers(logits: Float32Array, labels: Strips["labels"], temperature: number): NumberScore {
  const byLength = new Map<number, { numbers: number; right: number }>();
  let right = 0;
  labels.forEach((label, i) => {
    const ok = decodeNumber(logits, i, temperature).text === label.join("");
    const entry = byLength.get(label.length) ?? { numbers: 0, right: 0 };
    entry.numbers++;
    if (ok) {
      entry.right++;
      right++;
    }
    byLength.set(label.length, entry);
  });
  return {
    numbers: labels.length,
    accuracy: right / Math.max(1, labels.length),
    byLength: [...byLength].sort(([a], [b]) => a - b).map(([length, { numbers, right: r }]) => ({ length, numbers, accuracy: r / numbers })),
  };
}

/**
 * The temperature that makes the decoded digits' confidences honest on the held-out numbers:
 * the one (of a grid) minimising the negative log-likelihood of each read digit being right,
 * among numbers read with as many digits as written.
 */
function fitStepTemperature(logits: Float32Array, labels: Strips["labels"]): number {
  let best = { temperature: 1, nll: Infinity };
  for (let temperature = 0.5; temperature <= 3.001; temperature += 0.05) {
    let nll = 0;
    labels.forEach((label, i) => {
      const { digits } = decodeNumber(logits, i, temperature);
      if (digits.length !== label.length) return;
      digits.forEach((d, k) => {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, d.confidence));
        nll -= d.digit === label[k] ? Math.log(p) : Math.log(1 - p);
      });
    });
    if (nll < best.nll) best = { temperature: Math.round(temperature * 100) / 100, nll };
  }
  return best.temperature;
}

async function writeNumberReport(dir: string, report: NumberTrainReport): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  const lines = [
    "# LiveDigits number model — training report",
    "",
    `Written by \`pnpm train --model numbers\` (packages/trainer); do not edit by hand. ${report.createdAt.slice(0, 10)}, ${formatSeconds(report.durationSeconds)} on TF.js ${report.backend}.`,
    "",
    `A CNN of ${report.parameters.toLocaleString("en")} parameters (${(report.weightBytes / 1024).toFixed(1)} KiB of weights) reads a number's strip (${STRIP_HEIGHT}×${STRIP_WIDTH}, cut by core's \`numberStrip()\`) as ${STEPS} steps over the ten digits and a blank, trained with CTC (connectionist temporal classification) — no cut between digits needed.`,
    "",
    "## Numbers read right",
    "",
    `Best path decoding at temperature ${report.temperature} (fitted on the held-out numbers). A number counts as right when every digit is read and none more.`,
    "",
    "| set | numbers | right | " + report.test.byLength.map((l) => `${l.length} digit${l.length > 1 ? "s" : ""}`).join(" | ") + " |",
    "|---|---:|---:|" + report.test.byLength.map(() => "---:").join("|") + "|",
    `| written from held-out MNIST training digits (chose the temperature) | ${report.validation.numbers} | ${pct(report.validation.accuracy)} | ${report.validation.byLength.map((l) => pct(l.accuracy)).join(" | ")} |`,
    `| written from MNIST test digits | ${report.test.numbers} | ${pct(report.test.accuracy)} | ${report.test.byLength.map((l) => pct(l.accuracy)).join(" | ")} |`,
    "",
    ...(report.nonDigits ? [`Held-out strips of non-digit ink (letters, words, symbols, doodles, hands; the training marks, fresh draws) read as no digits at all: ${pct(report.nonDigits.readAsNothing)} of ${report.nonDigits.strips}.`, ""] : []),
    "These numbers are written by the trainer's own hand (below), not the bench's; `pnpm bench` scores the reader on its camera numbers.",
    "",
    "## Training",
    "",
    `${report.options.epochs} epochs of ${report.options.numbersPerEpoch.toLocaleString("en")} numbers written afresh, batch ${report.options.batchSize}, Adam ${report.options.learningRate[0]} → ${report.options.learningRate[1]}, seed ${report.options.seed}.`,
    "",
    ...report.augmentations.map((a) => `- ${a}`),
    "",
    "| epoch | loss | held-out numbers right | time |",
    "|---:|---:|---:|---:|",
    ...report.epochs.map((e) => `| ${e.epoch} | ${e.loss.toFixed(4)} | ${pct(e.validation)} | ${formatSeconds(e.seconds)} |`),
    "",
  ];
  await writeFile(join(dir, "REPORT.md"), lines.join("\n"));
}

/** Writes strips in a worker thread, so one core writes the next epoch while the other trains. */
class StripWriter {
  readonly #worker: Worker;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(images: Float32Array) {
    this.#worker = startWorker(import.meta.url, "strip-worker", { images });
  }

  /** The strips of the numbers core finds ink in, with their labels. */
  write({ digits, labels }: { digits: number[][]; labels: number[][] }, seed: number): Promise<Strips> {
    const request: StripRequest = { digits: Int32Array.from(digits.flat()), lengths: Uint8Array.from(digits.map((d) => d.length)), seed };
    const result = this.#queue.then(() => ask<StripResponse>(this.#worker, request, "The strip-writing worker"));
    this.#queue = result.catch(() => undefined);
    return result.then(({ strips, accepted }) => {
      const kept = labels.flatMap((_, i) => (accepted[i] ? [i] : []));
      const out = new Float32Array(kept.length * STRIP);
      kept.forEach((i, k) => out.set(strips.subarray(i * STRIP, (i + 1) * STRIP), k * STRIP));
      return { strips: out, labels: kept.map((i) => labels[i]!) };
    });
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

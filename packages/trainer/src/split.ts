// Which MNIST training digits train the model and which it holds out (validation, calibration):
// one seeded shuffle, so tools beside the trainer (the number reader's development set) can draw
// digits the shipped model never learnt from.
import { Random } from "@livedigits/core/synthetic";

export interface MnistSplitOptions {
  readonly seed: number;
  readonly trainCount: number;
  readonly validationCount: number;
}

/** The full training run's split (`pnpm train` without --seed or --quick). */
export const FULL_SPLIT: MnistSplitOptions = { seed: 2026, trainCount: 55_000, validationCount: 5_000 };

export interface MnistSplit {
  /** Indices into MNIST train the model learns from. */
  readonly trainIndices: readonly number[];
  /** Indices into MNIST train held out of training. */
  readonly validationIndices: readonly number[];
}

export function splitMnistTrain(totalCount: number, { seed, trainCount, validationCount }: MnistSplitOptions): MnistSplit {
  if (trainCount + validationCount > totalCount) throw new Error(`MNIST train has ${totalCount} digits, fewer than ${trainCount} to train on and ${validationCount} to hold out.`);
  const order = new Random(seed).shuffle(Array.from({ length: totalCount }, (_, i) => i));
  return { trainIndices: order.slice(0, trainCount), validationIndices: order.slice(trainCount, trainCount + validationCount) };
}

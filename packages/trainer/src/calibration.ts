// Temperature scaling: one number T that makes the softmax's confidence mean what
// it says, fitted on held-out data by minimising the negative log-likelihood of
// softmax(log p / T). It changes no prediction, only how sure each one is.
import { calibrate, saysNotADigit } from "@livedigits/core/calibration";
import * as tf from "@tensorflow/tfjs-core";
import type { LayersModel } from "@tensorflow/tfjs-layers";

/** Model outputs (rows of `classes` softmax values) and the true class of each row. */
export interface HeldOutPredictions {
  readonly softmax: Float32Array;
  readonly labels: Int32Array;
  readonly classes: number;
}

const SEARCHED = { from: 0.4, to: 4, step: 0.01 } as const;

/** The temperature with the lowest mean negative log-likelihood on the rows, searched on a fine grid. */
export function fitTemperature(predictions: HeldOutPredictions): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = SEARCHED.from; t <= SEARCHED.to + 1e-9; t += SEARCHED.step) {
    const loss = negativeLogLikelihood(predictions, t);
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/** The largest share of held-out digits that "not a digit" may take once the offset is fitted. */
export const NOT_A_DIGIT_BUDGET = 0.001;

const OFFSETS = { to: 8, step: 0.1 } as const;

/**
 * The smallest offset taken off "not a digit"'s scaled log-probability (core's `calibrate`) that leaves it
 * at most `budget` of the digit rows [0, digitRows). Training shows the model many more non-digits than a
 * reader meets, so unweighted, that class takes real digits the digit outputs alone would read right.
 */
export function fitNotDigitOffset({ softmax, classes }: HeldOutPredictions, temperature: number, digitRows: number, budget = NOT_A_DIGIT_BUDGET): number {
  for (let step = 0; step * OFFSETS.step <= OFFSETS.to + 1e-9; step++) {
    const offset = Math.round(step * OFFSETS.step * 10) / 10;
    let refused = 0;
    for (let row = 0; row < digitRows; row++) {
      if (saysNotADigit(calibrate(softmax.subarray(row * classes, (row + 1) * classes), temperature, offset))) refused++;
    }
    if (refused <= budget * digitRows) return offset;
  }
  return OFFSETS.to;
}

/** Mean −log q(label) where q = softmax(log p / T). */
export function negativeLogLikelihood({ softmax, labels, classes }: HeldOutPredictions, temperature: number): number {
  let total = 0;
  for (let row = 0; row < labels.length; row++) {
    let peak = -Infinity;
    const logs = new Array<number>(classes);
    for (let c = 0; c < classes; c++) {
      logs[c] = Math.log(Math.max(softmax[row * classes + c]!, 1e-30)) / temperature;
      peak = Math.max(peak, logs[c]!);
    }
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp(logs[c]! - peak);
    total += peak + Math.log(sum) - logs[labels[row]!]!;
  }
  return total / labels.length;
}

/** The model's softmax for each 784-value input, in batches. */
export async function predictAll(model: LayersModel, images: Float32Array): Promise<Float32Array> {
  const count = images.length / 784;
  const parts: Float32Array[] = [];
  for (let start = 0; start < count; start += 1000) {
    const n = Math.min(1000, count - start);
    const output = tf.tidy(() => model.predict(tf.tensor4d(images.subarray(start * 784, (start + n) * 784), [n, 28, 28, 1])) as tf.Tensor);
    parts.push((await output.data()) as Float32Array);
    output.dispose();
  }
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

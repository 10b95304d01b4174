import { calibrate, NOT_A_DIGIT_CLASS, saysNotADigit } from "@livedigits/core/calibration";
import * as tf from "@tensorflow/tfjs-core";
import type { LayersModel } from "@tensorflow/tfjs-layers";
import type { DigitSet } from "./mnist.js";

export interface Evaluation {
  readonly accuracy: number;
  /** confusion[true][predicted] counts; a model with "not a digit" has an 11th column for it. */
  readonly confusion: number[][];
  readonly count: number;
}

/**
 * Top-1 accuracy of the bare model (no preprocessing) on a set, optionally inverted (1 − x); "not a digit"
 * counts as wrong, and wins where core's reader would say it (its calibration, offset included).
 */
export async function evaluate(model: LayersModel, set: DigitSet, inverted: boolean, calibration = { temperature: 1, notDigitOffset: 0 }): Promise<Evaluation> {
  const classes = model.outputs[0]!.shape[1]!;
  const confusion = Array.from({ length: 10 }, () => new Array<number>(classes).fill(0));
  const batch = 1000;
  let correct = 0;
  for (let start = 0; start < set.count; start += batch) {
    const n = Math.min(batch, set.count - start);
    const predicted = tf.tidy(() => {
      let x: tf.Tensor = tf.tensor4d(set.images.subarray(start * 784, (start + n) * 784), [n, 28, 28, 1]);
      if (inverted) x = tf.sub(1, x);
      return model.predict(x) as tf.Tensor;
    });
    const values = await predicted.data();
    predicted.dispose();
    for (let k = 0; k < n; k++) {
      const truth = set.labels[start + k]!;
      const verdict = calibrate(values.subarray(k * classes, (k + 1) * classes), calibration.temperature, calibration.notDigitOffset);
      const guess = saysNotADigit(verdict) ? NOT_A_DIGIT_CLASS : verdict.top;
      confusion[truth]![guess]!++;
      if (truth === guess) correct++;
    }
  }
  return { accuracy: correct / set.count, confusion, count: set.count };
}

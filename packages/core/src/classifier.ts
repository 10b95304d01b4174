import * as tf from "@tensorflow/tfjs-core";
import type { LayersModel } from "@tensorflow/tfjs-layers";

/** What the model makes of one 28×28 input. */
export interface Classification {
  /** Calibrated probabilities of the digits 0…9; they sum to 1 − notDigit. */
  readonly probabilities: readonly number[];
  /** Calibrated probability that the input is no digit at all (0 for a model without that class). */
  readonly notDigit: number;
  /** The most probable digit. */
  readonly top: number;
  /** probabilities[top]. */
  readonly confidence: number;
}

/** Index of the "not a digit" output in an 11-output model. */
export const NOT_A_DIGIT_CLASS = 10;

/**
 * The digit model with its calibration: model.json's `temperature` (fitted by
 * the trainer on held-out data) turns the softmax into probabilities that mean
 * what they say. Outputs 0…9 are digits; an 11th output, where present, is "not a digit".
 */
export class DigitClassifier {
  readonly #temperature: number;

  constructor(readonly model: LayersModel) {
    this.#temperature = modelTemperature(model);
  }

  get temperature(): number {
    return this.#temperature;
  }

  /** All inputs (each 784 values, white ink on black, 0…1) in one batch. */
  async classify(inputs: readonly Float32Array[]): Promise<Classification[]> {
    if (inputs.length === 0) return [];
    const batch = new Float32Array(inputs.length * 784);
    inputs.forEach((input, k) => batch.set(input, k * 784));
    const output = tf.tidy(() => this.model.predict(tf.tensor4d(batch, [inputs.length, 28, 28, 1])) as tf.Tensor);
    const values = await output.data();
    const classes = output.shape[1]!;
    output.dispose();
    return inputs.map((_, k) => calibrate(values.subarray(k * classes, (k + 1) * classes), this.#temperature));
  }
}

/** softmax(log p / T) over every output, split into the digits and "not a digit". */
export function calibrate(softmax: ArrayLike<number>, temperature: number): Classification {
  const scaled = Array.from(softmax, (p) => Math.log(Math.max(p, 1e-30)) / temperature);
  const peak = Math.max(...scaled);
  const exp = scaled.map((s) => Math.exp(s - peak));
  const total = exp.reduce((a, b) => a + b, 0);
  const all = exp.map((e) => e / total);
  const probabilities = all.slice(0, 10);
  let top = 0;
  for (let d = 1; d < 10; d++) if (probabilities[d]! > probabilities[top]!) top = d;
  return { probabilities, notDigit: all[NOT_A_DIGIT_CLASS] ?? 0, top, confidence: probabilities[top]! };
}

/** The calibration temperature in model.json's metadata; 1 (the softmax as it is) where there is none. */
export function modelTemperature(model: LayersModel): number {
  const metadata = model.getUserDefinedMetadata() as { temperature?: unknown } | undefined;
  const temperature = metadata?.temperature;
  return typeof temperature === "number" && Number.isFinite(temperature) && temperature > 0 ? temperature : 1;
}

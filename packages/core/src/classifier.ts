import * as tf from "@tensorflow/tfjs-core";
import type { LayersModel } from "@tensorflow/tfjs-layers";
import { calibrate, type Classification } from "./calibrate.js";

/**
 * The digit model with its calibration: model.json's `temperature` (fitted by
 * the trainer on held-out data) turns the softmax into probabilities that mean
 * what they say. Outputs 0…9 are digits; an 11th output, where present, is "not a digit",
 * weighed down by model.json's `notDigitOffset` where there is one.
 */
export class DigitClassifier {
  readonly #temperature: number;
  readonly #notDigitOffset: number;

  constructor(readonly model: LayersModel) {
    this.#temperature = modelTemperature(model);
    this.#notDigitOffset = modelNotDigitOffset(model);
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
    return inputs.map((_, k) => calibrate(values.subarray(k * classes, (k + 1) * classes), this.#temperature, this.#notDigitOffset));
  }
}

/** The calibration temperature in model.json's metadata; 1 (the softmax as it is) where there is none. */
export function modelTemperature(model: LayersModel): number {
  const metadata = model.getUserDefinedMetadata() as { temperature?: unknown } | undefined;
  const temperature = metadata?.temperature;
  return typeof temperature === "number" && Number.isFinite(temperature) && temperature > 0 ? temperature : 1;
}

/** How far "not a digit" is weighed down (model.json's `notDigitOffset`); 0 where there is none. */
export function modelNotDigitOffset(model: LayersModel): number {
  const metadata = model.getUserDefinedMetadata() as { notDigitOffset?: unknown } | undefined;
  const offset = metadata?.notDigitOffset;
  return typeof offset === "number" && Number.isFinite(offset) && offset >= 0 ? offset : 0;
}

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
  readonly #calibration: ModelCalibration;

  constructor(readonly model: LayersModel) {
    this.#calibration = modelCalibration(model);
  }

  get temperature(): number {
    return this.#calibration.temperature;
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
    return inputs.map((_, k) => calibrate(values.subarray(k * classes, (k + 1) * classes), this.#calibration.temperature, this.#calibration.notDigitOffset));
  }
}

/** model.json's calibration, as the trainer fitted it. */
export interface ModelCalibration {
  readonly temperature: number;
  readonly notDigitOffset: number;
}

/**
 * The calibration in model.json's metadata: temperature 1 (the softmax as it is) and offset 0 where
 * there is none, or none usable (loadDigitModel refuses those outright).
 */
export function modelCalibration(model: LayersModel): ModelCalibration {
  const { temperature, notDigitOffset } = (model.getUserDefinedMetadata() ?? {}) as { temperature?: unknown; notDigitOffset?: unknown };
  return {
    temperature: typeof temperature === "number" && Number.isFinite(temperature) && temperature > 0 ? temperature : 1,
    notDigitOffset: typeof notDigitOffset === "number" && Number.isFinite(notDigitOffset) && notDigitOffset >= 0 ? notDigitOffset : 0,
  };
}

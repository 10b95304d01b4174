// Reads a number's strip with the number model: each step's logits, calibrated by the
// model's temperature, decoded into digits, each mapped back to the working image.
import * as tf from "@tensorflow/tfjs-core";
import type { LayersModel } from "@tensorflow/tfjs-layers";
import { modelCalibration } from "../classifier.js";
import type { Box } from "../preprocess/locate.js";
import { MNIST_SIZE } from "../preprocess/mnist-fit.js";
import { STRIP_HEIGHT, STRIP_WIDTH, type NumberStrip } from "./number-strip.js";
import { decodeSteps, stepProbabilities, type StripDigit } from "./strip-reading.js";

/** A digit the number model read, with where it lies. */
export interface StripDigitRead extends StripDigit {
  /** Its columns (the steps of its run) in the working image, over the number's height. */
  readonly box: Box;
  /** The strip's 28 columns around it: what the model looked at for it (white ink on black). */
  readonly modelInput: Float32Array;
}

export class StripReader {
  readonly #temperature: number;
  readonly #steps: number;
  readonly #classes: number;

  constructor(readonly model: LayersModel) {
    this.#temperature = modelCalibration(model).temperature;
    const [, steps, classes] = model.outputs[0]!.shape as [null, number, number];
    this.#steps = steps;
    this.#classes = classes;
  }

  async read(strip: NumberStrip): Promise<{ text: string; digits: StripDigitRead[] }> {
    const output = tf.tidy(() => this.model.predict(tf.tensor4d(strip.pixels, [1, STRIP_HEIGHT, STRIP_WIDTH, 1])) as tf.Tensor);
    const logits = await output.data();
    output.dispose();
    const reading = decodeSteps(stepProbabilities(logits, this.#steps, this.#classes, this.#temperature), this.#steps, this.#classes);
    const stepWidth = STRIP_WIDTH / this.#steps;
    const toWorking = (stripX: number) => strip.inkBox.minX + (stripX - strip.left) / strip.scale;
    const digits = reading.digits.map((d) => {
      // A step's column stands for the ink around it: widen the run by a step on each side.
      const from = Math.max(strip.inkBox.minX, Math.floor(toWorking((d.fromStep - 1) * stepWidth)));
      const to = Math.min(strip.inkBox.maxX, Math.ceil(toWorking((d.toStep + 2) * stepWidth)) - 1);
      const box = { minX: from, minY: strip.inkBox.minY, maxX: Math.max(from, to), maxY: strip.inkBox.maxY };
      return { ...d, box, modelInput: window28(strip.pixels, ((d.fromStep + d.toStep + 1) / 2) * stepWidth) };
    });
    return { text: reading.text, digits };
  }
}

/** The strip's MNIST_SIZE columns centred on `centre` (zeros beyond its ends). */
function window28(pixels: Float32Array, centre: number): Float32Array {
  const out = new Float32Array(MNIST_SIZE * MNIST_SIZE);
  const first = Math.round(centre - MNIST_SIZE / 2);
  for (let y = 0; y < STRIP_HEIGHT; y++) {
    for (let x = 0; x < MNIST_SIZE; x++) {
      const sx = first + x;
      if (sx >= 0 && sx < STRIP_WIDTH) out[y * MNIST_SIZE + x] = pixels[y * STRIP_WIDTH + sx]!;
    }
  }
  return out;
}

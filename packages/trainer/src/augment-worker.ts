import { parentPort, workerData } from "node:worker_threads";
import { cameraSample, NON_DIGIT, nonDigitCameraSample } from "./augment.js";
import { digitPairCameraSample } from "./digit-pairs.js";
import { Random } from "@livedigits/core/synthetic";

/** Renders camera samples off the training thread, so the second core augments while the first trains. */
export interface AugmentRequest {
  /** MNIST train images to render; NON_DIGIT (−1) for a non-digit mark instead. */
  readonly indices: Int32Array;
  /** For each index, two MNIST train images drawn as one piece of ink where it is NON_DIGIT; −1, −1 for a mark. */
  readonly pairs: Int32Array;
  readonly seed: number;
}

export interface AugmentResponse {
  /** indices.length × 784 model inputs (zeros where core rejected the render). */
  readonly samples: Float32Array;
  /** 1 where core accepted the render. */
  readonly accepted: Uint8Array;
}

const images = workerData.images as Float32Array;

const image = (i: number) => images.subarray(i * 784, (i + 1) * 784);

parentPort?.on("message", ({ indices, pairs, seed }: AugmentRequest) => {
  const random = new Random(seed);
  const samples = new Float32Array(indices.length * 784);
  const accepted = new Uint8Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    const [left, right] = [pairs[k * 2]!, pairs[k * 2 + 1]!];
    const sample = i !== NON_DIGIT ? cameraSample(image(i), random) : left >= 0 ? digitPairCameraSample(image(left), image(right), random) : nonDigitCameraSample(random);
    if (sample) {
      samples.set(sample, k * 784);
      accepted[k] = 1;
    }
  }
  const response: AugmentResponse = { samples, accepted };
  parentPort?.postMessage(response, [samples.buffer, accepted.buffer]);
});

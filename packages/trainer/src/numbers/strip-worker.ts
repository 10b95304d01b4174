import { parentPort, workerData } from "node:worker_threads";
import { STRIP_HEIGHT, STRIP_WIDTH } from "@livedigits/core/numbers";
import { Random } from "@livedigits/core/synthetic";
import { nonDigitStripSample, numberStripSample } from "./compose.js";

/** Writes training numbers off the training thread: each a list of MNIST train indices. */
export interface StripRequest {
  /** The numbers' digits (MNIST train indices), concatenated; `lengths` splits them (0: a strip of non-digit ink). */
  readonly digits: Int32Array;
  readonly lengths: Uint8Array;
  readonly seed: number;
}

export interface StripResponse {
  /** lengths.length strips (zeros where core found no number). */
  readonly strips: Float32Array;
  /** 1 where core found the number. */
  readonly accepted: Uint8Array;
}

const STRIP = STRIP_HEIGHT * STRIP_WIDTH;
const images = workerData.images as Float32Array;

parentPort?.on("message", ({ digits, lengths, seed }: StripRequest) => {
  const random = new Random(seed);
  const strips = new Float32Array(lengths.length * STRIP);
  const accepted = new Uint8Array(lengths.length);
  let next = 0;
  for (let k = 0; k < lengths.length; k++) {
    const fields = Array.from(digits.subarray(next, next + lengths[k]!), (i) => images.subarray(i * 784, (i + 1) * 784));
    next += lengths[k]!;
    const strip = fields.length === 0 ? nonDigitStripSample(random) : numberStripSample(fields, random);
    if (strip) {
      strips.set(strip, k * STRIP);
      accepted[k] = 1;
    }
  }
  const response: StripResponse = { strips, accepted };
  parentPort?.postMessage(response, [strips.buffer, accepted.buffer]);
});

// The Python prototype's pipeline, as the baseline every benchmark compares with:
// the box to gray, the whole box resized to 28×28, its CNN, a digit when the top
// probability reaches the threshold. No polarity step, no ink box, no centring.
import { loadDigitModel, selectBackend, type BackendName, type BackendSetup, type Frame, type ModelSource, type ReadingState, type ReadRegion } from "@livedigits/core";
import { frameSize, frameToGray, resize } from "@livedigits/core/preprocess";
import * as tf from "@tensorflow/tfjs-core";

/** What the benchmarks need of a reader; core's DigitReader has the same shape. */
export interface BenchReader {
  readonly backend: BackendName;
  read(frame: Frame, region?: ReadRegion): Promise<BenchReading>;
  dispose(): void;
}

export interface BenchReading {
  readonly digit: number | null;
  readonly confidence: number;
  /** Of the digits 0…9 (all zero when the model did not run). */
  readonly probabilities: readonly number[];
  readonly state: ReadingState;
  /** Why there is no digit; core's 'not-a-digit' is the model's verdict, any other reason a refusal before it ran. */
  readonly reason?: string;
}

export interface PrototypeReaderOptions extends BackendSetup {
  /** A model trained by `pnpm train --recipe prototype` (packages/bench/baseline-model). */
  readonly model: ModelSource;
  /** The prototype showed a digit above 0.8. */
  readonly threshold?: number;
  readonly backend?: BackendName | "auto";
}

export async function createPrototypeReader(options: PrototypeReaderOptions): Promise<BenchReader> {
  const backend = await selectBackend(options.backend ?? "auto", options);
  const model = await loadDigitModel(options.model);
  const threshold = options.threshold ?? 0.8;
  return {
    backend,
    async read(frame, region) {
      // The prototype had no search: a search area is read whole, as its fixed box was.
      const roi = region === "auto" ? { x: 0, y: 0, ...frameSize(frame) } : region && "searchIn" in region ? region.searchIn : region;
      // OpenCV's INTER_LINEAR in the prototype; core's area resize is a little kinder to the baseline.
      const input = resize(frameToGray(frame, roi), 28, 28).data;
      const output = tf.tidy(() => model.predict(tf.tensor4d(input, [1, 28, 28, 1])) as tf.Tensor);
      const probabilities = await output.data();
      output.dispose();
      let top = 0;
      for (let d = 1; d < 10; d++) if (probabilities[d]! > probabilities[top]!) top = d;
      const sure = probabilities[top]! >= threshold;
      return { digit: sure ? top : null, confidence: probabilities[top]!, probabilities: Array.from(probabilities.subarray(0, 10)), state: sure ? "digit" : "unsure" };
    },
    dispose() {
      model.dispose();
    },
  };
}

// The bench page: core's reader and the prototype's, on one backend per page load,
// timed from inside the page and driven over window.livedigitsBench by Playwright.
import { centredSquareRoi, createDigitReader, loadDigitModel, type DigitReader } from "@livedigits/core";
import * as tf from "@tensorflow/tfjs-core";
import type { LayersModel } from "@tensorflow/tfjs-layers";
import { createPrototypeReader, type BenchReader } from "../../prototype-reader.js";
import { startBackend, WASM_PATHS } from "./backend-start.js";
import { framesOfSize, loadFrames, type LoadedFrame } from "./frames.js";
import type { BatchResult, BenchPageApi, ModelName, PageSetup, ReaderName } from "./protocol.js";

const MODEL_URLS: Record<ModelName, string> = { shipped: "/model/model.json", baseline: "/baseline-model/model.json" };

let setup: PageSetup | null = null;
let frames: LoadedFrame[] = [];
const models = new Map<ModelName, LayersModel>();
const readers = new Map<ReaderName, BenchReader>();
let longRun: { reader: DigitReader; frames: LoadedFrame[]; hold: number; next: number } | null = null;

function started(): PageSetup {
  if (!setup) throw new Error("Call start() first.");
  return setup;
}

async function modelOf(name: ModelName): Promise<LayersModel> {
  let model = models.get(name);
  if (!model) models.set(name, (model = await loadDigitModel(MODEL_URLS[name])));
  return model;
}

async function readerOf(name: ReaderName): Promise<BenchReader> {
  let reader = readers.get(name);
  if (!reader) {
    const common = { backend: started().backend, wasmPaths: WASM_PATHS };
    reader =
      name === "livedigits"
        ? await createDigitReader({ ...common, model: MODEL_URLS.shipped, smoothing: false })
        : await createPrototypeReader({ ...common, model: MODEL_URLS.baseline });
    readers.set(name, reader);
  }
  return reader;
}

/** Runs `step` warmup + iterations times; returns the durations of the timed ones (ms). */
async function timeSteps(warmup: number, iterations: number, step: (i: number) => Promise<void>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await step(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const begin = performance.now();
    await step(warmup + i);
    samples.push(performance.now() - begin);
  }
  return samples;
}

const api: BenchPageApi = {
  async start(given) {
    setup = given;
    const result = await startBackend(given.backend);
    if (result.ok) frames = await loadFrames(given.frames);
    return result;
  },

  async modelLatency(name, { warmup, iterations }) {
    const model = await modelOf(name);
    const input = Float32Array.from(started().modelInput);
    return timeSteps(warmup, iterations, async () => {
      // As core's reader does it: upload, predict, read the 10 probabilities back.
      const output = tf.tidy(() => model.predict(tf.tensor4d(input, [1, 28, 28, 1])) as tf.Tensor);
      await output.data();
      output.dispose();
    });
  },

  async readLatency(name, size, { warmup, iterations }) {
    const reader = await readerOf(name);
    const chosen = framesOfSize(frames, size, true);
    const roi = centredSquareRoi(chosen[0]!.spec.width, chosen[0]!.spec.height);
    let correct = 0;
    const samplesMs = await timeSteps(warmup, iterations, async (i) => {
      const frame = chosen[i % chosen.length]!;
      const reading = await reader.read(frame.bitmap, roi);
      if (i >= warmup && reading.digit === frame.spec.label) correct++;
    });
    return { samplesMs, correct };
  },

  async startLongRun({ warmup, hold }) {
    const { backend } = started();
    // As the app runs it: default threshold and polarity, smoothing on.
    const reader = await createDigitReader({ model: MODEL_URLS.shipped, wasmPaths: WASM_PATHS, backend, smoothing: true });
    longRun = { reader, frames: framesOfSize(frames, "640x480", false), hold, next: 0 };
    await api.readBatch(warmup);
  },

  async readBatch(count) {
    if (!longRun) throw new Error("Call startLongRun() first.");
    const run = longRun;
    const roi = centredSquareRoi(run.frames[0]!.spec.width, run.frames[0]!.spec.height);
    let digitsShown = 0;
    const begin = performance.now();
    for (let i = 0; i < count; i++) {
      const frame = run.frames[Math.floor(run.next++ / run.hold) % run.frames.length]!;
      if ((await run.reader.read(frame.bitmap, roi)).digit !== null) digitsShown++;
    }
    const ms = performance.now() - begin;
    const memory = tf.memory();
    return { reads: count, ms, digitsShown, numTensors: memory.numTensors, numBytes: memory.numBytes, wasmMemoryBytes: wasmMemoryBytes() } satisfies BatchResult;
  },
};

/** The wasm module's linear memory: it only grows, so growth over the run would show here. */
function wasmMemoryBytes(): number | null {
  if (tf.getBackend() !== "wasm") return null;
  const backend = tf.backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } };
  return backend.wasm?.HEAPU8?.byteLength ?? null;
}

window.livedigitsBench = api;
document.body.dataset.ready = "true";

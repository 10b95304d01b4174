// The bench page: core's reader and the prototype's, on one backend per page load,
// timed from inside the page and driven over window.livedigitsBench by Playwright.
import { centredSquareRoi, createDigitReader, loadDigitModel, type DigitReader, type Roi } from "@livedigits/core";
import * as tf from "@tensorflow/tfjs-core";
import type { LayersModel } from "@tensorflow/tfjs-layers";
import { createPrototypeReader, type BenchReader } from "../../prototype-reader.js";
import { startBackend, WASM_PATHS } from "./backend-start.js";
import { framesOfSize, loadFrames, type LoadedFrame } from "./frames.js";
import type { BatchResult, BenchPageApi, CameraLoopResult, LoopSubject, ModelName, PageSetup, ReaderName } from "./protocol.js";

const MODEL_URLS: Record<ModelName, string> = { shipped: "/model/model.json", baseline: "/baseline-model/model.json" };
/** The shipped number model, in the shipped model's folder. */
const NUMBER_MODEL_URL = "/model/number/model.json";

let setup: PageSetup | null = null;
let frames: LoadedFrame[] = [];
let numberFrames: { text: string; box: Roi; bitmap: ImageBitmap }[] = [];
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

/** A reader of numbers of up to `maxDigits` digits on the page's backend, from the shipped models, as the apps read. */
function createNumberReader(maxDigits: number, smoothing: boolean): Promise<DigitReader> {
  return createDigitReader({ model: MODEL_URLS.shipped, numberModel: NUMBER_MODEL_URL, wasmPaths: WASM_PATHS, backend: started().backend, smoothing, maxDigits });
}

function loopFrame(subject: LoopSubject): { bitmap: ImageBitmap; box: Roi; text: string } {
  if (subject.kind === "digit") {
    const frame = framesOfSize(frames, "640x480", true)[0]!;
    return { bitmap: frame.bitmap, box: centredSquareRoi(frame.spec.width, frame.spec.height), text: String(frame.spec.label) };
  }
  const frame = numberFrames.find((f) => f.text === subject.text);
  if (!frame) throw new Error(`No number frame holds "${subject.text}".`);
  return frame;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

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
    if (result.ok) {
      frames = await loadFrames(given.frames);
      numberFrames = await Promise.all(
        given.numberFrames.map(async (spec) => {
          const [loaded] = await loadFrames([{ url: spec.url, size: "640x480", width: spec.width, height: spec.height, label: null }]);
          return { text: spec.text, box: spec.box, bitmap: loaded!.bitmap };
        }),
      );
    }
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

  async numberLatency(maxDigits, { warmup, iterations }) {
    const reader = await createNumberReader(maxDigits, false);
    try {
      const chosen = numberFrames.filter((f) => f.text.length === 4);
      if (chosen.length === 0) throw new Error("No 4-digit number frames were given to the bench page.");
      let correct = 0;
      let shownWrong = 0;
      let allDigitsFound = 0;
      const samplesMs = await timeSteps(warmup, iterations, async (i) => {
        const frame = chosen[i % chosen.length]!;
        const reading = await reader.read(frame.bitmap, frame.box);
        if (i < warmup) return;
        if (reading.text === frame.text) correct++;
        else if (reading.text !== null) shownWrong++;
        if (reading.digits.length === frame.text.length) allDigitsFound++;
      });
      return { samplesMs, correct, shownWrong, allDigitsFound };
    } finally {
      reader.dispose();
    }
  },

  async cameraLoop({ subject, fps, settleMs, windowMs }) {
    const frame = loopFrame(subject);
    const reader = await createNumberReader(subject.maxDigits, true);
    try {
      // The camera's clock: frame k arrives at begin + k·period. Whenever the reader is free it
      // takes the newest frame that arrived, or waits for the next (the app reads the newest, never a queue).
      const period = 1000 / fps;
      const begin = performance.now();
      const opens = begin + settleMs;
      const closes = opens + windowMs;
      let lastRead = -1;
      const result = { windowMs, framesOffered: 0, readings: 0, shownRight: 0, shownWrong: 0, readMs: [] as number[], textAtEnd: null as string | null };
      for (let now = begin; now < closes; now = performance.now()) {
        const index = Math.floor((now - begin) / period);
        if (index === lastRead) {
          await sleep(begin + (index + 1) * period - now);
          continue;
        }
        lastRead = index;
        const arrived = begin + index * period;
        const readBegan = performance.now();
        const reading = await reader.readForVideo(frame.bitmap, arrived, frame.box);
        const readEnded = performance.now();
        const { text } = reading;
        result.textAtEnd = text;
        if (arrived < opens) continue;
        result.readings++;
        result.readMs.push(readEnded - readBegan);
        if (text === frame.text) result.shownRight++;
        else if (text !== null) result.shownWrong++;
      }
      result.framesOffered = Math.ceil((closes - begin) / period) - Math.ceil((opens - begin) / period);
      return result satisfies CameraLoopResult;
    } finally {
      reader.dispose();
    }
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

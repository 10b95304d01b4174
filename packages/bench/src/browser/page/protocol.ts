// What the bench page offers the Node side (window.livedigitsBench), and what it returns.
// Types only: shared by the page's code and the Playwright code that drives it.
import type { BackendName } from "@livedigits/core";

export type FrameSizeName = "640x480" | "1280x720";
export type ModelName = "shipped" | "baseline";
/** LiveDigits' reader (core) or the prototype's recipe (whole box → 28×28 → its CNN). */
export type ReaderName = "livedigits" | "prototype";

/** A camera-like RGBA frame the page fetches from its own server. */
export interface FrameSpec {
  readonly url: string;
  readonly size: FrameSizeName;
  readonly width: number;
  readonly height: number;
  /** The digit drawn, or null for blank paper. */
  readonly label: number | null;
}

export interface PageSetup {
  readonly backend: BackendName;
  readonly frames: readonly FrameSpec[];
  /** One MNIST digit as the model sees it (28×28, 0…1), for model-only timing. */
  readonly modelInput: readonly number[];
}

export type BackendStart =
  | { readonly ok: true; readonly backend: BackendName; /** e.g. the WebGL renderer, or wasm's SIMD/threads. */ readonly detail: string }
  | { readonly ok: false; readonly reason: string };

export interface TimingRequest {
  readonly warmup: number;
  readonly iterations: number;
}

export interface ReadTimings {
  readonly samplesMs: number[];
  /** Timed reads whose digit equals the frame's label (a check that real work was timed). */
  readonly correct: number;
}

export interface BatchResult {
  readonly reads: number;
  readonly ms: number;
  readonly digitsShown: number;
  readonly numTensors: number;
  readonly numBytes: number;
  /** Size of the wasm backend's linear memory, where it is the backend. */
  readonly wasmMemoryBytes: number | null;
}

export interface BenchPageApi {
  start(setup: PageSetup): Promise<BackendStart>;
  /** predict() on one 28×28 input plus reading the result back, per iteration. */
  modelLatency(model: ModelName, timing: TimingRequest): Promise<number[]>;
  /** reader.read(frame, centred box) per iteration, cycling through the digit frames of that size. */
  readLatency(reader: ReaderName, size: FrameSizeName, timing: TimingRequest): Promise<ReadTimings>;
  /** Creates the reader as the app runs it (smoothing on) for the staying-power run, and warms it up. */
  startLongRun(options: { readonly warmup: number; /** Reads per frame before the next. */ readonly hold: number }): Promise<void>;
  /** The next `count` reads of the long run, going round every 640×480 frame. */
  readBatch(count: number): Promise<BatchResult>;
}

declare global {
  interface Window {
    livedigitsBench?: BenchPageApi;
  }
}

// What the bench page offers the Node side (window.livedigitsBench), and what it returns.
// Types only: shared by the page's code and the Playwright code that drives it.
import type { BackendName, Roi } from "@livedigits/core";

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

/** A 640×480 frame holding a number (or one digit), read in the wide box the apps read numbers in. */
export interface NumberFrameSpec {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  /** The number written, e.g. "2026". */
  readonly text: string;
  readonly box: Roi;
}

export interface PageSetup {
  readonly backend: BackendName;
  readonly frames: readonly FrameSpec[];
  readonly numberFrames: readonly NumberFrameSpec[];
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

export interface NumberTimings extends ReadTimings {
  /** Timed reads that showed another number. */
  readonly shownWrong: number;
  /** Timed reads that found as many digits as were written (right or wrong): the number was taken apart. */
  readonly allDigitsFound: number;
}

/** What a camera loop reads: one frame held in front of a camera, as the apps read it (smoothing on). */
export type LoopSubject =
  /** The first 640×480 digit frame in the square box. */
  | { readonly kind: "digit"; readonly maxDigits: number }
  /** The number frame holding `text`, in its wide box. */
  | { readonly kind: "number"; readonly text: string; readonly maxDigits: number };

export interface CameraLoopRequest {
  readonly subject: LoopSubject;
  /** The camera's frame rate: a new frame every 1000/fps ms, the newest read whenever the reader is free. */
  readonly fps: number;
  /** Reading before the window opens (the reader warms up, smoothing settles). */
  readonly settleMs: number;
  readonly windowMs: number;
}

export interface CameraLoopResult {
  readonly windowMs: number;
  /** Camera frames that arrived in the window; those not read were skipped (the reader was busy). */
  readonly framesOffered: number;
  readonly readings: number;
  /** Readings in the window showing the number written (all of its digits, each past the threshold). */
  readonly shownRight: number;
  /** Readings in the window showing anything else. */
  readonly shownWrong: number;
  /** Milliseconds each read took, in the window. */
  readonly readMs: number[];
  /** What was shown when the window closed. */
  readonly textAtEnd: string | null;
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
  /** reader.read(frame, its wide box) with a reader made with maxDigits, cycling through the 4-digit number frames. */
  numberLatency(maxDigits: number, timing: TimingRequest): Promise<NumberTimings>;
  /** A camera's frames at its frame rate, read as the app reads them (newest frame, smoothing on), by a reader made for this loop. */
  cameraLoop(request: CameraLoopRequest): Promise<CameraLoopResult>;
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

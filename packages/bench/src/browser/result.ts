// What runBrowserBench returns: plain data (JSON-serialisable), rendered by report.ts.
import type { BackendName, Roi } from "@livedigits/core";
import type { FrameSizeName, LoopSubject } from "./page/protocol.js";
import type { BenchPlan } from "./plan.js";
import type { LatencySummary } from "./stats.js";

export interface BrowserBenchResult {
  readonly quick: boolean;
  readonly startedAt: string;
  readonly wallSeconds: number;
  readonly machine: Machine;
  readonly plan: BenchPlan;
  readonly latency: readonly BackendLatency[];
  readonly liveApp: LiveAppResult;
  /** The web app reading a number from the camera (#14), on the numbers' backend. */
  readonly liveNumbers: LiveAppResult;
  readonly bytes: readonly AppBytes[];
  readonly stayingPower: StayingPowerResult;
  readonly numbers: NumberSpeedResult;
}

export interface Machine {
  readonly browser: string;
  readonly userAgent: string;
  readonly os: string;
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly memoryGiB: number;
  readonly node: string;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews timings. */
  readonly loadAverage: readonly number[];
}

export type Unavailable = { readonly backend: BackendName; readonly available: false; readonly reason: string };

export interface ReadSummary extends LatencySummary {
  /** Timed reads that gave the digit drawn. */
  readonly correct: number;
}

export type PerSize<T> = { readonly [size in FrameSizeName]: T };

export type BackendLatency =
  | Unavailable
  | {
      readonly backend: BackendName;
      readonly available: true;
      readonly detail: string;
      /** predict() on one 28×28 input + reading the 10 probabilities back. */
      readonly model: { readonly shipped: LatencySummary; readonly baseline: LatencySummary };
      /** reader.read(frame, centred box): LiveDigits' reader (core) and the prototype's recipe. */
      readonly read: { readonly livedigits: PerSize<ReadSummary>; readonly prototype: PerSize<ReadSummary> };
    };

export type LiveAppRun =
  | (Unavailable & { readonly problems: readonly string[] })
  | {
      readonly backend: BackendName;
      readonly available: true;
      /** Milliseconds from navigation start: the model loaded and the backend started, in the worker. */
      readonly readyMs: number;
      readonly firstReadingMs: number;
      /** When the page first showed a digit or a number, and what. */
      readonly firstShownMs: number | null;
      readonly firstShown: string | null;
      readonly windowSeconds: number;
      readonly readingsPerSecond: number;
      /** Camera frames the page received per second (the fake camera plays at 30). */
      readonly cameraFps: number;
      readonly framesSeen: number;
      readonly framesSkipped: number;
      readonly skippedShare: number;
      /** The digit or number shown when the window closed. */
      readonly shownAtEnd: string | null;
      /** Console errors and uncaught exceptions. */
      readonly problems: readonly string[];
    };

export interface LiveAppResult {
  readonly app: "web";
  /** Settings the page was opened with, besides the backend (none: the app's defaults). */
  readonly settings: Readonly<Record<string, string>>;
  /** What the camera shows: one digit ("7") or a number ("2026"). */
  readonly video: { readonly text: string; readonly width: number; readonly height: number; readonly fps: number };
  readonly runs: readonly LiveAppRun[];
}

export interface AppBytes {
  readonly app: string;
  readonly dist: string;
  readonly files: number;
  readonly js: number;
  readonly jsGzip: number;
  /** All wasm binaries shipped; a browser fetches one of them (SIMD where it can). */
  readonly wasm: number;
  readonly wasmFiles: number;
  /** model.json and its weight files. */
  readonly model: number;
  readonly other: number;
  readonly total: number;
}

export interface MemorySnapshot {
  readonly readsSoFar: number;
  readonly numTensors: number;
  readonly tensorBytes: number;
  /** JS heap in use after a forced garbage collection (CDP Runtime.getHeapUsage). */
  readonly jsHeapBytes: number;
  readonly wasmMemoryBytes: number | null;
}

export interface StayingPowerResult {
  readonly backend: BackendName;
  readonly reads: number;
  /** Different frames read in turn (digits and blank paper). */
  readonly distinctFrames: number;
  /** Reads in the windows compared at the start and the end. */
  readonly window: number;
  readonly readingsPerSecondAtStart: number;
  readonly readingsPerSecondAtEnd: number;
  readonly digitsShown: number;
  readonly start: MemorySnapshot;
  readonly end: MemorySnapshot;
  /** After every batch, to see a trend rather than two points. */
  readonly trend: readonly MemorySnapshot[];
}

export interface NumberReadSummary extends LatencySummary {
  /** The reader's maxDigits. */
  readonly maxDigits: number;
  /** Timed reads that showed the number written. */
  readonly correct: number;
  /** Timed reads that showed another number. */
  readonly shownWrong: number;
  /** Timed reads that found as many digits as were written, shown or not. */
  readonly allDigitsFound: number;
}

/** A camera's frames read as the app reads them (the newest frame, smoothing on), in the bench page. */
export interface CameraLoopRun {
  readonly subject: LoopSubject;
  /** What the frame holds. */
  readonly text: string;
  /** 1: as the machine runs; above 1, DevTools made the CPU this many times slower. */
  readonly cpuThrottling: number;
  readonly readingsPerSecond: number;
  readonly framesOffered: number;
  readonly readings: number;
  /** Camera frames that arrived while the reader was busy and were never read. */
  readonly skippedShare: number;
  /** Milliseconds per read. */
  readonly read: LatencySummary;
  readonly shownRight: number;
  readonly shownWrong: number;
  readonly textAtEnd: string | null;
}

export interface NumberSpeedResult {
  readonly backend: BackendName;
  /** The frames' size and the wide box numbers are read in. */
  readonly frame: { readonly width: number; readonly height: number; readonly box: Roi };
  /** reader.read(frame, wide box) on 4-digit numbers, per maxDigits. */
  readonly reads: readonly NumberReadSummary[];
  readonly cameraFps: number;
  readonly cpuThrottling: number;
  readonly loops: readonly CameraLoopRun[];
}

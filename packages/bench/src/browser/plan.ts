// How much each part measures, in full and in --quick (the test's run, which keeps the
// bench code from rotting). The full run aims at ≤ 7 minutes on 2 busy cores.
import type { BackendName } from "@livedigits/core";

export const BACKENDS: readonly BackendName[] = ["webgpu", "webgl", "wasm", "cpu"];

export interface BenchPlan {
  /** Untimed runs before each timing: compiles shaders, warms the JIT and caches. */
  readonly warmup: number;
  /** Timed predict() calls per model. */
  readonly modelIterations: Readonly<Record<BackendName, number>>;
  /** Timed reads per reader and frame size. */
  readonly readIterations: Readonly<Record<BackendName, number>>;
  /** Live app: time after the first digit before counting, and the counted window. */
  readonly liveSettleMs: number;
  readonly liveWindowMs: number;
  /** Staying power: untimed reads first, reads in all, and the window at the start and the end compared. */
  readonly longRunBackend: BackendName;
  readonly longRunWarmup: number;
  /** Reads per frame before the next: a camera sees one sheet for a while, so smoothing settles and digits show. */
  readonly longRunHold: number;
  readonly longRunReads: number;
  readonly longRunWindow: number;
  /** Numbers (#14): the backend, timed reads of 4-digit numbers per maxDigits, and the camera loops' settling time and counted window. */
  readonly numberBackend: BackendName;
  readonly numberIterations: number;
  readonly loopSettleMs: number;
  readonly loopWindowMs: number;
  /** How many times slower DevTools makes the CPU for the low-end phone's figures. */
  readonly cpuThrottling: number;
}

export function benchPlan(quick: boolean): BenchPlan {
  return quick
    ? {
        warmup: 5,
        modelIterations: { webgpu: 30, webgl: 20, wasm: 50, cpu: 20 },
        readIterations: { webgpu: 20, webgl: 15, wasm: 30, cpu: 15 },
        liveSettleMs: 500,
        liveWindowMs: 3000,
        longRunBackend: "wasm",
        longRunWarmup: 50,
        longRunHold: 10,
        longRunReads: 300,
        longRunWindow: 100,
        numberBackend: "wasm",
        numberIterations: 30,
        loopSettleMs: 200,
        loopWindowMs: 700,
        cpuThrottling: 4,
      }
    : {
        warmup: 20,
        // Fewer where each call is slow: cpu, and webgl, which runs on SwiftShader (the CPU) without a GPU.
        modelIterations: { webgpu: 1000, webgl: 400, wasm: 2000, cpu: 500 },
        readIterations: { webgpu: 500, webgl: 300, wasm: 1000, cpu: 300 },
        liveSettleMs: 1000,
        liveWindowMs: 8000,
        longRunBackend: "wasm",
        longRunWarmup: 200,
        longRunHold: 10,
        longRunReads: 10_000,
        longRunWindow: 500,
        numberBackend: "wasm",
        numberIterations: 1000,
        loopSettleMs: 1500,
        loopWindowMs: 8000,
        cpuThrottling: 4,
      };
}

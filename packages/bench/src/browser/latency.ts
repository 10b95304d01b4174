// Part 2a: per backend, model-only latency (shipped model and the prototype's) and the
// full read of a camera frame at 640×480 and 1280×720 (LiveDigits' reader and the prototype's).
import type { BackendName } from "@livedigits/core";
import type { Browser } from "playwright-core";
import type { BenchFrames } from "./bench-frames.js";
import { openBenchPage } from "./bench-page.js";
import type { FrameSizeName, ModelName, ReaderName } from "./page/protocol.js";
import type { BenchPlan } from "./plan.js";
import type { BackendLatency, PerSize, ReadSummary } from "./result.js";
import type { StaticServer } from "./static-server.js";
import { summarise, type LatencySummary } from "./stats.js";

const SIZES: readonly FrameSizeName[] = ["640x480", "1280x720"];

export async function measureLatency(
  browser: Browser,
  server: StaticServer,
  frames: BenchFrames,
  backend: BackendName,
  plan: BenchPlan,
  log: (line: string) => void,
): Promise<BackendLatency> {
  const opened = await openBenchPage(browser, server, frames, backend);
  try {
    if (!opened.start.ok) {
      log(`  ${backend}: not available: ${opened.start.reason}`);
      return { backend, available: false, reason: opened.start.reason };
    }
    const { page } = opened;
    const model = { warmup: plan.warmup, iterations: plan.modelIterations[backend] };
    const reads = { warmup: plan.warmup, iterations: plan.readIterations[backend] };

    const modelLatency = async (name: ModelName): Promise<LatencySummary> =>
      summarise(await page.evaluate(([n, t]) => window.livedigitsBench!.modelLatency(n, t), [name, model] as const));
    const readLatency = async (reader: ReaderName): Promise<PerSize<ReadSummary>> => {
      const perSize: Partial<Record<FrameSizeName, ReadSummary>> = {};
      for (const size of SIZES) {
        const timed = await page.evaluate(([r, s, t]) => window.livedigitsBench!.readLatency(r, s, t), [reader, size, reads] as const);
        perSize[size] = { ...summarise(timed.samplesMs), correct: timed.correct };
      }
      return perSize as PerSize<ReadSummary>;
    };

    const shipped = await modelLatency("shipped");
    const baseline = await modelLatency("baseline");
    log(`  ${backend}: model p50 ${fmt(shipped.p50)} ms (prototype's ${fmt(baseline.p50)} ms)`);
    const livedigits = await readLatency("livedigits");
    const prototype = await readLatency("prototype");
    log(`  ${backend}: read p50 ${SIZES.map((s) => `${s} ${fmt(livedigits[s].p50)} ms`).join(", ")}`);
    return { backend, available: true, detail: opened.start.detail, model: { shipped, baseline }, read: { livedigits, prototype } };
  } finally {
    await opened.close();
  }
}

function fmt(ms: number): string {
  return ms.toFixed(2);
}

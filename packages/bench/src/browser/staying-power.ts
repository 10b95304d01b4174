// Part 3: thousands of reads on one backend in one page, with the memory that must not
// grow (TF.js tensors, the JS heap after a forced GC, wasm's linear memory) recorded
// after every batch, and the reading rate of the first and the last window compared.
import type { Browser, CDPSession } from "playwright-core";
import type { BenchFrames } from "./bench-frames.js";
import { openBenchPage } from "./bench-page.js";
import type { BatchResult } from "./page/protocol.js";
import type { BenchPlan } from "./plan.js";
import type { MemorySnapshot, StayingPowerResult } from "./result.js";
import type { StaticServer } from "./static-server.js";

export async function measureStayingPower(
  browser: Browser,
  server: StaticServer,
  frames: BenchFrames,
  plan: BenchPlan,
  log: (line: string) => void,
): Promise<StayingPowerResult> {
  const backend = plan.longRunBackend;
  const opened = await openBenchPage(browser, server, frames, backend);
  try {
    if (!opened.start.ok) throw new Error(`The staying-power run needs ${backend}, which did not start: ${opened.start.reason}`);
    const { page } = opened;
    const cdp = await page.context().newCDPSession(page);
    // Warm-up reads are not counted: they settle what is allocated once (shaders, buffers, JIT).
    const options = { warmup: plan.longRunWarmup, hold: plan.longRunHold };
    await page.evaluate((o) => window.livedigitsBench!.startLongRun(o), options);
    const readBatch = (count: number): Promise<BatchResult> => page.evaluate((n) => window.livedigitsBench!.readBatch(n), count);

    const first = await readBatch(0);
    const start = await snapshot(cdp, 0, first);
    const trend: MemorySnapshot[] = [start];
    const batches: BatchResult[] = [];
    let readsSoFar = 0;
    while (readsSoFar < plan.longRunReads) {
      const batch = await readBatch(Math.min(plan.longRunWindow, plan.longRunReads - readsSoFar));
      readsSoFar += batch.reads;
      batches.push(batch);
      trend.push(await snapshot(cdp, readsSoFar, batch));
      if (batches.length % 5 === 0) log(`  staying power: ${readsSoFar}/${plan.longRunReads} reads`);
    }
    const rate = (batch: BatchResult) => (batch.reads * 1000) / batch.ms;
    return {
      backend,
      reads: readsSoFar,
      distinctFrames: frames.specs.filter((f) => f.size === "640x480").length,
      window: plan.longRunWindow,
      readingsPerSecondAtStart: rate(batches[0]!),
      readingsPerSecondAtEnd: rate(batches[batches.length - 1]!),
      digitsShown: batches.reduce((sum, b) => sum + b.digitsShown, 0),
      start,
      end: trend[trend.length - 1]!,
      trend,
    };
  } finally {
    await opened.close();
  }
}

async function snapshot(cdp: CDPSession, readsSoFar: number, batch: BatchResult): Promise<MemorySnapshot> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return { readsSoFar, numTensors: batch.numTensors, tensorBytes: batch.numBytes, jsHeapBytes: usedSize, wasmMemoryBytes: batch.wasmMemoryBytes };
}

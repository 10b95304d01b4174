// Numbers (#14): a 4-digit number read at 640×480 (p50/p95), and a 30 fps camera's frames
// read as the app reads them, for a digit and for a number, as the machine runs and with the
// CPU throttled through DevTools (Emulation.setCPUThrottlingRate), as on a low-end phone.
import type { Browser } from "playwright-core";
import type { BenchFrames } from "./bench-frames.js";
import { openBenchPage } from "./bench-page.js";
import { CAMERA_FPS } from "./camera-video.js";
import type { LoopSubject } from "./page/protocol.js";
import type { BenchPlan } from "./plan.js";
import type { CameraLoopRun, NumberReadSummary, NumberSpeedResult } from "./result.js";
import type { StaticServer } from "./static-server.js";
import { summarise } from "./stats.js";

/** The app's default: the web page and the extension read numbers of up to 6 digits. */
export const APP_MAX_DIGITS = 6;
/** The number the camera loops and the live app's camera show. */
export const LIVE_NUMBER = "2026";

/** What each camera loop reads: today's single digit, the same digit as the number reader sees it, and a number. */
const LOOP_SUBJECTS: readonly LoopSubject[] = [
  { kind: "digit", maxDigits: 1 },
  { kind: "number", text: "7", maxDigits: APP_MAX_DIGITS },
  { kind: "number", text: LIVE_NUMBER, maxDigits: APP_MAX_DIGITS },
];

export async function measureNumberSpeed(
  browser: Browser,
  server: StaticServer,
  frames: BenchFrames,
  plan: BenchPlan,
  log: (line: string) => void,
): Promise<NumberSpeedResult> {
  const backend = plan.numberBackend;
  const opened = await openBenchPage(browser, server, frames, backend);
  try {
    if (!opened.start.ok) throw new Error(`The numbers' speed is measured on ${backend}, which did not start: ${opened.start.reason}`);
    const { page } = opened;

    const reads: NumberReadSummary[] = [];
    for (const maxDigits of [4, APP_MAX_DIGITS]) {
      const timing = { warmup: plan.warmup, iterations: plan.numberIterations };
      const timed = await page.evaluate(([m, t]) => window.livedigitsBench!.numberLatency(m, t), [maxDigits, timing] as const);
      const summary = { maxDigits, ...summarise(timed.samplesMs), correct: timed.correct, shownWrong: timed.shownWrong, allDigitsFound: timed.allDigitsFound };
      log(`  4-digit number, maxDigits ${maxDigits}: p50 ${summary.p50.toFixed(2)} ms, p95 ${summary.p95.toFixed(2)} ms, ${summary.correct}/${summary.samples} read right`);
      reads.push(summary);
    }

    const loops: CameraLoopRun[] = [];
    const runLoops = async (cpuThrottling: number) => {
      for (const subject of LOOP_SUBJECTS) {
        const request = { subject, fps: CAMERA_FPS, settleMs: plan.loopSettleMs, windowMs: plan.loopWindowMs };
        const loop = await page.evaluate((r) => window.livedigitsBench!.cameraLoop(r), request);
        const run: CameraLoopRun = {
          subject,
          text: subject.kind === "number" ? subject.text : String(frames.specs.find((f) => f.size === "640x480" && f.label !== null)!.label),
          cpuThrottling,
          readingsPerSecond: (loop.readings * 1000) / loop.windowMs,
          framesOffered: loop.framesOffered,
          readings: loop.readings,
          skippedShare: loop.framesOffered > 0 ? Math.max(0, loop.framesOffered - loop.readings) / loop.framesOffered : 0,
          read: summarise(loop.readMs),
          shownRight: loop.shownRight,
          shownWrong: loop.shownWrong,
          textAtEnd: loop.textAtEnd,
        };
        log(
          `  camera loop, CPU ${cpuThrottling}× slower, "${run.text}" (maxDigits ${subject.maxDigits}): ${run.readingsPerSecond.toFixed(1)} readings/s, read p50 ${run.read.p50.toFixed(1)} ms`,
        );
        loops.push(run);
      }
    };
    await runLoops(1);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: plan.cpuThrottling });
    try {
      await runLoops(plan.cpuThrottling);
    } finally {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    }

    const number = frames.numbers.find((f) => f.text === LIVE_NUMBER)!;
    return { backend, frame: { width: number.width, height: number.height, box: number.box }, reads, cameraFps: CAMERA_FPS, cpuThrottling: plan.cpuThrottling, loops };
  } finally {
    await opened.close();
  }
}

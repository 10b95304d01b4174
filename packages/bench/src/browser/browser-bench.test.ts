// Runs the browser bench in --quick mode so its code cannot rot: the figures must be
// there and make sense. Nothing about time is asserted (the machine may be busy).
import { beforeAll, describe, expect, it } from "vitest";
import { renderBrowserReport, runBrowserBench, type BrowserBenchResult } from "./index.js";

describe("runBrowserBench --quick", () => {
  let result: BrowserBenchResult;
  let report: string;

  beforeAll(async () => {
    result = await runBrowserBench({ quick: true, log: () => {} });
    report = renderBrowserReport(result);
  });

  it("measures at least wasm and cpu, with positive finite latencies, and says why a backend is missing", () => {
    const available = result.latency.filter((b) => b.available);
    expect(available.map((b) => b.backend)).toEqual(expect.arrayContaining(["wasm", "cpu"]));
    for (const b of result.latency) {
      if (!b.available) {
        expect(b.reason.length).toBeGreaterThan(0);
        continue;
      }
      const summaries = [b.model.shipped, b.model.baseline, ...Object.values(b.read.livedigits), ...Object.values(b.read.prototype)];
      for (const s of summaries) {
        for (const value of [s.p50, s.p95, s.mean]) {
          expect(Number.isFinite(value), `${b.backend}: ${JSON.stringify(s)}`).toBe(true);
          expect(value).toBeGreaterThan(0);
        }
        expect(s.p95).toBeGreaterThanOrEqual(s.p50);
      }
      // LiveDigits' reader reads the digits it is timed on (so real work was timed).
      for (const read of Object.values(b.read.livedigits)) expect(read.correct).toBeGreaterThan(read.samples / 2);
    }
  });

  it("reads every frame of the staying-power run without leaking tensors", () => {
    const run = result.stayingPower;
    expect(run.reads).toBe(result.plan.longRunReads);
    expect(run.end.readsSoFar).toBe(run.reads);
    expect(run.end.numTensors).toBe(run.start.numTensors);
    expect(run.start.jsHeapBytes).toBeGreaterThan(0);
    expect(run.readingsPerSecondAtStart).toBeGreaterThan(0);
    expect(run.readingsPerSecondAtEnd).toBeGreaterThan(0);
    expect(run.digitsShown).toBeGreaterThan(0);
  });

  it("sees the live app read the camera's digit, counting frames seen and skipped", () => {
    const runs = result.liveApp.runs.filter((r) => r.available);
    expect(runs.map((r) => r.backend)).toEqual(expect.arrayContaining(["wasm", "cpu"]));
    for (const run of runs) {
      expect(run.framesSeen, run.backend).toBeGreaterThan(0);
      expect(run.framesSkipped).toBeGreaterThanOrEqual(0);
      expect(run.framesSkipped).toBeLessThanOrEqual(run.framesSeen);
      expect(run.readingsPerSecond).toBeGreaterThan(0);
      expect(run.firstReadingMs).toBeGreaterThan(0);
      expect(run.firstShown, run.backend).toBe(result.liveApp.video.text);
      expect(run.shownAtEnd, run.backend).toBe(result.liveApp.video.text);
      expect(run.problems).toEqual([]);
    }
  });

  it("sees the live app read a number from the camera on wasm, as many digits as it allows", () => {
    expect(result.liveNumbers.settings).toEqual({ maxDigits: "6" });
    expect(result.liveNumbers.video.text).toBe("2026");
    const [run] = result.liveNumbers.runs;
    expect(run?.available && run.backend).toBe("wasm");
    if (!run?.available) return;
    expect(run.readingsPerSecond).toBeGreaterThan(0);
    expect(run.framesSkipped).toBeLessThanOrEqual(run.framesSeen);
    expect(run.firstShown).toBe("2026");
    expect(run.shownAtEnd).toBe("2026");
    expect(run.problems).toEqual([]);
  });

  it("times 4-digit numbers read at 640×480 with maxDigits 4 and 6", () => {
    const { reads } = result.numbers;
    expect(reads.map((r) => r.maxDigits)).toEqual([4, 6]);
    for (const read of reads) {
      expect(read.samples).toBe(result.plan.numberIterations);
      for (const value of [read.p50, read.p95]) expect(Number.isFinite(value) && value > 0, JSON.stringify(read)).toBe(true);
      expect(read.p95).toBeGreaterThanOrEqual(read.p50);
      // The reader took each number apart and read it (so a number's whole work was timed).
      expect(read.allDigitsFound, `maxDigits ${read.maxDigits}`).toBeGreaterThan(read.samples / 2);
      expect(read.correct, `maxDigits ${read.maxDigits}`).toBeGreaterThan(read.samples / 2);
      expect(read.correct + read.shownWrong).toBeLessThanOrEqual(read.samples);
    }
  });

  it("reads a 30 fps camera's digit and number as the machine runs and with the CPU throttled", () => {
    const { loops, cpuThrottling, cameraFps } = result.numbers;
    expect(loops.map((l) => `${l.text}/${l.subject.maxDigits}@${l.cpuThrottling}`)).toEqual(
      [1, cpuThrottling].flatMap((rate) => [`7/1@${rate}`, `7/6@${rate}`, `2026/6@${rate}`]),
    );
    for (const loop of loops) {
      expect(loop.readings, loop.text).toBeGreaterThan(0);
      expect(loop.readings, "never more readings than camera frames").toBeLessThanOrEqual(loop.framesOffered);
      expect(loop.readingsPerSecond).toBeLessThanOrEqual(cameraFps * 1.1);
      expect(loop.read.p50).toBeGreaterThan(0);
      expect(loop.shownRight + loop.shownWrong).toBeLessThanOrEqual(loop.readings);
    }
    // The digit and the number are shown, in the square box and in the wide one, throttled or not.
    for (const loop of loops) {
      expect(loop.shownRight, `${loop.text}/${loop.subject.maxDigits}@${loop.cpuThrottling}`).toBeGreaterThan(0);
      expect(loop.textAtEnd).toBe(loop.text);
    }
  });

  it("counts the model and the code each app ships", () => {
    expect(result.bytes.map((b) => b.app)).toEqual(["web", "kiosk", "extension"]);
    for (const app of result.bytes) {
      expect(app.model, app.app).toBeGreaterThan(0);
      expect(app.js).toBeGreaterThan(0);
      expect(app.jsGzip).toBeLessThan(app.js);
      expect(app.total).toBe(app.js + app.wasm + app.model + app.other);
    }
  });

  it("reports every backend, the machine and the browser, and stays JSON", () => {
    for (const backend of ["webgpu", "webgl", "wasm", "cpu"]) expect(report).toMatch(new RegExp(`^\\| ${backend} \\|`, "m"));
    expect(report).toContain(result.machine.browser);
    expect(report).toContain("Staying power");
    expect(report).toContain("## Numbers: a 4-digit number read at 640×480 on wasm");
    expect(report).toMatch(/^\| a 4-digit number \(2026\) \| wide \| 6 \| 4× slower \|/m);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

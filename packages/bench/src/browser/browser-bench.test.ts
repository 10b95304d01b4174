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
      expect(run.firstDigit, run.backend).toBe(result.liveApp.video.label);
      expect(run.digitAtEnd, run.backend).toBe(result.liveApp.video.label);
      expect(run.problems).toEqual([]);
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
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

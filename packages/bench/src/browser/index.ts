// The browser half of `pnpm bench` (issue #7, parts 2 and 3): speed in headless Chromium
// per TF.js backend, the live app with a fake camera, bytes shipped, and staying power
// over thousands of reads. Prints progress through `log`, asserts nothing about time.
import { measureAppBytes } from "./app-bytes.js";
import { makeBenchFrames } from "./bench-frames.js";
import { buildBenchPage, serveBenchPage } from "./bench-page.js";
import { cameraVideo } from "./camera-video.js";
import { launchChromium } from "./chromium.js";
import { measureLatency } from "./latency.js";
import { measureLiveApp } from "./live-app.js";
import { describeMachine } from "./machine.js";
import { APP_BUILDS } from "./paths.js";
import { BACKENDS, benchPlan, type BenchPlan } from "./plan.js";
import type { BackendLatency, BrowserBenchResult, Machine, NumberSpeedResult, StayingPowerResult } from "./result.js";
import { APP_MAX_DIGITS, LIVE_NUMBER, measureNumberSpeed } from "./number-speed.js";
import { measureStayingPower } from "./staying-power.js";

export { renderBrowserReport } from "./report.js";
export type * from "./result.js";

export interface BrowserBenchOptions {
  /** Few iterations, short windows, 300 reads instead of 10,000: for the test. */
  readonly quick: boolean;
  readonly log: (line: string) => void;
}

export async function runBrowserBench({ quick, log }: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const began = Date.now();
  const plan = benchPlan(quick);

  log("browser bench: bytes shipped by each app");
  const bytes = APP_BUILDS.map(measureAppBytes);

  const { machine, latency, stayingPower, numbers } = await measureInBenchPage(plan, log);

  log("browser bench: the web app with a 30 fps fake camera");
  const video = await cameraVideo();
  const liveApp = await measureLiveApp(BACKENDS, video, plan, log);
  log(`browser bench: the web app reading a number (maxDigits ${APP_MAX_DIGITS}) on ${plan.numberBackend}`);
  const liveNumbers = await measureLiveApp([plan.numberBackend], await cameraVideo(LIVE_NUMBER), plan, log, { maxDigits: String(APP_MAX_DIGITS) });

  const wallSeconds = (Date.now() - began) / 1000;
  log(`browser bench: done in ${wallSeconds.toFixed(0)} s`);
  return { quick, startedAt: new Date(began).toISOString(), wallSeconds, machine, plan, latency, liveApp, liveNumbers, bytes, stayingPower, numbers };
}

/** Parts 2a and 3: the bench page, one page per backend, then numbers and the long run, in one browser. */
async function measureInBenchPage(
  plan: BenchPlan,
  log: (line: string) => void,
): Promise<{ machine: Machine; latency: BackendLatency[]; stayingPower: StayingPowerResult; numbers: NumberSpeedResult }> {
  log("browser bench: building the bench page and its frames");
  await buildBenchPage();
  const frames = makeBenchFrames();
  const server = await serveBenchPage(frames);
  const browser = await launchChromium();
  try {
    const machine = await describeMachine(browser);
    log(`browser bench: latency per backend in ${machine.browser}`);
    const latency: BackendLatency[] = [];
    for (const backend of BACKENDS) latency.push(await measureLatency(browser, server, frames, backend, plan, log));
    log(`browser bench: numbers on ${plan.numberBackend}, and a ${plan.cpuThrottling}× slower CPU`);
    const numbers = await measureNumberSpeed(browser, server, frames, plan, log);
    log(`browser bench: staying power, ${plan.longRunReads} reads on ${plan.longRunBackend}`);
    const stayingPower = await measureStayingPower(browser, server, frames, plan, log);
    return { machine, latency, stayingPower, numbers };
  } finally {
    await browser.close();
    await server.close();
  }
}

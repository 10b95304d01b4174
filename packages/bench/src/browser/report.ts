// The browser bench's Markdown report: the figures as tables, the machine they come
// from, what was measured and how, and why a backend is missing where it is.
import type {
  AppBytes,
  BackendLatency,
  BrowserBenchResult,
  CameraLoopRun,
  LiveAppResult,
  LiveAppRun,
  MemorySnapshot,
  NumberSpeedResult,
  StayingPowerResult,
} from "./result.js";
import type { BenchPlan } from "./plan.js";
import type { LatencySummary } from "./stats.js";

/** #14's target for a 4-digit number read at 640×480, at the median. */
const NUMBER_READ_TARGET_MS = 10;
/** #14's target for live readings per second with a 30 fps camera. */
const LIVE_READINGS_TARGET = 20;

export function renderBrowserReport(result: BrowserBenchResult): string {
  const { machine } = result;
  return [
    "# Browser benchmark: speed, bytes shipped, staying power",
    "",
    `${result.quick ? "**Quick run** (few iterations, short windows: checks the bench works; figures are rough)." : "Full run."} ` +
      `Started ${result.startedAt}, took ${Math.round(result.wallSeconds)} s.`,
    "",
    `- Browser: ${machine.browser}; user agent \`${machine.userAgent}\``,
    `- Machine: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}`,
    `- Load average when the run started: ${machine.loadAverage.join(", ")} (other work on the machine makes timings noisy; compare figures within one run).`,
    "",
    ...backendSection(result.latency),
    ...modelSection(result.latency),
    ...readSection(result.latency),
    ...liveAppSection(result.liveApp, result.plan),
    ...liveAppSection(result.liveNumbers, result.plan),
    ...numberReadSection(result.numbers),
    ...cameraLoopSection(result.numbers, result.plan),
    ...bytesSection(result.bytes),
    ...stayingPowerSection(result.stayingPower, result.plan, fastestBackend(result.latency)),
    ...methodSection(result),
  ].join("\n");
}

function backendSection(latency: readonly BackendLatency[]): string[] {
  return [
    "## Backends in this browser",
    "",
    "| Backend | Available | Details |",
    "| --- | --- | --- |",
    ...latency.map((b) => `| ${b.backend} | ${b.available ? "yes" : "**no**"} | ${cell(b.available ? b.detail : b.reason)} |`),
    "",
  ];
}

function modelSection(latency: readonly BackendLatency[]): string[] {
  return [
    "## Model only: predict one 28×28 digit and read the result back (ms)",
    "",
    "| Backend | LiveDigits p50 | p95 | Prototype's CNN p50 | p95 | Prototype ÷ LiveDigits (p50) | Samples each |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...latency.map((b) =>
      b.available
        ? `| ${b.backend} | ${ms(b.model.shipped.p50)} | ${ms(b.model.shipped.p95)} | ${ms(b.model.baseline.p50)} | ${ms(b.model.baseline.p95)} | ${ratio(b.model.baseline, b.model.shipped)} | ${b.model.shipped.samples} |`
        : `| ${b.backend} | not available | | | | | |`,
    ),
    "",
    RATIO_NOTE,
    "",
  ];
}

function readSection(latency: readonly BackendLatency[]): string[] {
  const rows: string[] = [];
  for (const b of latency) {
    if (!b.available) {
      rows.push(`| ${b.backend} | | not available | | | | | | |`);
      continue;
    }
    for (const size of ["640x480", "1280x720"] as const) {
      const ours = b.read.livedigits[size];
      const theirs = b.read.prototype[size];
      rows.push(
        `| ${b.backend} | ${size.replace("x", "×")} | ${ms(ours.p50)} | ${ms(ours.p95)} | ${ours.correct}/${ours.samples} | ${ms(theirs.p50)} | ${ms(theirs.p95)} | ${theirs.correct}/${theirs.samples} | ${ratio(theirs, ours)} |`,
      );
    }
  }
  return [
    "## Full read: camera frame → digit (ms)",
    "",
    "`reader.read(frame, box)` on an ImageBitmap of the whole frame, the box being the app's default (centred square, 40% of the short side).",
    "",
    "| Backend | Frame | LiveDigits p50 | p95 | Digit right | Prototype p50 | p95 | Digit right | Prototype ÷ LiveDigits (p50) |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    `${RATIO_NOTE} "Digit right": timed reads that gave the digit drawn (the prototype's recipe has no polarity step, ink box or centring).`,
    "",
  ];
}

function liveAppSection(liveApp: LiveAppResult, plan: BenchPlan): string[] {
  const row = (run: LiveAppRun): string => {
    if (!run.available) return `| ${run.backend} | not available: ${cell(run.reason)} | | | | | | | |`;
    const firstShown = run.firstShownMs === null ? "none" : `${Math.round(run.firstShownMs)} (${run.firstShown})`;
    return (
      `| ${run.backend} | ${Math.round(run.readyMs)} | ${Math.round(run.firstReadingMs)} | ${firstShown} | ${run.readingsPerSecond.toFixed(1)} | ${run.cameraFps.toFixed(1)} | ` +
      `${(run.skippedShare * 100).toFixed(0)}% (${run.framesSkipped}/${run.framesSeen}) | ${run.shownAtEnd ?? "none"} | ${run.problems.length ? cell(run.problems.join("; ")) : "none"} |`
    );
  };
  const { video, settings } = liveApp;
  const isNumber = video.text.length > 1;
  const link = Object.entries(settings).map(([name, value]) => `&${name}=${value}`).join("");
  return [
    `## Live app: apps/web with a ${video.fps} fps fake camera (${video.width}×${video.height}, a handwritten ${isNumber ? `${video.text.length}-digit number, ${video.text}` : video.text})`,
    "",
    `Each backend is a first visit in a fresh browser context, opened with \`?backend=…${link}\`${link ? "" : " (the app's other settings as it ships them)"}` +
      `${isNumber ? ", the number a little apart in the middle of the app's default box for numbers" : ""}. ` +
      `Times are from navigation start; the rates are counted over ${plan.liveWindowMs / 1000} s, ${plan.liveSettleMs / 1000} s after the first ${isNumber ? "number" : "digit"} shown.` +
      `${isNumber ? ` Target (#14): ≥ ${LIVE_READINGS_TARGET} readings/s.` : ""}`,
    "",
    `| Backend | Reader ready (ms) | First reading (ms) | First ${isNumber ? "number" : "digit"} shown (ms) | Readings/s | Camera frames/s | Frames skipped | Shown at the end | Errors |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...liveApp.runs.map(row),
    "",
    "A frame is skipped when it arrives while the previous one is still being read: the app reads the newest frame, never a queue.",
    "",
  ];
}

function numberReadSection(numbers: NumberSpeedResult): string[] {
  const { frame } = numbers;
  return [
    `## Numbers: a 4-digit number read at ${frame.width}×${frame.height} on ${numbers.backend} (ms)`,
    "",
    `\`reader.read(frame, box)\` with the box the apps read numbers in (${frame.box.width}×${frame.box.height}, centred), the reader made with \`maxDigits\`. ` +
      "The frames hold 4-digit numbers written from MNIST test digits a little apart, in the looks of the full-read frames. " +
      `Target (#14): p50 ≤ ${NUMBER_READ_TARGET_MS} ms.`,
    "",
    "| maxDigits | p50 | p95 | p50 within target | Number right | Shown wrong | All 4 digits found | Samples |",
    "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    ...numbers.reads.map(
      (r) =>
        `| ${r.maxDigits} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.p50 <= NUMBER_READ_TARGET_MS ? "yes" : "**no**"} | ${r.correct}/${r.samples} | ${r.shownWrong} | ${r.allDigitsFound}/${r.samples} | ${r.samples} |`,
    ),
    "",
    '"Number right": reads that showed the number written (the others showed nothing, being unsure of a digit, or "Shown wrong" another number); "All 4 digits found": reads that took the box apart into four digits, shown or not (a sanity check that a number\'s whole work was timed).',
    "",
  ];
}

function cameraLoopSection(numbers: NumberSpeedResult, plan: BenchPlan): string[] {
  const boxOf = (run: CameraLoopRun) => (run.subject.kind === "digit" ? "square" : "wide");
  const what = (run: CameraLoopRun) => (run.text.length === 1 ? `a digit (${run.text})` : `a ${run.text.length}-digit number (${run.text})`);
  const row = (run: CameraLoopRun) =>
    `| ${what(run)} | ${boxOf(run)} | ${run.subject.maxDigits} | ${run.cpuThrottling === 1 ? "as is" : `${run.cpuThrottling}× slower`} | ${run.readingsPerSecond.toFixed(1)} | ` +
    `${(run.skippedShare * 100).toFixed(0)}% (${Math.max(0, run.framesOffered - run.readings)}/${run.framesOffered}) | ${ms(run.read.p50)} | ${ms(run.read.p95)} | ` +
    `${run.shownRight}/${run.readings} | ${run.shownWrong} | ${run.textAtEnd ?? "nothing"} |`;
  return [
    `## Readings/s with a ${numbers.cameraFps} fps camera, and with the CPU ${numbers.cpuThrottling}× slower (${numbers.backend})`,
    "",
    `The bench page plays a camera: a new frame every ${(1000 / numbers.cameraFps).toFixed(1)} ms, and whenever the reader is free it reads the newest frame with \`readForVideo\` (smoothing on), as the app does — ` +
      "here on the page's main thread: the app reads in a Web Worker, but DevTools throttles only a page's main thread (for a worker, Chromium answers `Emulation.setCPUThrottlingRate` with \"only supported for pages, not workers\"), so throttling the app would slow its grabbing of frames, not its reads. " +
      `One ${numbers.frame.width}×${numbers.frame.height} frame is held in front of the camera; counted over ${plan.loopWindowMs / 1000} s after ${plan.loopSettleMs / 1000} s of reading. ` +
      `"${numbers.cpuThrottling}× slower": DevTools' \`Emulation.setCPUThrottlingRate\` (rate ${numbers.cpuThrottling}), a low-end phone. ` +
      `Target (#14): ≥ ${LIVE_READINGS_TARGET} readings/s for a number with the CPU as is.`,
    "",
    "| In the box | Box | maxDigits | CPU | Readings/s | Frames skipped | Read p50 (ms) | p95 | Shown right | Shown wrong | Shown at the end |",
    "| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...numbers.loops.map(row),
    "",
    "The square box is the one-digit default (maxDigits 1); the wide one is where the web page and the extension read numbers (maxDigits 6 by default). Readings/s cannot pass the camera's frame rate.",
    "",
  ];
}

function bytesSection(bytes: readonly AppBytes[]): string[] {
  return [
    "## Bytes shipped by each app (dist/, source maps left out)",
    "",
    "| App | JS | JS gzipped | wasm | Model | Other | Total | Files |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...bytes.map(
      (b) =>
        `| ${b.app} (\`${b.dist}\`) | ${size(b.js)} | ${size(b.jsGzip)} | ${size(b.wasm)} (${b.wasmFiles} files) | ${size(b.model)} | ${size(b.other)} | ${size(b.total)} | ${b.files} |`,
    ),
    "",
    "A browser fetches one of the wasm binaries (SIMD where supported, threaded SIMD only on a cross-origin-isolated page), and only when the wasm backend runs.",
    "",
  ];
}

function stayingPowerSection(run: StayingPowerResult, plan: BenchPlan, fastest: string | null): string[] {
  const { start, end } = run;
  const tensorVerdict = end.numTensors === start.numTensors ? "no growth" : `**changed by ${end.numTensors - start.numTensors}**`;
  const row = (label: string, value: (s: MemorySnapshot) => string) => `| ${label} | ${value(start)} | ${value(end)} |`;
  const trend = run.trend.filter((_, i) => i % Math.max(1, Math.floor(run.trend.length / 10)) === 0 || i === run.trend.length - 1);
  return [
    `## Staying power: ${run.reads.toLocaleString("en")} reads on ${run.backend}`,
    "",
    `One page reads ${run.distinctFrames} different 640×480 frames in turn, ${plan.longRunHold} reads each (digits in four looks, and blank paper), with the app's settings (smoothing on), after ${plan.longRunWarmup} untimed reads. ` +
      `${run.backend === fastest ? `${run.backend}: the fastest full read in this run.` : `The fastest full read in this run was ${fastest ?? "none"}; this run uses ${run.backend}.`} ` +
      "Memory is read after a forced garbage collection.",
    "",
    "| | Start | End |",
    "| --- | ---: | ---: |",
    row("Reads so far", (s) => s.readsSoFar.toLocaleString("en")),
    row("TF.js tensors", (s) => String(s.numTensors)),
    row("TF.js tensor bytes", (s) => size(s.tensorBytes)),
    row("JS heap in use", (s) => size(s.jsHeapBytes)),
    row("wasm memory", (s) => (s.wasmMemoryBytes === null ? "n/a" : size(s.wasmMemoryBytes))),
    `| Readings/s (first and last ${run.window} reads) | ${run.readingsPerSecondAtStart.toFixed(0)} | ${run.readingsPerSecondAtEnd.toFixed(0)} |`,
    "",
    `Tensors: ${tensorVerdict}. JS heap: ${change(start.jsHeapBytes, end.jsHeapBytes)}. ` +
      `Reading rate: ${change(run.readingsPerSecondAtStart, run.readingsPerSecondAtEnd)}. Digits shown: ${run.digitsShown.toLocaleString("en")} of ${run.reads.toLocaleString("en")} reads.`,
    "",
    `JS heap along the run: ${trend.map((s) => `${s.readsSoFar.toLocaleString("en")}: ${size(s.jsHeapBytes)}`).join(" · ")}`,
    "",
  ];
}

function methodSection({ plan }: BrowserBenchResult): string[] {
  const its = (r: Readonly<Record<string, number>>) =>
    Object.entries(r)
      .map(([b, n]) => `${b} ${n}`)
      .join(", ");
  return [
    "## How this was measured",
    "",
    "- Headless Chromium launched by Playwright with no feature flags, as a visitor's browser runs: WebGPU is tried as Chromium ships it, which needs a GPU adapter.",
    "- Speed: a bench page built with Vite (production build) from packages/bench/src/browser/page, importing @livedigits/core and the prototype's reader (packages/bench/src/prototype-reader.ts), served with the shipped model, the prototype's model (packages/bench/baseline-model) and TF.js's wasm binaries from its own origin. One fresh page per backend; timed with `performance.now()` in the page (0.1 ms resolution, the page not being cross-origin isolated).",
    `- ${plan.warmup} untimed runs before each timing. Iterations per model: ${its(plan.modelIterations)}; per reader and frame size: ${its(plan.readIterations)}. p50 and p95 are nearest-rank percentiles.`,
    "- Model only: `predict()` on one MNIST digit (28×28), creating the input tensor and reading the 10 probabilities back, as the reader does.",
    "- Full read: frames are MNIST test digits drawn as ink on paper or chalk on a slate, with uneven light and noise, turned into ImageBitmaps (what the app's worker receives from the camera). LiveDigits' reader: box → gray → polarity → ink box → MNIST-style centring → CNN. The prototype's recipe: the whole box resized to 28×28 → its CNN, on the same backend.",
    "- Live app: apps/web/dist served as built, Chromium's fake camera playing a looping .y4m made with ffmpeg; the first reading and first digit are noted by a MutationObserver on the status line and the reading; frames seen, skipped and readings come from the status line's data attributes.",
    `- Numbers: ${plan.numberIterations} timed reads per maxDigits after ${plan.warmup} untimed. The camera loops make a fresh reader each (untimed) and read from one frame's ImageBitmap; the throttled loops run in the same page after the unthrottled ones.`,
    "- Staying power: the reads run in batches; after each, a forced GC (CDP HeapProfiler.collectGarbage) and Runtime.getHeapUsage, plus tf.memory().",
    "",
  ];
}

/** The backend with the quickest 640×480 read at the median. */
function fastestBackend(latency: readonly BackendLatency[]): string | null {
  let best: { backend: string; p50: number } | null = null;
  for (const b of latency) {
    if (b.available && (!best || b.read.livedigits["640x480"].p50 < best.p50)) best = { backend: b.backend, p50: b.read.livedigits["640x480"].p50 };
  }
  return best?.backend ?? null;
}

const RATIO_NOTE = "Prototype ÷ LiveDigits: the prototype's median time over LiveDigits'; below 1, the prototype's is quicker.";

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** How many times slower the prototype is (above 1) or faster (below 1), at the median. */
function ratio(prototype: LatencySummary, ours: LatencySummary): string {
  return ours.p50 > 0 ? `${(prototype.p50 / ours.p50).toFixed(2)}×` : "n/a";
}

function size(bytes: number): string {
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(2)} MiB`;
  if (bytes >= 2 ** 10) return `${(bytes / 2 ** 10).toFixed(1)} KiB`;
  return `${bytes} B`;
}

function change(from: number, to: number): string {
  if (from === 0) return `${from} → ${to}`;
  const percent = ((to - from) / from) * 100;
  return `${percent >= 0 ? "+" : ""}${percent.toFixed(1)}%`;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}

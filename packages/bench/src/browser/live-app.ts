// Part 2b: the built web app, as a visitor opens it, with a 30 fps fake camera playing a
// digit or a number: per backend (?backend=), the time to the first reading and the first
// thing shown, then readings per second and the share of camera frames skipped over a steady window.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BackendName } from "@livedigits/core";
import type { Browser, Page } from "playwright-core";
import type { CameraVideo } from "./camera-video.js";
import { launchChromium } from "./chromium.js";
import { APP_BUILDS } from "./paths.js";
import type { BenchPlan } from "./plan.js";
import type { LiveAppResult, LiveAppRun } from "./result.js";
import { startStaticServer, type StaticServer } from "./static-server.js";

const web = APP_BUILDS.find((b) => b.app === "web")!;

export async function measureLiveApp(
  backends: readonly BackendName[],
  video: CameraVideo,
  plan: BenchPlan,
  log: (line: string) => void,
  /** Settings given to the page in its link besides the backend, e.g. { maxDigits: "6" }; none: the app's defaults. */
  settings: Readonly<Record<string, string>> = {},
): Promise<LiveAppResult> {
  if (!existsSync(join(web.dist, "index.html"))) {
    throw new Error(`apps/web is not built (no ${web.dist}/index.html): run \`${web.buildCommand}\` first.`);
  }
  const server = await startStaticServer({ folders: { "/": web.dist } });
  // One browser: Chromium takes the fake camera's file only at launch. A fresh context per backend, so each is a first visit.
  const browser = await launchChromium({ cameraVideo: video.file });
  try {
    const runs: LiveAppRun[] = [];
    for (const backend of backends) {
      const run = await measureOneBackend(browser, server, backend, settings, plan);
      log(
        run.available
          ? `  live app, ${backend}, "${video.text}": first reading ${Math.round(run.firstReadingMs)} ms, ${run.readingsPerSecond.toFixed(1)} readings/s, ${(run.skippedShare * 100).toFixed(0)}% of frames skipped`
          : `  live app, ${backend}: not available: ${run.reason}`,
      );
      runs.push(run);
    }
    return { app: "web", settings, video: { text: video.text, width: video.width, height: video.height, fps: video.fps }, runs };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The first moment the page showed each thing, in ms from navigation start; recorded inside the page. */
interface Milestones {
  ready?: number;
  failed?: number;
  firstReading?: number;
  firstShown?: number;
  /** What was shown first. */
  text?: string;
}

interface Counts {
  readonly at: number;
  readonly frames: number;
  readonly skipped: number;
  readonly readings: number;
  readonly text: string | null;
}

async function measureOneBackend(
  browser: Browser,
  server: StaticServer,
  backend: BackendName,
  settings: Readonly<Record<string, string>>,
  plan: BenchPlan,
): Promise<LiveAppRun> {
  const context = await browser.newContext({ permissions: ["camera"], viewport: { width: 1280, height: 940 } });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
    await page.addInitScript(recordMilestones);
    await page.goto(`${server.url}?${new URLSearchParams({ backend, ...settings }).toString()}`);

    await reached(page, ["firstReading", "failed"], 60_000);
    const loaded = await page.evaluate(() => (window as unknown as { benchMilestones: Milestones }).benchMilestones);
    if (loaded.failed !== undefined) {
      // The alert's text without its heading and its reload button: the reader's own message.
      const alert = (await page.getByTestId("reader-error").locator("p").textContent()) ?? "";
      const reason = alert.replace(/^\s*The digit reader could not start\.\s*/, "").trim() || "the reader failed to start";
      return { backend, available: false, reason, problems };
    }
    if (loaded.firstReading === undefined) throw new Error(`The web app read nothing within 60 s on ${backend}: ${problems.join("; ") || "no error logged"}`);
    // Smoothing shows a digit once a few readings agree; a wrong model might never show one.
    await reached(page, ["firstShown"], 20_000);
    const milestones = await page.evaluate(() => (window as unknown as { benchMilestones: Milestones }).benchMilestones);

    await page.waitForTimeout(plan.liveSettleMs);
    const before = await counts(page);
    await page.waitForTimeout(plan.liveWindowMs);
    const after = await counts(page);
    const seconds = (after.at - before.at) / 1000;
    const frames = after.frames - before.frames;
    const skipped = after.skipped - before.skipped;
    return {
      backend,
      available: true,
      readyMs: milestones.ready ?? milestones.firstReading!,
      firstReadingMs: milestones.firstReading!,
      firstShownMs: milestones.firstShown ?? null,
      firstShown: milestones.text ?? null,
      windowSeconds: seconds,
      readingsPerSecond: (after.readings - before.readings) / seconds,
      cameraFps: frames / seconds,
      framesSeen: frames,
      framesSkipped: skipped,
      skippedShare: frames > 0 ? skipped / frames : 0,
      shownAtEnd: after.text,
      problems,
    };
  } finally {
    await context.close();
  }
}

/** Waits until the page has noted one of the milestones; false when none came in time. */
function reached(page: Page, names: readonly (keyof Milestones)[], timeout: number): Promise<boolean> {
  return page
    .waitForFunction((ns) => ns.some((n) => (window as unknown as { benchMilestones: Milestones }).benchMilestones[n] !== undefined), names, {
      timeout,
      polling: 100,
    })
    .then(
      () => true,
      () => false,
    );
}

/** Runs in the page before the app: notes when the status line and the reading first change. */
function recordMilestones(): void {
  const milestones: Milestones = {};
  (window as unknown as { benchMilestones: Milestones }).benchMilestones = milestones;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    const status = document.querySelector<HTMLElement>('[data-testid="status-line"]');
    const reading = document.querySelector<HTMLElement>('[data-testid="reading"]');
    if (status?.dataset.status === "ready") milestones.ready ??= now;
    if (status?.dataset.status === "failed") milestones.failed ??= now;
    if (Number(status?.dataset.readings) > 0) milestones.firstReading ??= now;
    // The number shown (data-text), or the digit where the app shows one digit at a time (data-digit).
    const shown = reading?.dataset.text || reading?.dataset.digit;
    if (shown && milestones.firstShown === undefined) {
      milestones.firstShown = now;
      milestones.text = shown;
    }
  });
  // The document itself exists before any of the page's scripts run; its elements may not yet.
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

async function counts(page: Page): Promise<Counts> {
  const values = await page.evaluate(() => {
    const status = document.querySelector<HTMLElement>('[data-testid="status-line"]')?.dataset ?? {};
    const reading = document.querySelector<HTMLElement>('[data-testid="reading"]')?.dataset ?? {};
    return { at: performance.now(), frames: status.frames, skipped: status.skipped, readings: status.readings, text: reading.text || reading.digit };
  });
  if (values.frames === undefined) {
    throw new Error(`apps/web/dist predates the status line's frame counts: rebuild it with \`${web.buildCommand}\`.`);
  }
  return {
    at: values.at,
    frames: Number(values.frames),
    skipped: Number(values.skipped),
    readings: Number(values.readings),
    text: values.text || null,
  };
}

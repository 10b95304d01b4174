// Launches Debian's Chromium with a fake camera playing one video, opens the built
// app, and records what the app must never do: log an error or call another origin.
import { chromium, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { baseUrl, chromiumPath } from "./paths.js";

export interface AppOptions {
  /** .y4m file the fake camera plays; without it, Chromium's own test pattern. */
  readonly video?: string;
  /**
   * true: the camera is allowed already (the app starts it on load). false: nobody
   * answers the camera prompt, which Chromium then treats as a refusal.
   */
  readonly allowCamera: boolean;
  /** Where the built app is served; the suite's preview server by default. */
  readonly url?: string;
  /** More Chromium switches, e.g. --ignore-certificate-errors or --host-resolver-rules. */
  readonly browserArgs?: readonly string[];
}

export interface RunningApp {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, uncaught exceptions and requests to other origins, as they happened. */
  readonly problems: string[];
  close(): Promise<void>;
}

/** One browser per video: Chromium takes the fake camera's file only at launch. */
export async function launchApp(options: AppOptions): Promise<RunningApp> {
  const url = options.url ?? baseUrl;
  const args = [
    "--no-sandbox", // the tests run as root
    "--use-fake-device-for-media-stream",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ];
  if (options.allowCamera) args.push("--use-fake-ui-for-media-stream");
  if (options.video) args.push(`--use-file-for-fake-video-capture=${options.video}`);
  args.push(...(options.browserArgs ?? []));
  const browser = await chromium.launch({ executablePath: chromiumPath, args });
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 1280, height: 940 },
    permissions: options.allowCamera ? ["camera"] : [],
  });
  const problems: string[] = [];
  const origin = new URL(url).origin;
  context.on("request", (request) => {
    const target = new URL(request.url());
    if (target.protocol !== "data:" && target.protocol !== "blob:" && target.origin !== origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  const page = await context.newPage();
  // Messages logged in the reader's worker arrive here too.
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  return { browser, context, page, problems, close: () => browser.close() };
}

/** Waits for the camera to run and the model to be loaded. */
export async function expectLiveReader(page: Page): Promise<void> {
  await expect(page.getByTestId("camera-status")).toHaveAttribute("data-state", "running", { timeout: 15_000 });
  await expect(page.getByTestId("status-line")).toHaveAttribute("data-status", "ready", { timeout: 30_000 });
}

export interface SteadyReading {
  /** The number shown, as the page shows it ("7", "2026"), or null when none held steady. */
  readonly text: string | null;
  /** The same as a number (a one-digit reading is its digit). */
  readonly digit: number | null;
  readonly confidence: number;
  readonly msToRead: number;
}

/**
 * The first number (a digit is a number of length one) the page shows unchanged for
 * `steadyMs`, or null when it shows none within `timeoutMs`.
 */
export async function readSteadyDigit(page: Page, timeoutMs = 15_000, steadyMs = 600): Promise<SteadyReading> {
  const reading = page.getByTestId("reading");
  const started = Date.now();
  let shown = "";
  let shownSince = started;
  while (Date.now() - started < timeoutMs) {
    const text = (await reading.getAttribute("data-digit")) ?? "";
    if (text !== shown) {
      shown = text;
      shownSince = Date.now();
    } else if (text !== "" && Date.now() - shownSince >= steadyMs) {
      const confidence = Number(await reading.getAttribute("data-confidence"));
      return { text, digit: Number(text), confidence, msToRead: shownSince - started };
    }
    await page.waitForTimeout(100);
  }
  return { text: null, digit: null, confidence: 0, msToRead: timeoutMs };
}

/**
 * Records, from the page's first script on, every number the reading ever shows (in
 * window.__digitsShown). Pass to context.addInitScript; read with digitsShown.
 */
export function recordDigitsShown(): void {
  const shown: string[] = [];
  (window as Window & { __digitsShown?: string[] }).__digitsShown = shown;
  const note = (element: Element) => {
    const digit = element.getAttribute("data-digit");
    if (element.getAttribute("data-testid") === "reading" && digit) shown.push(digit);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.target instanceof Element) note(record.target);
      for (const node of record.addedNodes) if (node instanceof Element) [node, ...node.querySelectorAll("[data-digit]")].forEach(note);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-digit"] });
}

/**
 * The web page on a fake camera playing `video`, recording every number it shows (read with
 * digitsShown) from before it loads, its reader live: `check` looks at it, then the page must
 * have logged no problem.
 */
export async function watchWebPage(video: string, check: (page: Page) => Promise<void>): Promise<void> {
  const app = await launchApp({ video, allowCamera: true });
  try {
    await app.context.addInitScript(recordDigitsShown);
    await app.page.goto("/");
    await expectLiveReader(app.page);
    await check(app.page);
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
}

/** What recordDigitsShown saw, in order. */
export function digitsShown(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as Window & { __digitsShown?: string[] }).__digitsShown ?? []);
}

/** Size of the camera picture the page receives. */
export function videoSize(page: Page): Promise<[number, number]> {
  return page.locator("video").evaluate((video: HTMLVideoElement) => [video.videoWidth, video.videoHeight]);
}

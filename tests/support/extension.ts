// Builds the Chrome extension, loads it unpacked into Debian's Chromium with a fake
// camera, and opens its popup as a page. Records what the extension must never do:
// log an error or call another origin.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { chromiumPath, repoRoot } from "./paths.js";

export const extensionDist = fileURLToPath(new URL("../../apps/extension/dist/", import.meta.url));

let built = false;

/** `pnpm --filter @livedigits/extension... build`, once per test process. */
export function buildExtension(): void {
  if (built) return;
  execFileSync("pnpm", ["--filter", "@livedigits/extension...", "build"], { cwd: repoRoot, stdio: "pipe" });
  built = true;
}

/** The id Chrome gives the unpacked extension: from the manifest's key (sha256, first 32 hex digits written a…p). */
export function extensionId(dist = extensionDist): string {
  const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8")) as { key?: string };
  if (!manifest.key) throw new Error("The built manifest has no key, so its unpacked id is not fixed.");
  const hash = createHash("sha256").update(Buffer.from(manifest.key, "base64")).digest("hex").slice(0, 32);
  return [...hash].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join("");
}

/** An empty Chromium profile folder; the caller removes it. */
export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), "livedigits-extension-"));
}

export interface ExtensionOptions {
  /** .y4m file the fake camera plays; without it, Chromium's own test pattern. */
  readonly video?: string;
  /**
   * "allowed": the camera is granted to every origin before the popup opens.
   * "prompt": not decided yet, as in a fresh profile. Nobody answers a prompt (Chromium
   * then treats it as a refusal); `setCameraPermission` plays the person's answer.
   */
  readonly camera: "allowed" | "prompt";
  /** A profile folder to use (and keep) instead of a fresh one, e.g. to restart the browser. */
  readonly profile?: string;
}

export interface RunningExtension {
  readonly context: BrowserContext;
  readonly id: string;
  readonly problems: string[];
  /** Opens chrome-extension://ID/popup.html in a tab sized like the popup. */
  openPopup(): Promise<Page>;
  /** The person's answer to Chrome's camera prompt for the extension's pages (Allow / Block), or undecided. */
  setCameraPermission(setting: "granted" | "denied" | "prompt"): Promise<void>;
  /** Opens any extension page. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(options: ExtensionOptions): Promise<RunningExtension> {
  const id = extensionId();
  const userDataDir = options.profile ?? newProfile();
  const args = [
    "--no-sandbox", // the tests run as root
    `--disable-extensions-except=${extensionDist}`,
    `--load-extension=${extensionDist}`,
    "--use-fake-device-for-media-stream",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ];
  if (options.camera === "allowed") args.push("--use-fake-ui-for-media-stream");
  if (options.video) args.push(`--use-file-for-fake-video-capture=${options.video}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    // Chromium's (new) headless mode runs extensions.
    headless: true,
    args,
    ignoreDefaultArgs: ["--disable-extensions"],
    viewport: { width: 400, height: 600 },
    permissions: options.camera === "allowed" ? ["camera"] : [],
  });
  const problems: string[] = [];
  const origin = `chrome-extension://${id}`;
  const setCameraPermission = async (setting: "granted" | "denied" | "prompt") => {
    const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
    await cdp.send("Browser.setPermission", { permission: { name: "camera" }, setting, origin });
    await cdp.detach();
  };
  // Headless Chromium reports the camera as "denied" before anyone was asked; a fresh
  // profile in a real browser says "prompt", so that is what the extension is shown.
  if (options.camera === "prompt") await setCameraPermission("prompt");
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error (${page.url()}): ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught exception (${page.url()}): ${error.message}`));
  };
  context.on("page", watch);
  for (const page of context.pages()) watch(page);
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("data:") && !url.startsWith("blob:") && !url.startsWith(`${origin}/`)) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  const open = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`${origin}/${path}`);
    return page;
  };
  return {
    context,
    id,
    problems,
    open,
    setCameraPermission,
    openPopup: () => open("popup.html"),
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The tab showing chrome-extension://…/`path`, once one is open (the popup opens the permission page by itself). */
export async function waitForExtensionPage(context: BrowserContext, path: string, timeoutMs = 10_000): Promise<Page> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const page = context.pages().find((candidate) => new URL(candidate.url()).pathname === `/${path}`);
    if (page) {
      await page.waitForLoadState();
      return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No tab opened ${path} within ${timeoutMs} ms; open: ${context.pages().map((page) => page.url()).join(", ")}`);
}

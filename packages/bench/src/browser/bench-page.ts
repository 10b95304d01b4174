// Builds the bench page (src/browser/page) with Vite, serves it with the shipped model,
// the prototype's model, TF.js's wasm binaries and the frames, and opens it per backend.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BackendName } from "@livedigits/core";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import type { BenchFrames } from "./bench-frames.js";
import type { BackendStart } from "./page/protocol.js";
import { baselineModelDir, benchPageBuildDir, benchPageSourceDir, shippedModelDir, wasmBinaryDir } from "./paths.js";
import { startStaticServer, type StaticServer } from "./static-server.js";

/** A production build, as the apps ship: minified, one TF.js chunk (WebGPU's loaded on demand). */
export async function buildBenchPage(): Promise<void> {
  await build({
    root: benchPageSourceDir,
    configFile: false,
    logLevel: "warn",
    build: { outDir: benchPageBuildDir, emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 4000 },
  });
}

export function serveBenchPage(frames: BenchFrames): Promise<StaticServer> {
  if (!existsSync(join(baselineModelDir, "model.json"))) {
    throw new Error(
      `The prototype's model is missing from ${baselineModelDir}: train it with \`pnpm train --recipe prototype --out packages/bench/baseline-model\`.`,
    );
  }
  return startStaticServer({
    folders: { "/": benchPageBuildDir, "/model/": shippedModelDir, "/baseline-model/": baselineModelDir, "/wasm/": wasmBinaryDir },
    files: frames.files,
  });
}

export interface OpenBenchPage {
  readonly page: Page;
  readonly start: BackendStart;
  close(): Promise<void>;
}

/** A fresh page (and context) per backend, so one backend's state never colours another's figures. */
export async function openBenchPage(browser: Browser, server: StaticServer, frames: BenchFrames, backend: BackendName): Promise<OpenBenchPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.ready === "true", undefined, { timeout: 30_000 }).catch(() => {
    throw new Error(`The bench page did not start: ${errors.join("; ") || "no error reported"}`);
  });
  const setup = { backend, frames: frames.specs, numberFrames: frames.numbers, modelInput: frames.modelInput };
  const start = await page.evaluate((given) => window.livedigitsBench!.start(given), setup);
  return { page, start, close: () => context.close() };
}

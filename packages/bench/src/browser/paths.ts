// Where the browser bench finds what it measures and keeps what it generates.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** Debian's Chromium: Playwright cannot download its own browsers here. Override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Generated files (the built bench page, the fake camera's video): under node_modules, so git ignores them. */
export const cacheDir = fileURLToPath(new URL("../../node_modules/.cache/livedigits-browser-bench/", import.meta.url));
export const benchPageSourceDir = fileURLToPath(new URL("./page/", import.meta.url));
export const benchPageBuildDir = join(cacheDir, "page");
export const videoDir = join(cacheDir, "videos");

/** The model the apps ship. */
export const shippedModelDir = dirname(createRequire(import.meta.url).resolve("@livedigits/core/model/model.json"));

/** The prototype's CNN, trained by `pnpm train --recipe prototype --out packages/bench/baseline-model`. */
export const baselineModelDir = fileURLToPath(new URL("../../baseline-model/", import.meta.url));

/** tfjs-backend-wasm's binaries, resolved from core so they match the wasm backend core bundles. */
export const wasmBinaryDir = join(
  dirname(createRequire(join(shippedModelDir, "model.json")).resolve("@tensorflow/tfjs-backend-wasm/package.json")),
  "dist",
);

export interface AppBuild {
  /** Short name for the report. */
  readonly app: "web" | "kiosk" | "extension";
  readonly dist: string;
  readonly buildCommand: string;
}

export const APP_BUILDS: readonly AppBuild[] = (["web", "kiosk", "extension"] as const).map((app) => ({
  app,
  dist: join(repoRoot, "apps", app, "dist"),
  buildCommand: `pnpm --filter @livedigits/${app}... build`,
}));

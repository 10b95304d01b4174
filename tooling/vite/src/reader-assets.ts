// The model and TF.js's wasm binaries, served by the app itself: no CDN, nothing
// leaves the device, and the service worker can keep them for offline use.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";

export interface ReaderAsset {
  /** Path below the app's base URL, e.g. "model/model.json". */
  readonly path: string;
  /** Absolute file on disk. */
  readonly file: string;
}

export const MODEL_FOLDER = "model/";
/** The number model, beside the digit model in core's model folder. */
export const NUMBER_MODEL_FOLDER = `${MODEL_FOLDER}number/`;
export const WASM_FOLDER = "wasm/";

const WASM_BINARIES = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];

const CONTENT_TYPES: Record<string, string> = {
  ".json": "application/json",
  ".bin": "application/octet-stream",
  // Browsers compile wasm while it streams only when it is served as application/wasm.
  ".wasm": "application/wasm",
};

/**
 * The digit model's and the number model's model.json and the weight files their
 * manifests name (not the training reports beside them), and the three wasm binaries. Read anew on every call, because
 * the trainer replaces the model while a dev server may be running.
 */
export function listReaderAssets(): ReaderAsset[] {
  const require = createRequire(import.meta.url);
  const modelJson = require.resolve("@livedigits/core/model/model.json");
  const modelDir = dirname(modelJson);
  const numberModelJson = join(modelDir, "number", "model.json");
  // Resolved from core, so the binaries always match the wasm backend core bundles.
  const wasmPackage = createRequire(modelJson).resolve("@tensorflow/tfjs-backend-wasm/package.json");
  const wasmDir = join(dirname(wasmPackage), "dist");
  return [
    ...modelAssets(MODEL_FOLDER, modelJson),
    ...modelAssets(NUMBER_MODEL_FOLDER, numberModelJson),
    ...WASM_BINARIES.map((name) => ({ path: `${WASM_FOLDER}${name}`, file: join(wasmDir, name) })),
  ];
}

function modelAssets(folder: string, modelJson: string): ReaderAsset[] {
  const dir = dirname(modelJson);
  return [{ path: `${folder}model.json`, file: modelJson }, ...readModelManifest(modelJson).map((name) => ({ path: `${folder}${name}`, file: join(dir, name) }))];
}

function readModelManifest(modelJson: string): string[] {
  let parsed: { weightsManifest?: { paths?: unknown }[] };
  try {
    parsed = JSON.parse(readFileSync(modelJson, "utf8")) as typeof parsed;
  } catch (error) {
    throw new Error(`Cannot read the model at ${modelJson}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const paths = (parsed.weightsManifest ?? []).flatMap((group) => (Array.isArray(group.paths) ? group.paths : []));
  const unsafe = paths.find((p) => typeof p !== "string" || p.includes("/") || p.includes(".."));
  if (unsafe !== undefined) throw new Error(`model.json names an unexpected weight file: ${JSON.stringify(unsafe)}.`);
  return paths as string[];
}

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path)] ?? "application/octet-stream";
}

/**
 * Serves the reader's assets under `${base}model/` and `${base}wasm/` in dev
 * and preview, and emits them into the build.
 */
export function readerAssets(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "livedigits:reader-assets",
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = assetPathOf(request.url, config.base);
        const asset = path && listReaderAssets().find((a) => a.path === path);
        if (!asset) return next();
        response.setHeader("Content-Type", contentTypeOf(asset.path));
        response.setHeader("Cache-Control", "no-cache");
        response.end(readFileSync(asset.file));
      });
    },
    generateBundle() {
      for (const asset of listReaderAssets()) {
        this.emitFile({ type: "asset", fileName: asset.path, source: readFileSync(asset.file) });
      }
    },
  };
}

/** "model/model.json" for "/base/model/model.json?x" under base "/base/"; null when outside the base. */
export function assetPathOf(url: string | undefined, base: string): string | null {
  if (!url) return null;
  const pathname = url.split(/[?#]/, 1)[0]!;
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return pathname.startsWith(prefix) ? decodeURIComponent(pathname.slice(prefix.length)) : null;
}

// Emits sw.js: the service worker above, with the list of every file of the
// build (and of public/) and a version that changes whenever any of them does.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin, ResolvedConfig } from "vite";

export const SERVICE_WORKER_FILE = "sw.js";
const PLACEHOLDER = "__PRECACHE_MANIFEST__";

export interface PrecacheManifest {
  readonly version: string;
  readonly files: readonly string[];
}

/** The files to precache and a content hash over them, in a stable order. */
export function precacheManifest(files: ReadonlyMap<string, string | Uint8Array>): PrecacheManifest {
  const names = [...files.keys()].filter((name) => !name.endsWith(".map")).sort();
  const hash = createHash("sha256");
  for (const name of names) hash.update(name).update("\0").update(files.get(name)!).update("\0");
  return { version: hash.digest("hex").slice(0, 16), files: names };
}

export function offlineServiceWorker(): Plugin {
  // Source, not dist: Vite compiles it together with the app.
  const source = fileURLToPath(new URL("../src/service-worker.ts", import.meta.url));
  let config: ResolvedConfig;
  return {
    name: "livedigits:offline-service-worker",
    apply: "build",
    // After every other plugin has emitted its files, so the manifest lists them all.
    enforce: "post",
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({ type: "chunk", id: source, fileName: SERVICE_WORKER_FILE });
    },
    generateBundle(_options, bundle) {
      const files = new Map<string, string | Uint8Array>();
      for (const [name, output] of Object.entries(bundle)) {
        if (name === SERVICE_WORKER_FILE) continue;
        files.set(name, output.type === "chunk" ? output.code : output.source);
      }
      for (const [name, content] of publicFiles(config.publicDir)) files.set(name, content);
      const manifest = precacheManifest(files);
      const worker = bundle[SERVICE_WORKER_FILE];
      if (worker?.type !== "chunk" || !worker.code.includes(PLACEHOLDER)) {
        this.error(`${SERVICE_WORKER_FILE} was not built from ${source}, or lost its ${PLACEHOLDER} placeholder.`);
      }
      worker.code = worker.code.replaceAll(PLACEHOLDER, JSON.stringify(manifest));
    },
  };
}

function publicFiles(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  if (!dir) return files;
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files; // no public/ folder
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files.set(relative(dir, file).split(sep).join("/"), readFileSync(file));
  }
  return files;
}

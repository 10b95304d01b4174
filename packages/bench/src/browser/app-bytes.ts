// Part 2c: what each app ships, from its dist/: JS (and its gzip size, roughly what
// travels), wasm, the model (model.json + weights), everything else.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot, type AppBuild } from "./paths.js";
import type { AppBytes } from "./result.js";

export function measureAppBytes(build: AppBuild): AppBytes {
  if (!existsSync(build.dist)) {
    throw new Error(`apps/${build.app} is not built (no ${build.dist}): run \`${build.buildCommand}\` first.`);
  }
  const bytes = { files: 0, js: 0, jsGzip: 0, wasm: 0, wasmFiles: 0, model: 0, other: 0, total: 0 };
  for (const entry of readdirSync(build.dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const path = relative(build.dist, file).split(sep).join("/");
    if (path.endsWith(".map")) continue; // source maps are not fetched by visitors
    const content = readFileSync(file);
    bytes.files++;
    bytes.total += content.length;
    const extension = extname(path);
    if (extension === ".js" || extension === ".mjs") {
      bytes.js += content.length;
      bytes.jsGzip += gzipSync(content, { level: 9 }).length;
    } else if (extension === ".wasm") {
      bytes.wasm += content.length;
      bytes.wasmFiles++;
    } else if (path.startsWith("model/")) {
      bytes.model += content.length;
    } else {
      bytes.other += content.length;
    }
  }
  return { app: build.app, dist: relative(repoRoot, build.dist).split(sep).join("/"), ...bytes };
}

// Packs dist/ as the zip the Chrome Web Store takes: livedigits-extension-<version>.zip.
// The store assigns the id itself, so the manifest's "key" (which pins the unpacked id) is left out.
import { Buffer } from "node:buffer";
import { log } from "node:console";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath, URL } from "node:url";
import { zip } from "./zip-format.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = join(root, "dist");
const outDir = join(root, "release");

function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

// crxjs's dev-only loader folder is not needed by the built extension.
const entries = files(dist)
  .map((file) => ({ name: relative(dist, file).split(sep).join("/"), file }))
  .filter(({ name }) => !name.startsWith(".vite/"))
  .map(({ name, file }) => {
    if (name !== "manifest.json") return { name, data: readFileSync(file) };
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    delete manifest.key;
    return { name, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) };
  });
if (!entries.some((entry) => entry.name === "manifest.json")) throw new Error("dist/ has no manifest.json: run vite build first.");

const { version } = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
mkdirSync(outDir, { recursive: true });
const out = join(outDir, `livedigits-extension-${version}.zip`);
const bytes = zip(entries);
writeFileSync(out, bytes);
log(`${relative(root, out)}: ${entries.length} files, ${(bytes.length / 1024 / 1024).toFixed(2)} MiB`);

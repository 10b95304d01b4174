import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, createLogger, mergeConfig, type InlineConfig, type Plugin } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { readerBundleOptions } from "./reader-bundle.js";

const root = mkdtempSync(join(tmpdir(), "livedigits-bundle-"));
writeFileSync(join(root, "index.html"), '<script type="module" src="./main.js"></script>');
writeFileSync(join(root, "main.js"), "console.log('main');\n");
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A plugin as slow as bundling TF.js makes the real ones: long enough for the bundler to report plugin timings. */
const slowPlugin: Plugin = {
  name: "slow",
  async transform(_code, id) {
    if (id.includes("main.js")) await new Promise((resolve) => setTimeout(resolve, 3000));
    return null;
  },
};

/** Everything a build of the fixture logs. */
async function buildLog(options: InlineConfig): Promise<string> {
  const lines: string[] = [];
  const logger = createLogger("info");
  for (const level of ["info", "warn", "error"] as const) logger[level] = (message: string) => void lines.push(message);
  logger.warnOnce = (message: string) => void lines.push(message);
  await build(mergeConfig(options, { root, logLevel: "info", customLogger: logger, plugins: [slowPlugin], build: { outDir: join(root, "dist"), write: false } }));
  return lines.join("\n");
}

describe("readerBundleOptions", () => {
  it("keeps the bundler's plugin-timing report out of a newcomer's build output", { timeout: 30_000 }, async () => {
    // Without them, a slow plugin gets the report (so the check below can fail).
    expect(await buildLog({})).toContain("PLUGIN_TIMINGS");
    expect(await buildLog(readerBundleOptions())).not.toContain("PLUGIN_TIMINGS");
  });
});

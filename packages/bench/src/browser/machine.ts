// The machine and browser the figures come from, for the report.
import { cpus, loadavg, release, totalmem, type } from "node:os";
import type { Browser } from "playwright-core";
import type { Machine } from "./result.js";

export async function describeMachine(browser: Browser): Promise<Machine> {
  const context = await browser.newContext();
  try {
    const userAgent = await (await context.newPage()).evaluate(() => navigator.userAgent);
    const cores = cpus();
    return {
      browser: `Chromium ${browser.version()} (headless)`,
      userAgent,
      os: `${type()} ${release()} ${process.arch}`,
      cpuModel: cores[0]?.model.trim() ?? "unknown",
      cpuCount: cores.length,
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    };
  } finally {
    await context.close();
  }
}

import { defineConfig } from "@playwright/test";
import { baseUrl, E2E_PORT, KIOSK_E2E_PORT, kioskBaseUrl, repoRoot } from "./support/paths.js";

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.e2e.ts",
  globalSetup: "./support/global-setup.ts",
  // Each test launches its own Chromium (the fake camera's video is fixed per launch);
  // one at a time keeps timings honest on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: { baseURL: baseUrl, trace: "off" },
  // Started one after the other, so the two builds do not run at once.
  webServer: [
    {
      // Build what `pnpm start` builds, then serve the build itself.
      command: `pnpm --filter @livedigits/web... build && pnpm --filter @livedigits/web exec vite preview --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
      cwd: repoRoot,
      url: baseUrl,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The classroom kiosk (tests/kiosk*.e2e.ts), built and served on a port of its own.
      command: `pnpm --filter @livedigits/kiosk... build && pnpm --filter @livedigits/kiosk exec vite preview --host 127.0.0.1 --port ${KIOSK_E2E_PORT} --strictPort`,
      cwd: repoRoot,
      url: kioskBaseUrl,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});

import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const webRoot = fileURLToPath(new URL("../../apps/web/", import.meta.url));
export const videoDir = fileURLToPath(new URL("../.generated/videos/", import.meta.url));
/**
 * Where the digits test saves its screenshot of the running page: test-results/ normally;
 * docs/screenshot.png (the README's) when UPDATE_DOCS_SCREENSHOT=1, so a test run leaves the tree clean.
 */
export const screenshotPath = fileURLToPath(
  new URL(process.env.UPDATE_DOCS_SCREENSHOT === "1" ? "../../docs/screenshot.png" : "../test-results/screenshot.png", import.meta.url),
);

/** Debian's Chromium: Playwright cannot download its own browsers here. Override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The port the suite serves the built app on; not 4173, so a running `pnpm start` does not clash. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
export const baseUrl = `http://127.0.0.1:${E2E_PORT}/`;

/** The port the suite serves the built kiosk (apps/kiosk) on; not 4175, which the offline test takes. */
export const KIOSK_E2E_PORT = Number(process.env.KIOSK_E2E_PORT ?? 4176);
export const kioskBaseUrl = `http://127.0.0.1:${KIOSK_E2E_PORT}/`;
export const kioskRoot = fileURLToPath(new URL("../../apps/kiosk/", import.meta.url));

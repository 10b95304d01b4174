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

/**
 * Ports of the tests of issue #17 (opening LiveDigits from other devices), each test's own:
 * `pnpm start:lan` (web, then kiosk on the next port), the static site under a sub-path,
 * and plain http at a name other than localhost (web, then kiosk).
 */
export const LAN_E2E_PORT = Number(process.env.LAN_E2E_PORT ?? 4181);
export const STATIC_SITE_E2E_PORT = Number(process.env.STATIC_SITE_E2E_PORT ?? 4183);
export const INSECURE_E2E_PORT = Number(process.env.INSECURE_E2E_PORT ?? 4184);

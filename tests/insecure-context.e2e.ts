// Plain http at a name other than localhost (a laptop's address typed on a phone) is not a
// secure context: no browser gives it the camera. The page must say what to do instead (#17).
// lan.test is mapped to 127.0.0.1 inside Chromium, which still treats it as a network name.
import { expect, test } from "@playwright/test";
import { preview, type PreviewServer } from "vite";
import { launchApp } from "./support/app.js";
import { openTeacherSettings } from "./support/kiosk.js";
import { INSECURE_E2E_PORT, kioskRoot, webRoot } from "./support/paths.js";

const browserArgs = ["--host-resolver-rules=MAP lan.test 127.0.0.1"];
const webUrl = `http://lan.test:${INSECURE_E2E_PORT}/`;
const kioskUrl = `http://lan.test:${INSECURE_E2E_PORT + 1}/`;
const servers: PreviewServer[] = [];

test.beforeAll(async () => {
  // Servers of their own that answer to lan.test (Vite refuses host names it does not know).
  for (const [root, port] of [[webRoot, INSECURE_E2E_PORT], [kioskRoot, INSECURE_E2E_PORT + 1]] as const) {
    servers.push(await preview({ root, logLevel: "silent", preview: { host: "127.0.0.1", port, strictPort: true, allowedHosts: ["lan.test"] } }));
  }
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

test("over plain http at a network name, the web page says how to get the camera", async () => {
  const app = await launchApp({ allowCamera: true, url: webUrl, browserArgs });
  try {
    const { page } = app;
    await page.goto(webUrl);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    const status = page.getByTestId("camera-status");
    // Where permission was given before, the page starts the camera by itself; otherwise on a click.
    await expect(status).toHaveAttribute("data-state", /^(idle|error)$/);
    if ((await status.getAttribute("data-state")) === "idle") await page.getByRole("button", { name: "Start camera" }).click();
    await expect(status).toHaveAttribute("data-state", "error");
    await expect(status).toContainText(`Browsers give the camera only to secure pages, and ${webUrl} is not one.`);
    await expect(status).toContainText(`Open https://lan.test:${INSECURE_E2E_PORT}/ instead`);
    await expect(status).toContainText("run pnpm start:lan and open the https:// address it prints");
    await expect(status).toContainText("published on an https:// site");
    await page.screenshot({ path: test.info().outputPath("insecure-web.png") });
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("over plain http at a network name, the kiosk says so on screen and its phone hint warns about it", async () => {
  const app = await launchApp({ allowCamera: true, url: kioskUrl, browserArgs });
  try {
    const { page } = app;
    await page.goto(`${kioskUrl}?sound=0`);
    // The kiosk starts its camera at once.
    const status = page.getByTestId("camera-status");
    await expect(status).toContainText(`Open https://lan.test:${INSECURE_E2E_PORT + 1}/?sound=0 instead`, { timeout: 15_000 });
    await expect(status).toContainText("run pnpm start:lan");
    await openTeacherSettings(page);
    const hint = page.getByTestId("phone-camera");
    await expect(hint).toHaveAttribute("data-kind", "insecure");
    await expect(hint.getByTestId("phone-url")).toHaveText(kioskUrl);
    await expect(hint).toContainText("browsers give a phone no camera there");
    await page.screenshot({ path: test.info().outputPath("insecure-kiosk.png") });
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

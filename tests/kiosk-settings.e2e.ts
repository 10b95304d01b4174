// The kiosk's teacher side: settings behind a long press (and a PIN), kept across
// reloads, preset by the URL; fullscreen on the first key; the cursor hides when idle;
// the attract screen after idle time; offline once loaded.
import { expect, test } from "@playwright/test";
import { preview } from "vite";
import { expectLiveReader, launchApp } from "./support/app.js";
import { digitVideo, longPressTeacherCorner, openKiosk } from "./support/kiosk.js";
import { kioskRoot } from "./support/paths.js";
import { blankVideos } from "./support/videos.js";

test("teacher settings open on a long press (with the PIN), survive a reload, and a URL presets them", async () => {
  const app = await openKiosk("?sound=0", blankVideos()[0]!.file);
  try {
    const { page } = app;
    const kiosk = page.getByTestId("kiosk");
    const corner = page.getByTestId("settings-corner");
    await expect(kiosk).toHaveAttribute("data-mode", "show");

    // A tap on the corner is not enough.
    await corner.click();
    await page.waitForTimeout(2000);
    await expect(page.getByTestId("teacher-settings")).toHaveCount(0);

    const longPress = () => longPressTeacherCorner(page);
    await longPress();
    const panel = page.getByTestId("teacher-settings");
    await expect(panel).toBeVisible();
    await panel.getByRole("radio", { name: /Practice/ }).check();
    await expect(kiosk).toHaveAttribute("data-mode", "practice");
    await panel.getByRole("checkbox", { name: "Mirror the picture" }).check();
    await panel.getByLabel("New PIN").fill("2468");
    await panel.getByRole("button", { name: "Set PIN" }).click();
    await panel.getByRole("button", { name: "Done" }).click();
    await expect(panel).toHaveCount(0);

    // Saved: a plain reload comes back in practice mode, and the corner now wants the PIN.
    await page.reload();
    await expectLiveReader(page);
    await expect(kiosk).toHaveAttribute("data-mode", "practice");
    await longPress();
    await page.getByTestId("pin-input").fill("1111");
    await page.getByRole("button", { name: "Open settings" }).click();
    await expect(page.getByRole("alert")).toHaveText("That PIN is not right.");
    await page.getByTestId("pin-input").fill("2468");
    await page.getByRole("button", { name: "Open settings" }).click();
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("checkbox", { name: "Mirror the picture" })).toBeChecked();
    await page.screenshot({ path: test.info().outputPath("kiosk-settings.png") });
    await panel.getByRole("button", { name: "Done" }).click();

    // The URL wins over what was saved.
    await page.goto("/?mode=show&sound=0");
    await expectLiveReader(page);
    await expect(kiosk).toHaveAttribute("data-mode", "show");
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("goes fullscreen on the first key, hides the cursor when idle, and shows the attract screen after idle time", async () => {
  const app = await openKiosk("?sound=0&attract=4", blankVideos()[1]!.file);
  try {
    const { page } = app;
    const kiosk = page.getByTestId("kiosk");
    await page.keyboard.press("Space");
    await expect(kiosk).toHaveAttribute("data-fullscreen", "true");

    await page.mouse.move(300, 300);
    await expect.poll(() => kiosk.evaluate((element) => getComputedStyle(element).cursor)).not.toBe("none");
    await expect.poll(() => kiosk.evaluate((element) => getComputedStyle(element).cursor), { timeout: 6000 }).toBe("none");
    await page.mouse.move(320, 320);
    await expect.poll(() => kiosk.evaluate((element) => getComputedStyle(element).cursor)).not.toBe("none");

    // Nobody holds anything up: after 4 s, the attract screen.
    await expect(page.getByTestId("attract")).toBeVisible({ timeout: 10_000 });
    await page.screenshot({ path: test.info().outputPath("kiosk-attract.png") });
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("keeps reading offline after the first visit", async () => {
  const port = Number(process.env.KIOSK_OFFLINE_PORT ?? 4177);
  const server = await preview({ root: kioskRoot, logLevel: "silent", preview: { host: "127.0.0.1", port, strictPort: true } });
  const url = `http://127.0.0.1:${port}/`;
  let serverClosed = false;
  const app = await launchApp({ video: digitVideo(4).file, allowCamera: true, url });
  try {
    const { page } = app;
    await page.goto("/?sound=0");
    await expectLiveReader(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await server.close();
    serverClosed = true;

    await page.reload();
    await expectLiveReader(page);
    await expect(page.getByTestId("reading")).toHaveAttribute("data-digit", "4", { timeout: 20_000 });
    await page.screenshot({ path: test.info().outputPath("kiosk-show.png") });

    // On a portrait screen too, the digit is at least 40% of the height, and all on screen.
    await page.setViewportSize({ width: 800, height: 1280 });
    await page.waitForTimeout(500);
    const digit = (await page.getByTestId("big-digit").boundingBox())!;
    expect(digit.height / 1280).toBeGreaterThanOrEqual(0.4);
    expect(digit.y + digit.height).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: test.info().outputPath("kiosk-portrait.png") });
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
    if (!serverClosed) await server.close();
  }
});

// The Chrome extension (apps/extension), built and loaded unpacked into Debian's
// Chromium: the permission page flow, the popup reading digits from a fake camera,
// no digit on blank paper, Copy/Enter, and settings kept in chrome.storage.
import { expect, test, type Page } from "@playwright/test";
import { rmSync } from "node:fs";
import { buildExtension, launchExtension, newProfile, waitForExtensionPage, type RunningExtension } from "./support/extension.js";
import { readSteadyDigit } from "./support/app.js";
import { blankVideos, digitVideos } from "./support/videos.js";

test.beforeAll(() => {
  test.setTimeout(240_000);
  const started = Date.now();
  buildExtension();
  console.log(`extension built in ${Date.now() - started} ms`);
});

let extension: RunningExtension | null = null;

test.afterEach(async () => {
  await extension?.close();
  extension = null;
});

async function expectReaderRunning(popup: Page): Promise<void> {
  await expect(popup.getByTestId("camera-status")).toHaveAttribute("data-state", "running", { timeout: 15_000 });
  await expect(popup.getByTestId("status-line")).toHaveAttribute("data-status", "ready", { timeout: 30_000 });
}

test("first use: the popup opens the permission page; once allowed there, the popup reads and copies the digit", async () => {
  const video = digitVideos()[7]!;
  const profile = newProfile();
  try {
    extension = await launchExtension({ video: video.file, camera: "prompt", profile });
    const popup = await extension.openPopup();
    const permission = await waitForExtensionPage(extension.context, "permission.html");
    await expect(permission.getByTestId("permission-page")).toHaveAttribute("data-step", "ask");
    await expect(permission.getByTestId("allow-camera")).toHaveText("Allow the camera");
    // The popup does not try the camera before it is allowed, and offers the page again: one way in, saying why.
    await expect(popup.getByTestId("camera-status")).toHaveAttribute("data-state", "idle");
    await expect(popup.getByTestId("open-permission-page")).toBeVisible();
    await expect(popup.getByRole("button", { name: "Start camera" })).toHaveCount(0);
    await expect(popup.getByTestId("camera-status")).toContainText("Allow it there, then click the toolbar icon again");
    expect(extension.problems).toEqual([]);
    await extension.close();

    // Headless Chromium cannot show the prompt to answer Allow: the same profile, restarted with
    // Chromium accepting camera prompts, stands for the person who allowed it on that page.
    extension = await launchExtension({ video: video.file, camera: "allowed", profile });
    const allowed = await extension.open("permission.html");
    await expect(allowed.getByTestId("permission-page")).toHaveAttribute("data-step", "granted");
    await expect(allowed.getByRole("status")).toContainText("The camera is allowed");

    // Clicking the toolbar icon again: the popup does not send the person to the page a second time.
    const started = Date.now();
    const again = await extension.openPopup();
    await expectReaderRunning(again);
    const reading = await readSteadyDigit(again);
    console.log(`after the permission page: read ${reading.digit} (${reading.confidence.toFixed(3)}) ${Date.now() - started} ms after opening`);
    expect(reading.digit).toBe(7);
    expect(extension.context.pages().filter((page) => page.url().endsWith("/permission.html"))).toHaveLength(1);
    // Everything fits Chrome's popup, 400×560, with a digit read (its bars and picture shown): the settings too.
    await again.setViewportSize({ width: 400, height: 560 });
    await expect(again.getByTestId("reading-badge")).toHaveAttribute("data-digit", "7");
    await expect(again.getByTestId("model-insight")).toBeVisible();
    expect(await again.evaluate(() => document.documentElement.scrollHeight), "the popup's height").toBeLessThanOrEqual(560);
    for (const control of [again.getByTestId("threshold"), again.getByTestId("polarity"), again.getByTestId("reading-badge")]) {
      await expect(control).toBeInViewport({ ratio: 1 });
    }

    // Enter copies the last steady digit, as does the Copy button.
    await again.locator("body").press("Enter");
    await expect(again.getByTestId("copied")).toHaveText("Copied “7”.");
    await again.getByTestId("copy").click();
    await expect(again.getByTestId("copied")).toHaveText("Copied “7”.");
    expect(extension.problems).toEqual([]);
  } finally {
    await extension?.close();
    extension = null;
    rmSync(profile, { recursive: true, force: true });
  }
});

test("a refusal on the permission page: clear messages there and in the popup, which offers the page again", async () => {
  extension = await launchExtension({ camera: "prompt" });
  const popup = await extension.openPopup();
  const permission = await waitForExtensionPage(extension.context, "permission.html");
  await popup.close();

  await permission.getByTestId("allow-camera").click();
  await expect(permission.getByTestId("permission-page")).toHaveAttribute("data-step", "denied", { timeout: 15_000 });
  await expect(permission.getByRole("alert")).toContainText("Camera access was refused");

  const again = await extension.openPopup();
  await expect(again.getByTestId("camera-status")).toHaveAttribute("data-state", "denied", { timeout: 15_000 });
  await expect(again.getByTestId("camera-status")).toContainText("Allow it on the LiveDigits page that opens in a tab");
  await permission.close();
  await again.getByTestId("open-permission-page").click();
  await waitForExtensionPage(extension.context, "permission.html");
  expect(extension.problems).toEqual([]);
});

test("settings are kept in chrome.storage between popups", async () => {
  extension = await launchExtension({ camera: "allowed" });
  const popup = await extension.openPopup();
  await expect(popup.getByTestId("camera-status")).toHaveAttribute("data-state", "running", { timeout: 15_000 });
  await popup.getByTestId("polarity").selectOption("light-on-dark");
  await popup.getByTestId("threshold").fill("0.9");
  await popup.close();
  const again = await extension.openPopup();
  await expect(again.getByTestId("polarity")).toHaveValue("light-on-dark");
  await expect(again.getByTestId("threshold")).toHaveValue("0.9");
  // chrome.* exists in the extension's pages only (the tests are typed for Node).
  const stored = await again.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<unknown> } } } }).chrome.storage.local.get(null));
  expect(stored).toMatchObject({ "settings.v1": { threshold: 0.9, polarity: "light-on-dark" } });
  expect(extension.problems).toEqual([]);
});

test("the popup reads each digit 0–9 from the camera", async () => {
  test.setTimeout(300_000);
  const results: string[] = [];
  let right = 0;
  for (const video of digitVideos()) {
    extension = await launchExtension({ video: video.file, camera: "allowed" });
    const popup = await extension.openPopup();
    await expectReaderRunning(popup);
    const reading = await readSteadyDigit(popup);
    if (reading.digit === video.label) right++;
    results.push(`${video.label} (${video.look.name}) → ${reading.digit} @ ${reading.confidence.toFixed(3)} in ${reading.msToRead} ms`);
    expect(extension.problems, `digit ${video.label}`).toEqual([]);
    await extension.close();
    extension = null;
  }
  console.log(`extension read ${right}/10:\n  ${results.join("\n  ")}`);
  expect(right).toBeGreaterThanOrEqual(9);
});

test("the popup shows no digit on blank paper or a blank slate", async () => {
  for (const video of blankVideos()) {
    extension = await launchExtension({ video: video.file, camera: "allowed" });
    const popup = await extension.openPopup();
    await expectReaderRunning(popup);
    const reading = await readSteadyDigit(popup, 5_000);
    console.log(`blank (paper ${video.paper}): ${reading.digit ?? "no digit"}`);
    expect(reading.digit, `blank paper ${video.paper}`).toBeNull();
    await expect(popup.getByTestId("copy")).toBeDisabled();
    expect(extension.problems).toEqual([]);
    await extension.close();
    extension = null;
  }
});

test("the popup says what is wrong with the camera (unplugged, busy, none) and stops it when closed", async () => {
  extension = await launchExtension({ camera: "allowed" });
  const popup = await extension.openPopup();
  await expectReaderRunning(popup);
  const status = popup.getByTestId("camera-status");

  // What the browser does on unplugging: the track ends. (A headless browser cannot unplug its fake camera.)
  await popup.locator("video").evaluate((video: HTMLVideoElement) => {
    (video.srcObject as MediaStream).getVideoTracks()[0]!.dispatchEvent(new Event("ended"));
  });
  await expect(status).toHaveAttribute("data-state", "error");
  await expect(status).toContainText("The camera was disconnected");

  // Busy, then none at all: what getUserMedia rejects with in those cases.
  for (const [name, text, state] of [
    ["NotReadableError", "The camera is busy", "error"],
    ["NotFoundError", "No camera was found", "no-camera"],
  ] as const) {
    await popup.evaluate((errorName) => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("test", errorName));
    }, name);
    await popup.getByRole("button", { name: "Try again" }).click();
    await expect(status).toHaveAttribute("data-state", state);
    await expect(status).toContainText(text);
  }
  await popup.screenshot({ path: "test-results/extension-popup-no-camera.png" });

  // Closing the popup unloads it (pagehide): the camera is given back.
  const fresh = await extension.openPopup();
  await expectReaderRunning(fresh);
  await fresh.screenshot({ path: "test-results/extension-popup.png", fullPage: true });
  await fresh.evaluate(() => dispatchEvent(new PageTransitionEvent("pagehide")));
  await expect(fresh.getByTestId("camera-status")).toHaveAttribute("data-state", "idle");
  expect(await fresh.locator("video").evaluate((video: HTMLVideoElement) => video.srcObject)).toBeNull();
  expect(extension.problems).toEqual([]);
});

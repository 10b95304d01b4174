import { expect, test } from "@playwright/test";
import { expectLiveReader, launchApp } from "./support/app.js";

test("says so when the camera is unplugged, and resumes when a camera appears", async () => {
  const app = await launchApp({ allowCamera: true });
  try {
    const { page } = app;
    await page.goto("/");
    await expectLiveReader(page);
    const status = page.getByTestId("camera-status");

    // What the browser does on unplugging: the track ends. (A headless browser cannot unplug its fake camera.)
    await page.locator("video").evaluate((video: HTMLVideoElement) => {
      const track = (video.srcObject as MediaStream).getVideoTracks()[0]!;
      track.dispatchEvent(new Event("ended"));
    });
    await expect(status).toHaveAttribute("data-state", "error");
    await expect(status).toContainText("The camera was disconnected");
    await expect(page.getByTestId("reading")).toHaveAttribute("data-state", "");

    // Plugging one in fires devicechange: the app starts the camera again by itself.
    await page.evaluate(() => navigator.mediaDevices.dispatchEvent(new Event("devicechange")));
    await expect(status).toHaveAttribute("data-state", "running");
    await expect(page.getByTestId("reading")).not.toHaveAttribute("data-state", "");
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("gives the camera back while the page is hidden, and takes it again when shown", async () => {
  const app = await launchApp({ allowCamera: true });
  try {
    const { page } = app;
    await page.goto("/");
    await expectLiveReader(page);
    const status = page.getByTestId("camera-status");
    // Headless pages are never hidden; this is what a switch to another tab looks like to the page.
    const setVisibility = (state: "hidden" | "visible") =>
      page.evaluate((value) => {
        Object.defineProperty(document, "visibilityState", { configurable: true, get: () => value });
        document.dispatchEvent(new Event("visibilitychange"));
      }, state);

    await setVisibility("hidden");
    await expect(status).toHaveAttribute("data-state", "idle");
    await expect(status).toContainText("Paused while the page was hidden");
    expect(await page.locator("video").evaluate((video: HTMLVideoElement) => video.srcObject)).toBeNull();

    await setVisibility("visible");
    await expect(status).toHaveAttribute("data-state", "running");
    await expect(page.getByTestId("reading")).not.toHaveAttribute("data-state", "");
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

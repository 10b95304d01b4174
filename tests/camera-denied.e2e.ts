import { expect, test } from "@playwright/test";
import { launchApp } from "./support/app.js";
import { PHOTO } from "./support/videos.js";

test("says 'denied' when the camera is refused, and offers a photo instead", async () => {
  const app = await launchApp({ allowCamera: false });
  try {
    const { page } = app;
    await page.goto("/");
    const status = page.getByTestId("camera-status");
    // Not allowed yet: the camera waits for a click rather than prompting on load.
    await expect(status).toHaveAttribute("data-state", "idle");
    await page.getByRole("button", { name: "Start camera" }).click();
    await expect(status).toHaveAttribute("data-state", "denied");
    await expect(status).toContainText("Camera access was refused");
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();

    // The way out: open a photo, which is read in its box.
    await page.getByTestId("photo-input").setInputFiles(PHOTO.file);
    await expect(page.getByRole("img", { name: /photo being read/ })).toBeVisible();
    const reading = page.getByTestId("reading");
    await expect(reading).not.toHaveAttribute("data-state", "", { timeout: 30_000 });
    await expect(reading).toHaveAttribute("data-digit", String(PHOTO.label));
    await expect(page.getByRole("button", { name: "Back to the camera" })).toBeVisible();
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

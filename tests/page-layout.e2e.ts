// What a new user sees on the web page (#15 items 11, 12, 13, 16): the digit in view on a
// phone held sideways, camera problems inside the picture, no empty model view before any
// reading, the backend behind Details, and only the settings that do something to a photo.
import { expect, test, type Locator } from "@playwright/test";
import { expectLiveReader, launchApp, readSteadyDigit } from "./support/app.js";
import { digitVideos, PHOTO } from "./support/videos.js";

/** Whether `inner` lies entirely inside `outer` on screen. */
async function isInside(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!a || !b) return false;
  return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
}

test("a phone held sideways (844×390): the digit is laid over the picture, on screen", async () => {
  const video = digitVideos()[7]!;
  const app = await launchApp({ video: video.file, allowCamera: true });
  try {
    const { page } = app;
    await page.setViewportSize({ width: 844, height: 390 });
    await page.goto("/");
    await expectLiveReader(page);
    const reading = await readSteadyDigit(page);
    expect(reading.digit).toBe(7);
    const badge = page.getByTestId("reading-badge");
    await expect(badge).toHaveAttribute("data-digit", "7");
    await expect(badge).toBeInViewport({ ratio: 1 });
    expect(await isInside(badge, page.locator("video")), "laid over the picture").toBe(true);
    // On a wide screen the panel beside the picture shows it; no second digit over the picture.
    await page.setViewportSize({ width: 1280, height: 940 });
    await expect(badge).toBeHidden();
    await expect(page.getByTestId("reading")).toBeInViewport();
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("camera refused: what is wrong and the ways out are inside the picture, and the panel asks for no digit", async () => {
  for (const viewport of [
    { width: 1280, height: 940 },
    { width: 844, height: 390 },
  ]) {
    const app = await launchApp({ allowCamera: false });
    try {
      const { page } = app;
      await page.setViewportSize(viewport);
      await page.goto("/");
      await page.getByRole("button", { name: "Start camera" }).click();
      const status = page.getByTestId("camera-status");
      await expect(status).toHaveAttribute("data-state", "denied");
      const stage = page.locator("video").locator("..");
      for (const part of [status.getByText("Camera access was refused"), page.getByRole("button", { name: "Try again" }), page.getByRole("button", { name: /Open a photo/ })]) {
        await expect(part).toBeInViewport({ ratio: 1 });
        expect(await isInside(part, stage), `${await part.textContent()} inside the picture at ${viewport.width}×${viewport.height}`).toBe(true);
      }
      await expect(page.getByText("The camera is off.")).toHaveCount(0);
      await expect(page.getByTestId("reading")).not.toContainText("Place a digit in the box");
      await expect(page.getByTestId("reading")).toContainText("No picture to read yet");
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  }
});

test("no black model view or ten empty bars before a reading; the backend and speed behind Details", async () => {
  const video = digitVideos()[3]!;
  const app = await launchApp({ video: video.file, allowCamera: false });
  try {
    const { page } = app;
    await page.goto("/");
    await expect(page.getByTestId("status-line")).toHaveAttribute("data-status", "ready", { timeout: 30_000 });
    await expect(page.getByTestId("model-insight")).toHaveCount(0);
    await expect(page.getByText("What the model sees")).toHaveCount(0);
    const status = page.getByTestId("status-line");
    await expect(status).toBeHidden();
    await page.getByText("Details", { exact: true }).click();
    await expect(status).toBeVisible();
    await expect(status).toContainText("Backend: ");
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
  // Once the model has read something, its view and the bars are there.
  const live = await launchApp({ video: video.file, allowCamera: true });
  try {
    await live.page.goto("/");
    await expectLiveReader(live.page);
    expect((await readSteadyDigit(live.page)).digit).toBe(3);
    await expect(live.page.getByTestId("model-insight")).toBeVisible();
    await expect(live.page.getByTestId("model-insight").locator("li.top")).toContainText("3");
    expect(live.problems).toEqual([]);
  } finally {
    await live.close();
  }
});

test("a photo is offered only the settings that change its reading", async () => {
  const app = await launchApp({ allowCamera: true });
  try {
    const { page } = app;
    await page.goto("/");
    await expectLiveReader(page);
    for (const name of [/Steady answers/, /Mirror the picture/]) await expect(page.getByRole("checkbox", { name })).toBeVisible();
    await page.getByTestId("photo-input").setInputFiles(PHOTO.file);
    await expect(page.getByRole("img", { name: /photo being read/ })).toBeVisible();
    await expect(page.getByTestId("reading")).toHaveAttribute("data-digit", String(PHOTO.label), { timeout: 30_000 });
    for (const name of [/Steady answers/, /Mirror the picture/]) await expect(page.getByRole("checkbox", { name })).toHaveCount(0);
    await expect(page.getByRole("slider", { name: /Confidence needed/ })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Ink" })).toBeVisible();
    await page.getByRole("button", { name: "Back to the camera" }).click();
    await expectLiveReader(page);
    await expect(page.getByRole("checkbox", { name: /Mirror the picture/ })).toBeVisible();
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

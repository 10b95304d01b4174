// Numbers, not just digits (#14): the web page reads a number held up in its default box —
// shown large, digit by digit with how sure it is of each, copied and kept in the recent
// list whole, and in a photo opened — and the kiosk asks "7 + 8 = ?", scores a 15 and shows a 42.
import { expect, test } from "@playwright/test";
import { expectLiveReader, launchApp, readSteadyDigit } from "./support/app.js";
import { openKiosk, spoken, stubSpeech } from "./support/kiosk.js";
import { baseUrl } from "./support/paths.js";
import { NUMBER_PHOTO, numberVideo } from "./support/videos.js";

for (const text of ["42", "2026"]) {
  test(`the web page reads ${text} written in its default box, digit by digit`, async () => {
    const app = await launchApp({ video: numberVideo(text).file, allowCamera: true });
    try {
      const { page, context } = app;
      await context.grantPermissions(["camera", "clipboard-read", "clipboard-write"], { origin: new URL(baseUrl).origin });
      await page.goto("/");
      await expectLiveReader(page);
      const reading = await readSteadyDigit(page);
      expect(reading.text, `read after ${reading.msToRead} ms`).toBe(text);

      // Each digit with how sure the reader is of it, in the order written.
      const digits = page.getByTestId("digit-cells").locator("li");
      await expect(digits).toHaveCount(text.length);
      for (const [k, digit] of [...text].entries()) {
        await expect(digits.nth(k)).toHaveAttribute("data-digit", digit);
        await expect(digits.nth(k)).toContainText(/\d+%/);
      }
      await expect(page.getByTestId("reading").locator(".headline")).toHaveText(text);

      // Copy takes the whole number; the recent list keeps it as one entry.
      await expect(page.getByTestId("history").locator("li").first()).toHaveText(text);
      await page.getByTestId("copy").click();
      await expect(page.getByTestId("copied")).toHaveText(`Copied “${text}”.`);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
}

test("the kiosk asks 7 + 8 = ?, and a 15 held up scores a point", async () => {
  test.setTimeout(90_000);
  const app = await openKiosk("?practice=7%2B8&sound=1", numberVideo("15").file, (running) => running.context.addInitScript(stubSpeech));
  try {
    const { page } = app;
    const question = page.getByTestId("question");
    await expect(question).toHaveText("7 + 8 = ?");
    await expect(question).toHaveAttribute("data-answer", "15");
    await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "right", { timeout: 20_000 });
    await expect(page.getByTestId("reading")).toHaveAttribute("data-digit", "15");
    await expect(page.getByTestId("score")).toHaveAttribute("data-score", "1");
    await expect(page.getByTestId("score")).toHaveAttribute("data-tries", "1");
    expect((await spoken(page)).slice(0, 2)).toEqual(["What is 7 plus 8?", "Right! 7 plus 8 is 15."]);
    // The number, both digits, fits the screen beside the camera.
    const number = (await page.getByTestId("big-digit").boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(number.x + number.width).toBeLessThanOrEqual(viewport.width);
    expect(number.height / viewport.height).toBeGreaterThanOrEqual(0.3);
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("the kiosk in Show mode shows the number held up, both digits on screen", async () => {
  test.setTimeout(60_000);
  const app = await openKiosk("?mode=show&sound=1", numberVideo("42").file, (running) => running.context.addInitScript(stubSpeech));
  try {
    const { page } = app;
    const reading = await readSteadyDigit(page, 20_000);
    expect(reading.text, `read after ${reading.msToRead} ms`).toBe("42");
    await expect(page.getByTestId("big-digit")).toHaveText("42");
    await expect(page.getByTestId("big-digit")).toBeInViewport({ ratio: 1 });
    expect(await spoken(page)).toContain("42");
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("a photo of a number, opened, is read whole", async () => {
  const app = await launchApp({ allowCamera: false });
  try {
    const { page } = app;
    await page.goto("/");
    await page.getByTestId("photo-input").setInputFiles(NUMBER_PHOTO.file);
    await expect(page.getByTestId("reading")).toHaveAttribute("data-digit", NUMBER_PHOTO.text, { timeout: 30_000 });
    await expect(page.getByTestId("digit-cells").locator("li")).toHaveCount(NUMBER_PHOTO.text.length);
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

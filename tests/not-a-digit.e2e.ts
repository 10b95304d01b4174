// Say nothing rather than guess (#13): a handwritten word held up in the box is no digit and
// no number, on the web page (reading numbers of up to six digits) and on the kiosk (which
// also looks around its box): neither ever shows one, while both keep reading. A hand held
// into the box is no digit either, and the page says what is in the way.
import { expect, test } from "@playwright/test";
import { digitsShown, recordDigitsShown, watchWebPage } from "./support/app.js";
import { openKiosk } from "./support/kiosk.js";
import { HAND_VIDEO, WORD_VIDEO } from "./support/videos.js";

/** How long each app watches the word. */
const WATCH_MS = 6000;

test(`the web page never shows a digit for the handwritten word "${WORD_VIDEO.word}"`, async () => {
  await watchWebPage(WORD_VIDEO.file, async (page) => {
    const status = page.getByTestId("status-line");
    const readingsBefore = Number(await status.getAttribute("data-readings"));
    await page.waitForTimeout(WATCH_MS);
    expect(Number(await status.getAttribute("data-readings")) - readingsBefore, "readings while the word was watched").toBeGreaterThan(10);
    expect(await digitsShown(page), `digits shown for "${WORD_VIDEO.word}"`).toEqual([]);
    await expect(page.getByTestId("reading")).toHaveAttribute("data-digit", "");
    await expect(page.getByTestId("history")).toHaveCount(0);
  });
});

test("a hand held into the box: the web page shows no digit and says to move the hand away", async () => {
  await watchWebPage(HAND_VIDEO.file, async (page) => {
    await expect(page.getByTestId("reading")).toContainText("Move your hand away");
    await page.waitForTimeout(WATCH_MS / 2);
    expect(await digitsShown(page), "digits shown for a hand").toEqual([]);
    await expect(page.getByTestId("reading")).toContainText("Move your hand away");
  });
});

test(`the kiosk never shows a digit for the handwritten word "${WORD_VIDEO.word}", in Show or Practice mode`, async () => {
  test.setTimeout(90_000);
  for (const query of ["?mode=show&sound=0", "?mode=practice&level=numbers&seed=3&sound=0"]) {
    const app = await openKiosk(query, WORD_VIDEO.file, (running) => running.context.addInitScript(recordDigitsShown));
    try {
      const { page } = app;
      await page.waitForTimeout(WATCH_MS);
      expect(await digitsShown(page), `digits shown for "${WORD_VIDEO.word}" (${query})`).toEqual([]);
      await expect(page.getByTestId("reading")).toHaveAttribute("data-digit", "");
      await expect(page.getByTestId("idle")).toBeVisible();
      if (query.includes("practice")) await expect(page.getByTestId("score")).toHaveAttribute("data-tries", "0");
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  }
});

import { expect, test } from "@playwright/test";
import { expectLiveReader, launchApp } from "./support/app.js";
import { blankVideos } from "./support/videos.js";

/** How long the page must show no digit at all. */
const WATCH_MS = 3000;

for (const video of blankVideos()) {
  const paper = video.paper > 128 ? "light paper" : "a dark slate";

  test(`shows no digit on blank ${paper}`, async () => {
    const app = await launchApp({ video: video.file, allowCamera: true });
    try {
      const { page } = app;
      await page.goto("/");
      await expectLiveReader(page);
      const reading = page.getByTestId("reading");
      await expect(reading).toHaveAttribute("data-state", "no-digit");
      // Record every value the page ever shows, not just samples of it.
      await reading.evaluate((element) => {
        const seen = new Set<string>();
        (window as unknown as { digitsShown: Set<string> }).digitsShown = seen;
        new MutationObserver(() => seen.add(element.getAttribute("data-digit") ?? "")).observe(element, {
          attributes: true,
          attributeFilter: ["data-digit", "data-state"],
        });
      });
      await page.waitForTimeout(WATCH_MS);
      const shown = await page.evaluate(() => [...(window as unknown as { digitsShown: Set<string> }).digitsShown]);
      expect(shown.filter((digit) => digit !== ""), "digits shown on blank paper").toEqual([]);
      await expect(reading).toHaveAttribute("data-digit", "");
      await expect(reading).toContainText("Place a digit in the box");
      const fps = Number((await page.getByTestId("status-line").textContent())?.match(/([\d.]+) readings\/s/)?.[1] ?? 0);
      expect(fps, "the reader kept reading frames meanwhile").toBeGreaterThan(0);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
}

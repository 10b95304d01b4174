// The kiosk's practice screen at common classroom screen sizes (#15 item 14): the verdict
// and the score each on one line, the question the biggest words, a faint hint at the
// teacher's corner.
import { expect, test, type Locator } from "@playwright/test";
import { digitVideo, openKiosk } from "./support/kiosk.js";
import { blankVideos } from "./support/videos.js";

/** How many lines the element's text takes on screen: pieces that overlap vertically share a line. */
function lineCount(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const pieces = [...range.getClientRects()].filter((rect) => rect.width > 0).sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = -Infinity;
    for (const piece of pieces) {
      // A piece below the current line's bottom starts a new line; an icon or a smaller "of 1" overlaps it.
      if (piece.top >= bottom - 1) lines++;
      bottom = piece.top >= bottom - 1 ? piece.bottom : Math.max(bottom, piece.bottom);
    }
    return lines;
  });
}

const fontSize = (element: Locator) => element.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));

/** Where the element's text is drawn (its box may be wider or narrower than its words). */
function textBox(element: Locator): Promise<{ left: number; right: number }> {
  return element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    return { left: rect.left, right: rect.right };
  });
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
]) {
  test(`practice at ${viewport.width}×${viewport.height}: the question biggest, the verdict and the score on one line each`, async () => {
    // Blank paper: the prompt under the question stays.
    const waiting = await openKiosk("?practice=7&sound=0", blankVideos()[0]!.file, (running) => running.page.setViewportSize(viewport));
    try {
      const { page } = waiting;
      const question = page.getByTestId("question");
      await expect(question).toHaveText("Show me a 7");
      await expect(page.getByTestId("idle")).toHaveText("Hold up your answer");
      expect(await fontSize(question), "the question is bigger than the prompt under it").toBeGreaterThan(await fontSize(page.getByTestId("idle")));
      expect(await lineCount(question)).toBe(1);
      await expect(question).toBeInViewport({ ratio: 1 });

      // The teacher's corner shows itself, faintly, inside the corner.
      const hint = page.getByTestId("settings-corner-hint");
      await expect(hint).toBeVisible();
      const opacity = Number(await hint.evaluate((node) => getComputedStyle(node).opacity));
      expect(opacity).toBeGreaterThan(0.1);
      expect(opacity).toBeLessThan(0.6);
      const corner = (await page.getByTestId("settings-corner").boundingBox())!;
      const drawn = (await hint.boundingBox())!;
      expect(drawn.x >= corner.x && drawn.y >= corner.y && drawn.x + drawn.width <= corner.x + corner.width).toBe(true);
      expect(waiting.problems).toEqual([]);
    } finally {
      await waiting.close();
    }

    // Asked for a 7, shown a 0: "Not quite — try again", the longest verdict.
    const app = await openKiosk("?practice=7&sound=0", digitVideo(0).file, (running) => running.page.setViewportSize(viewport));
    try {
      const { page } = app;
      const verdict = page.getByTestId("verdict");
      await expect(verdict).toHaveAttribute("data-verdict", "wrong", { timeout: 20_000 });
      await expect(verdict).toContainText("Not quite — try again");
      const score = page.getByTestId("score");
      await expect(score).toHaveAttribute("data-tries", "1");
      expect(await lineCount(verdict), "verdict lines").toBe(1);
      expect(await lineCount(score), "score lines").toBe(1);
      const [words, stars] = [await textBox(verdict), await textBox(score)];
      expect(words.right, "the verdict's words end before the score").toBeLessThanOrEqual(stars.left);
      for (const part of [verdict, score]) await expect(part).toBeInViewport({ ratio: 1 });
      await page.screenshot({ path: test.info().outputPath(`kiosk-practice-${viewport.width}x${viewport.height}.png`) });
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
}

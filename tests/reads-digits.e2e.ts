import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { expect, test } from "@playwright/test";
import { expectLiveReader, launchApp, readSteadyDigit, videoSize } from "./support/app.js";
import { screenshotPath } from "./support/paths.js";
import { digitVideos, FRAME_HEIGHT, FRAME_WIDTH } from "./support/videos.js";

interface DigitResult {
  readonly label: number;
  readonly look: string;
  readonly read: number | null;
  readonly confidence: number;
  readonly msToRead: number;
  /** The status line when the digit was read: backend, readings per second, time per reading. */
  readonly status: string;
}

test("reads handwritten digits from the camera: at least 9 of 10, dark and light ink, two sizes", async () => {
  test.setTimeout(240_000);
  const results: DigitResult[] = [];
  let screenshotTaken = false;
  for (const video of digitVideos()) {
    const app = await launchApp({ video: video.file, allowCamera: true });
    try {
      // Camera already allowed: the app starts it without a click.
      await app.page.goto("/");
      await expectLiveReader(app.page);
      expect(await videoSize(app.page), "the fake camera's frame size, which the videos are drawn for").toEqual([FRAME_WIDTH, FRAME_HEIGHT]);
      const reading = await readSteadyDigit(app.page);
      const status = ((await app.page.getByTestId("status-line").textContent()) ?? "").trim();
      results.push({ label: video.label, look: video.look.name, read: reading.digit, confidence: reading.confidence, msToRead: reading.msToRead, status });
      if (!screenshotTaken && reading.digit === video.label && video.look.name === "dark-on-light") {
        // Let the status line settle past the first, slower readings (shader compilation).
        await app.page.waitForTimeout(2000);
        mkdirSync(dirname(screenshotPath), { recursive: true });
        await app.page.screenshot({ path: screenshotPath });
        screenshotTaken = true;
      }
      expect(app.problems, `while reading ${video.file}`).toEqual([]);
    } finally {
      await app.close();
    }
  }

  const summary = results
    .map((r) => `${r.label} (${r.look}): read ${r.read ?? "nothing"}, confidence ${r.confidence.toFixed(3)}, shown after ${r.msToRead} ms; ${r.status}`)
    .join("\n");
  console.log(summary);
  test.info().annotations.push({ type: "digits", description: summary });
  const right = results.filter((r) => r.read === r.label).length;
  expect(right, `digits read right:\n${summary}`).toBeGreaterThanOrEqual(9);
  expect(screenshotTaken, "a dark-on-light digit read right, for docs/screenshot.png").toBe(true);
});

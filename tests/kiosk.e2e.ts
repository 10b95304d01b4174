// The classroom kiosk (apps/kiosk) end to end: Show mode reads digits, Practice mode
// scores right answers only, the screen is kept awake across visibility changes, and
// the camera comes back by itself after its track ends.
import { expect, test } from "@playwright/test";
import { readSteadyDigit } from "./support/app.js";
import { digitVideo, openKiosk, setVisibility, spoken, stubSpeech, stubWakeLock } from "./support/kiosk.js";
import { blankVideos } from "./support/videos.js";

test("Show mode reads the digit held up, huge, and says 'show me a digit' when there is none", async () => {
  test.setTimeout(180_000);
  const labels = [0, 3, 4, 7];
  const results: string[] = [];
  for (const label of labels) {
    const app = await openKiosk("?mode=show&sound=0", digitVideo(label).file);
    try {
      const { page } = app;
      await expect(page.getByTestId("kiosk")).toHaveAttribute("data-mode", "show");
      const reading = await readSteadyDigit(page, 20_000);
      results.push(`${label}: read ${reading.digit ?? "nothing"} (confidence ${reading.confidence.toFixed(3)}) after ${reading.msToRead} ms`);
      expect(reading.digit, results.at(-1)).toBe(label);
      // The digit takes at least 40% of the screen's height.
      const digit = (await page.getByTestId("big-digit").boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(digit.height / viewport.height).toBeGreaterThanOrEqual(0.4);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  }
  console.log(results.join("\n"));

  const blank = await openKiosk("?mode=show&sound=0", blankVideos()[0]!.file);
  try {
    const { page } = blank;
    await page.waitForTimeout(3000);
    await expect(page.getByTestId("idle")).toHaveText("Show me a digit");
    await expect(page.getByTestId("reading")).toHaveAttribute("data-digit", "");
    expect(blank.problems).toEqual([]);
  } finally {
    await blank.close();
  }
});

test("Practice mode: the right answer scores a point, a wrong one does not", async () => {
  test.setTimeout(120_000);
  // ?practice=7 asks for a 7 every time. Sound on here (speech recorded by a stub), off for the wrong answer.
  const right = await openKiosk("?practice=7&sound=1", digitVideo(7).file, (app) => app.context.addInitScript(stubSpeech));
  try {
    const { page } = right;
    await expect(page.getByTestId("question")).toHaveAttribute("data-answer", "7");
    await expect(page.getByTestId("question")).toHaveText("Show me a 7");
    await expect(page.getByTestId("score")).toHaveAttribute("data-score", "0");
    await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "right", { timeout: 20_000 });
    await expect(page.getByTestId("verdict")).toContainText("Right!");
    await expect(page.getByTestId("score")).toHaveAttribute("data-score", "1");
    await expect(page.getByTestId("score")).toHaveAttribute("data-tries", "1");
    await page.screenshot({ path: test.info().outputPath("kiosk-practice-right.png") });
    expect((await spoken(page)).slice(0, 2)).toEqual(["Show me a 7.", "Right! That is a 7."]);
    // The same card still held is not counted again for the next question.
    await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "", { timeout: 5000 });
    await page.waitForTimeout(2000);
    await expect(page.getByTestId("score")).toHaveAttribute("data-score", "1");
    expect(right.problems).toEqual([]);
  } finally {
    await right.close();
  }

  const wrong = await openKiosk("?practice=7&sound=0", digitVideo(3).file, (app) => app.context.addInitScript(stubSpeech));
  try {
    const { page } = wrong;
    await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "wrong", { timeout: 20_000 });
    await expect(page.getByTestId("verdict")).toContainText("try again");
    await expect(page.getByTestId("reading")).toHaveAttribute("data-digit", "3");
    await expect(page.getByTestId("score")).toHaveAttribute("data-score", "0");
    await expect(page.getByTestId("score")).toHaveAttribute("data-tries", "1");
    // Still asking for the 7, and the 3 still held is not judged again.
    await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "", { timeout: 5000 });
    await page.waitForTimeout(2000);
    await expect(page.getByTestId("question")).toHaveAttribute("data-answer", "7");
    await expect(page.getByTestId("score")).toHaveAttribute("data-tries", "1");
    expect(await spoken(page), "sound=0: nothing said").toEqual([]);
    expect(wrong.problems).toEqual([]);
  } finally {
    await wrong.close();
  }
});

test("asks for the Wake Lock again when the page becomes visible again", async () => {
  const app = await openKiosk("?sound=0", undefined, (running) => running.context.addInitScript(stubWakeLock));
  try {
    const { page } = app;
    const count = () => page.evaluate(() => (window as Window & { __wakeLockRequests?: number }).__wakeLockRequests ?? 0);
    const held = () => page.evaluate(() => (window as Window & { __wakeLockHeld?: number }).__wakeLockHeld ?? 0);
    await expect.poll(count).toBe(1);
    await expect(page.getByTestId("kiosk")).toHaveAttribute("data-wake-lock", "held");

    await setVisibility(page, "hidden");
    await expect(page.getByTestId("kiosk")).toHaveAttribute("data-wake-lock", "released");
    expect(await held()).toBe(0);

    await setVisibility(page, "visible");
    await expect.poll(count).toBe(2);
    await expect(page.getByTestId("kiosk")).toHaveAttribute("data-wake-lock", "held");
    expect(await held()).toBe(1);
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("recovers by itself, without a reload, when the camera's track ends", async () => {
  test.setTimeout(90_000);
  const app = await openKiosk("?sound=0", digitVideo(4).file);
  try {
    const { page } = app;
    const status = page.getByTestId("camera-status");
    const reading = page.getByTestId("reading");
    await expect(reading).toHaveAttribute("data-digit", "4", { timeout: 20_000 });
    // Survives only if the page is not reloaded.
    await page.evaluate(() => ((window as Window & { __sameDocument?: boolean }).__sameDocument = true));
    const trackId = () => page.locator("video").evaluate((video: HTMLVideoElement) => (video.srcObject as MediaStream | null)?.getVideoTracks()[0]?.id ?? "");

    // Unplugged: the browser ends the track and fires "ended". No devicechange follows here.
    const first = await trackId();
    await page.locator("video").evaluate((video: HTMLVideoElement) => {
      const track = (video.srcObject as MediaStream).getVideoTracks()[0]!;
      track.stop();
      track.dispatchEvent(new Event("ended"));
    });
    await expect(status).toHaveAttribute("data-state", "error");
    await expect(status).toContainText("Trying again");
    await expect(status).toHaveAttribute("data-state", "running", { timeout: 15_000 });
    await expect(reading).toHaveAttribute("data-digit", "4", { timeout: 20_000 });
    const second = await trackId();
    expect(second).not.toBe(first);

    // The stream ends silently (stopped without an "ended" event): the watchdog notices.
    await page.locator("video").evaluate((video: HTMLVideoElement) => (video.srcObject as MediaStream).getVideoTracks()[0]!.stop());
    await expect.poll(trackId, { timeout: 15_000 }).not.toBe(second);
    await expect(status).toHaveAttribute("data-state", "running");
    await expect(reading).toHaveAttribute("data-digit", "4", { timeout: 20_000 });

    expect(await page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expect(page.locator("body")).not.toContainText(/at \S+ \(|Error:/);
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

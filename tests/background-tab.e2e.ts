// A page opened in a background tab, with the camera allowed already: neither the web page
// nor the kiosk may switch the camera on until the page is shown (#15 item 1).
import { expect, test, type Page } from "@playwright/test";
import { expectLiveReader, launchApp } from "./support/app.js";
import { kioskBaseUrl } from "./support/paths.js";

/**
 * Runs before the app: the page believes it is in a background tab (headless pages are never
 * hidden) until `__show()`, and every stream getUserMedia gives is counted in `__streams`.
 */
function openInBackground(): void {
  type Probe = Window & { __streams?: MediaStream[]; __show?: () => void };
  const probe = window as Probe;
  let state: DocumentVisibilityState = "hidden";
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
  Object.defineProperty(document, "hidden", { configurable: true, get: () => state === "hidden" });
  probe.__show = () => {
    state = "visible";
    document.dispatchEvent(new Event("visibilitychange"));
  };
  probe.__streams = [];
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await getUserMedia(constraints);
    probe.__streams!.push(stream);
    return stream;
  };
}

function liveTracks(page: Page): Promise<number> {
  return page.evaluate(() =>
    ((window as Window & { __streams?: MediaStream[] }).__streams ?? []).flatMap((stream) => stream.getTracks()).filter((track) => track.readyState === "live").length,
  );
}

for (const [app, url, query] of [
  ["web page", undefined, "/"],
  ["kiosk", kioskBaseUrl, "/?sound=0"],
] as const) {
  test(`the ${app} starts the camera only once its tab is shown`, async () => {
    const running = await launchApp({ allowCamera: true, url });
    try {
      const { page } = running;
      await page.addInitScript(openInBackground);
      await page.goto(query);
      await expect(page.getByTestId("status-line")).toHaveAttribute("data-status", "ready", { timeout: 30_000 });
      // Long enough for a start on load (and the kiosk's camera watchdog) to have happened.
      await page.waitForTimeout(3000);
      await expect(page.getByTestId("camera-status")).not.toHaveAttribute("data-state", "running");
      expect(await liveTracks(page), "camera tracks live while the tab is in the background").toBe(0);

      await page.evaluate(() => (window as Window & { __show?: () => void }).__show?.());
      await expectLiveReader(page);
      expect(await liveTracks(page)).toBe(1);
      expect(running.problems).toEqual([]);
    } finally {
      await running.close();
    }
  });
}

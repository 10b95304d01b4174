// Helpers for the kiosk's end-to-end tests (tests/kiosk*.e2e.ts): the built apps/kiosk,
// served by the suite on its own port, in Chromium with a fake camera.
import { expect, type Page } from "@playwright/test";
import { expectLiveReader, launchApp, type RunningApp } from "./app.js";
import { kioskBaseUrl } from "./paths.js";
import { digitVideos, type DigitVideo } from "./videos.js";

/** The rendered video of `label` (see videos.ts). */
export function digitVideo(label: number): DigitVideo {
  const video = digitVideos().find((v) => v.label === label);
  if (!video) throw new Error(`No video of the digit ${label}.`);
  return video;
}

/**
 * Opens the kiosk at `query` (e.g. "?mode=practice&sound=0") with the fake camera
 * playing `video`, and waits until the camera runs and the model is loaded.
 */
export async function openKiosk(query: string, video?: string, beforeLoad?: (app: RunningApp) => Promise<unknown>): Promise<RunningApp> {
  const app = await launchApp({ video, allowCamera: true, url: kioskBaseUrl });
  try {
    await beforeLoad?.(app);
    await app.page.goto(`/${query}`);
    await expectLiveReader(app.page);
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}

/** What a switch to another tab and back looks like to the page (headless pages are never hidden). */
export function setVisibility(page: Page, state: "hidden" | "visible"): Promise<void> {
  return page.evaluate((value) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => value });
    document.dispatchEvent(new Event("visibilitychange"));
  }, state);
}

/**
 * A stand-in for navigator.wakeLock that counts requests in window.__wakeLockRequests
 * and, like browsers, releases the lock when the page is hidden. Pass to page.addInitScript.
 */
export function stubWakeLock(): void {
  type Counted = Window & { __wakeLockRequests?: number; __wakeLockHeld?: number };
  const counted = window as Counted;
  counted.__wakeLockRequests = 0;
  counted.__wakeLockHeld = 0;
  const held = new Set<EventTarget & { released: boolean }>();
  const release = (sentinel: EventTarget & { released: boolean }) => {
    if (sentinel.released) return;
    sentinel.released = true;
    held.delete(sentinel);
    counted.__wakeLockHeld = held.size;
    sentinel.dispatchEvent(new Event("release"));
  };
  const wakeLock = {
    request(type: string) {
      counted.__wakeLockRequests = (counted.__wakeLockRequests ?? 0) + 1;
      if (type !== "screen") return Promise.reject(new TypeError("Only screen wake locks exist."));
      if (document.visibilityState !== "visible") return Promise.reject(new DOMException("The page is not visible.", "NotAllowedError"));
      const sentinel = Object.assign(new EventTarget(), {
        released: false,
        type: "screen",
        release: () => {
          release(sentinel);
          return Promise.resolve();
        },
      });
      held.add(sentinel);
      counted.__wakeLockHeld = held.size;
      return Promise.resolve(sentinel);
    },
  };
  Object.defineProperty(navigator, "wakeLock", { configurable: true, get: () => wakeLock });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") for (const sentinel of [...held]) release(sentinel);
  });
}

/** A stand-in for speechSynthesis that records what would be said in window.__spoken. Pass to page.addInitScript. */
export function stubSpeech(): void {
  const spoken: string[] = [];
  (window as Window & { __spoken?: string[] }).__spoken = spoken;
  const synth = {
    speak: (utterance: SpeechSynthesisUtterance) => void spoken.push(utterance.text),
    cancel: () => {},
    pause: () => {},
    resume: () => {},
    getVoices: () => [],
    speaking: false,
    pending: false,
    paused: false,
  };
  Object.defineProperty(window, "speechSynthesis", { configurable: true, get: () => synth });
}

export function spoken(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as Window & { __spoken?: string[] }).__spoken ?? [])]);
}

/** Presses and holds the teacher's corner, as a teacher opens the settings (a tap is not enough). */
export async function longPressTeacherCorner(page: Page): Promise<void> {
  const box = (await page.getByTestId("settings-corner").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(1800);
  await page.mouse.up();
}

/** Opens the teacher settings by a long press on their corner, and waits for them. */
export async function openTeacherSettings(page: Page): Promise<void> {
  await longPressTeacherCorner(page);
  await expect(page.getByTestId("teacher-settings")).toBeVisible();
}

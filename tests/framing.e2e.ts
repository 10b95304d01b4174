// Reading what is held up, however it is framed (#12): a digit running out of the box is
// never shown, and the advice says to move back; the kiosk finds it around its box; an
// opened photo is searched whole and its box fitted to the digit; the digit found is outlined.
import { existsSync } from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import { digitsShown, expectLiveReader, launchApp, readSteadyDigit, watchWebPage } from "./support/app.js";
import { openKiosk } from "./support/kiosk.js";
import { FILLING_PHOTO, FRAME_HEIGHT, FRAME_WIDTH, OFF_CENTRE_VIDEO } from "./support/videos.js";

type Rect = { x: number; y: number; width: number; height: number };

async function rectOf(locator: Locator): Promise<Rect> {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error(`${locator.toString()} is not shown.`);
  return rect;
}

/** `inner` lies within `outer`, give or take a pixel of rounding. */
function expectInside(inner: Rect, outer: Rect, what: string): void {
  const slack = 1;
  expect(inner.x, `${what}: left`).toBeGreaterThanOrEqual(outer.x - slack);
  expect(inner.y, `${what}: top`).toBeGreaterThanOrEqual(outer.y - slack);
  expect(inner.x + inner.width, `${what}: right`).toBeLessThanOrEqual(outer.x + outer.width + slack);
  expect(inner.y + inner.height, `${what}: bottom`).toBeLessThanOrEqual(outer.y + outer.height + slack);
}

test.describe("a real photo", () => {
  test.skip(!existsSync(FILLING_PHOTO.photo), `needs the real photos of ../shared/real-digits (${FILLING_PHOTO.photo} is missing)`);

  test("filling the frame, its digit running out of the box: no digit is ever shown, and the advice says to move back", async () => {
    await watchWebPage(FILLING_PHOTO.file, async (page) => {
      const reading = page.getByTestId("reading");
      await expect(reading).toHaveAttribute("data-reason", "overflow", { timeout: 15_000 });
      // A few seconds of camera frames, every one of which the box cuts.
      await page.waitForTimeout(4000);
      expect(await digitsShown(page), "digits shown while the 5 runs out of the box").toEqual([]);
      await expect(reading).toHaveAttribute("data-digit", "");
      await expect(reading).toContainText("Move back");
      // What screen readers are told: the polite live region says it too.
      await expect(page.locator("[aria-live]").filter({ hasText: /move back/i })).not.toHaveCount(0);
      await expect(page.getByTestId("ink-box")).toHaveCount(0);
    });
  });

  test("filling the frame, read by the kiosk, which looks for the digit around its box", async () => {
    test.setTimeout(60_000);
    const app = await openKiosk("?mode=show&sound=0", FILLING_PHOTO.file);
    try {
      const { page } = app;
      const reading = await readSteadyDigit(page, 20_000);
      expect(reading.digit).toBe(FILLING_PHOTO.label);
      await expect(page.getByTestId("ink-box")).toBeVisible();
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test("opened through the file input: read whole, the box fitted round the digit and still the person's to move", async () => {
    const app = await launchApp({ allowCamera: false });
    try {
      const { page } = app;
      await page.goto("/");
      await page.getByTestId("photo-input").setInputFiles(FILLING_PHOTO.photo);
      const reading = page.getByTestId("reading");
      await expect(reading).toHaveAttribute("data-digit", String(FILLING_PHOTO.label), { timeout: 30_000 });

      const photo = await rectOf(page.getByRole("img", { name: /photo being read/ }));
      const roi = page.getByTestId("roi");
      const box = await rectOf(roi);
      expectInside(box, photo, "the box, in the photo");
      expect(box.width * box.height, "the box is fitted to the digit, not the whole photo").toBeLessThan(0.8 * photo.width * photo.height);
      await expect(page.getByTestId("ink-box")).toBeVisible();
      expectInside(await rectOf(page.getByTestId("ink-box")), box, "the ink found, in the box");

      // Made smaller from its bottom-right corner, the box cuts the 5: that box is read, and refused.
      await roi.focus();
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press("Shift+ArrowLeft");
        await page.keyboard.press("Shift+ArrowUp");
      }
      await expect(reading).toHaveAttribute("data-reason", "overflow");
      await expect(reading).toHaveAttribute("data-digit", "");
      await expect(reading).toContainText("Move back");
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

test("the digit found is outlined inside the box over the camera, in its place when the picture is mirrored", async () => {
  test.setTimeout(90_000);
  // A box round the 3 drawn left of centre; mirrored, both go right of centre, the outline with them.
  const { x, y, width, height } = OFF_CENTRE_VIDEO.box;
  const margin = 40;
  const roi = [(x - margin) / FRAME_WIDTH, (y - margin) / FRAME_HEIGHT, (width + 2 * margin) / FRAME_WIDTH, (height + 2 * margin) / FRAME_HEIGHT].join(",");
  for (const mirror of [false, true]) {
    const app = await launchApp({ video: OFF_CENTRE_VIDEO.file, allowCamera: true });
    try {
      const { page } = app;
      await page.goto(`/?roi=${roi}&mirror=${mirror ? 1 : 0}`);
      await expectLiveReader(page);
      const ink = page.getByTestId("ink-box");
      await expect(ink).toBeVisible({ timeout: 15_000 });
      const picture = await rectOf(page.locator("video"));
      const box = await rectOf(page.getByTestId("roi"));
      const found = await rectOf(ink);
      expectInside(found, box, `the ink found, in the box (mirrored: ${mirror})`);
      const pictureCentre = picture.x + picture.width / 2;
      expect(found.x + found.width / 2 < pictureCentre, `the ink is ${mirror ? "right" : "left"} of the picture's centre`).toBe(!mirror);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  }
});

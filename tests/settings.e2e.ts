import { expect, test, type Page } from "@playwright/test";
import { expectLiveReader, launchApp } from "./support/app.js";

/** The reading box's position as shares of the video, as the page shows it. */
async function shownRoi(page: Page): Promise<number[]> {
  const video = await page.locator("video").boundingBox();
  const box = await page.getByTestId("roi").boundingBox();
  if (!video || !box) throw new Error("The video or the reading box is not on screen.");
  return [(box.x - video.x) / video.width, (box.y - video.y) / video.height, box.width / video.width, box.height / video.height].map(
    (share) => Math.round(share * 100) / 100,
  );
}

test("takes settings from the URL, moves the box with the keyboard and remembers it", async () => {
  // Chromium's own test pattern is camera enough here.
  const app = await launchApp({ allowCamera: true });
  try {
    const { page } = app;
    await page.goto("/?threshold=0.95&polarity=light-on-dark&smoothing=0&roi=0.25,0.25,0.5,0.5");
    await expectLiveReader(page);
    await expect(page.getByRole("slider", { name: /Confidence needed/ })).toHaveValue("0.95");
    await expect(page.getByRole("combobox", { name: "Ink" })).toHaveValue("light-on-dark");
    await expect(page.getByRole("checkbox", { name: /Steady answers/ })).not.toBeChecked();
    expect(await shownRoi(page)).toEqual([0.25, 0.25, 0.5, 0.5]);

    const roi = page.getByTestId("roi");
    await roi.focus();
    for (let i = 0; i < 5; i++) await roi.press("ArrowRight");
    for (let i = 0; i < 2; i++) await roi.press("Shift+ArrowDown");
    expect(await shownRoi(page)).toEqual([0.3, 0.25, 0.5, 0.52]);

    // A plain visit brings back what was set.
    await page.goto("/");
    await expectLiveReader(page);
    expect(await shownRoi(page)).toEqual([0.3, 0.25, 0.5, 0.52]);
    await expect(page.getByRole("slider", { name: /Confidence needed/ })).toHaveValue("0.95");

    // Back to the default, shaped for a short number: 40% of the picture's short side tall, twice as wide, centred.
    await page.getByRole("button", { name: "Reset the box" }).click();
    const video = (await page.locator("video").boundingBox())!;
    const box = (await page.getByTestId("roi").boundingBox())!;
    expect(Math.abs(box.width - 2 * box.height), "twice as wide as tall on screen").toBeLessThan(2);
    expect(box.height / video.height).toBeCloseTo(0.4, 2);
    expect(Math.abs(box.x + box.width / 2 - (video.x + video.width / 2)), "centred").toBeLessThan(2);

    // Dragging it with the mouse moves it by as much, in shares of the picture.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + video.width * 0.1, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const dragged = (await page.getByTestId("roi").boundingBox())!;
    expect((dragged.x - box.x) / video.width).toBeCloseTo(0.1, 2);
    expect(dragged.width).toBeCloseTo(box.width, 0);

    // Reading one digit at a time, the default box is the reader's own: a centred square, 40% of the short side.
    await page.getByRole("button", { name: "Reset the box" }).click();
    await page.getByRole("combobox", { name: "Read" }).selectOption("1");
    const square = (await page.getByTestId("roi").boundingBox())!;
    expect(Math.abs(square.width - square.height), "square on screen").toBeLessThan(2);
    expect(square.height / video.height).toBeCloseTo(0.4, 2);
    expect(Math.abs(square.x + square.width / 2 - (video.x + video.width / 2)), "centred").toBeLessThan(2);

    // A wrong parameter is ignored, and the page says so.
    await page.goto("/?threshold=2");
    await expect(page.getByRole("note")).toContainText("Ignored threshold=2");
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

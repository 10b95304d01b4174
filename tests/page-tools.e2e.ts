// What people expect of the web page (#15 items 16, 17): links as the page shows the
// threshold, misspelled parameters named; Copy, recent digits, Freeze, Switch camera;
// installable as an app.
import { expect, test } from "@playwright/test";
import { expectLiveReader, launchApp, readSteadyDigit } from "./support/app.js";
import { baseUrl } from "./support/paths.js";
import { digitVideos } from "./support/videos.js";

test("a link may give the threshold as a percentage, and misspelled parameters are named in the notice", async () => {
  const app = await launchApp({ allowCamera: false });
  try {
    const { page } = app;
    await page.goto("/?threshold=90&treshold=0.7&utm_source=mail");
    await expect(page.getByRole("slider", { name: /Confidence needed/ })).toHaveValue("0.9");
    const notice = page.getByRole("note");
    await expect(notice).toContainText("Ignored treshold=0.7: there is no such setting. Did you mean threshold?");
    await expect(notice).toContainText("Ignored utm_source=mail");
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("Copy (or Enter) copies the digit shown, recent digits are listed, and Freeze keeps the picture to read", async () => {
  const app = await launchApp({ video: digitVideos()[7]!.file, allowCamera: true });
  try {
    const { page, context } = app;
    // Granting replaces what the origin was granted: the camera is named again.
    await context.grantPermissions(["camera", "clipboard-read", "clipboard-write"], { origin: new URL(baseUrl).origin });
    await page.goto("/");
    await expectLiveReader(page);
    expect((await readSteadyDigit(page)).digit).toBe(7);
    await expect(page.getByTestId("history").locator("li")).toHaveText(["7"]);

    await page.getByTestId("copy").click();
    await expect(page.getByTestId("copied")).toHaveText("Copied “7”.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("7");
    await page.evaluate(() => navigator.clipboard.writeText(""));
    await page.locator("body").press("Enter");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("7");

    await page.getByTestId("freeze").click();
    await expect(page.getByRole("img", { name: /camera picture taken at/ })).toBeVisible();
    await expect(page.getByTestId("reading")).toHaveAttribute("data-digit", "7", { timeout: 15_000 });
    await page.getByRole("button", { name: "Back to the camera" }).click();
    await expectLiveReader(page);
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("one tap switches between two cameras (front and rear), and the choice is kept", async () => {
  const app = await launchApp({ allowCamera: true, browserArgs: ["--use-fake-device-for-media-stream=device-count=2"] });
  try {
    const { page } = app;
    await page.goto("/");
    await expectLiveReader(page);
    // Mid-switch the video holds no stream for a moment: null then, so a poll waits through it instead of failing.
    const inUse = () => page.locator("video").evaluate((video: HTMLVideoElement) => (video.srcObject as MediaStream | null)?.getVideoTracks()[0]?.getSettings().deviceId ?? null);
    const first = await inUse();
    expect(first).not.toBeNull();
    await page.getByTestId("switch-camera").click();
    await expectLiveReader(page);
    await expect.poll(async () => [null, first].includes(await inUse()), { message: "another camera is used" }).toBe(false);
    const second = await inUse();
    await page.reload();
    await expectLiveReader(page);
    // Polled like the switches: the page may report its camera running a moment before the video holds the stream.
    await expect.poll(inUse, { message: "the camera switched to is used again" }).toBe(second);
    await page.getByTestId("switch-camera").click();
    await expect.poll(inUse).toBe(first);
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

test("one camera: no switch is offered", async () => {
  const app = await launchApp({ allowCamera: true });
  try {
    await app.page.goto("/");
    await expectLiveReader(app.page);
    await expect(app.page.getByTestId("freeze")).toBeVisible();
    await expect(app.page.getByTestId("switch-camera")).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test("installable as an app: a manifest with its icons, served from the page's own origin", async () => {
  const app = await launchApp({ allowCamera: false });
  try {
    const { page, context } = app;
    await page.goto("/");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href!, page.url());
    expect(manifestUrl.origin).toBe(new URL(baseUrl).origin);
    const manifest = (await (await page.request.get(manifestUrl.href)).json()) as {
      name: string;
      display: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: "LiveDigits", display: "standalone" });
    for (const icon of manifest.icons.filter((icon) => icon.type === "image/png")) {
      const response = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(response.headers()["content-type"], icon.src).toBe("image/png");
      const png = await response.body();
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
    expect(manifest.icons.some((icon) => icon.sizes === "512x512" && icon.purpose === "maskable")).toBe(true);
    // What Chromium itself says stands in the way of installing the page.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
    // Playwright's browser contexts are off the record, where Chromium installs nothing: that one is expected.
    expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

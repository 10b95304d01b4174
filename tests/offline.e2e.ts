import { expect, test } from "@playwright/test";
import { preview } from "vite";
import { expectLiveReader, launchApp } from "./support/app.js";
import { webRoot } from "./support/paths.js";
import { digitVideos } from "./support/videos.js";

/** A server of its own, so this test can take it away. */
const OFFLINE_PORT = Number(process.env.E2E_OFFLINE_PORT ?? 4175);

test("keeps working offline after the first visit", async () => {
  const server = await preview({
    root: webRoot,
    logLevel: "silent",
    preview: { host: "127.0.0.1", port: OFFLINE_PORT, strictPort: true },
  });
  const url = `http://127.0.0.1:${OFFLINE_PORT}/`;
  const app = await launchApp({ video: digitVideos()[3]!.file, allowCamera: true, url });
  let serverClosed = false;
  try {
    const { page } = app;
    await page.goto("/");
    await expectLiveReader(page);
    // Controlling the page means the service worker has installed, i.e. precached every file.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    await server.close();
    serverClosed = true;
    await expect(fetch(url), "the server is gone").rejects.toThrow();

    await page.reload();
    await expectLiveReader(page);
    const reading = page.getByTestId("reading");
    await expect(reading, "the model loaded from the cache and read frames").not.toHaveAttribute("data-state", "", { timeout: 20_000 });
    await expect(page.getByTestId("status-line")).toContainText("readings/s");
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
    if (!serverClosed) await server.close();
  }
});

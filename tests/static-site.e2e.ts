// The static deployment (#17): `pnpm build:static`, as the GitHub Pages workflow runs it, puts
// the web page at /livedigits/ and the kiosk at /livedigits/kiosk/; a plain static server
// (no headers of its own, like GitHub Pages) serves the folder under that path. Everything
// must load from under it: scripts, the model, the wasm binaries, the service workers.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { preview, type PreviewServer } from "vite";
import { expectLiveReader, launchApp, readSteadyDigit } from "./support/app.js";
import { repoRoot, STATIC_SITE_E2E_PORT } from "./support/paths.js";
import { digitVideos } from "./support/videos.js";

const BASE = "/livedigits/";
// Outside the repository, so that no linter or build picks the built site up.
let siteDir: string;
const origin = `http://127.0.0.1:${STATIC_SITE_E2E_PORT}`;
let server: PreviewServer;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  siteDir = mkdtempSync(join(tmpdir(), "livedigits-static-site-"));
  // The workflow's build step (.github/workflows/pages.yml), less the vite-config build the suite already did.
  const built = spawnSync(process.execPath, ["tooling/vite/dist/build-static-site.js", "apps/web", "apps/kiosk=kiosk/", "--base", BASE, "--out", siteDir], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 280_000,
  });
  expect(built.status, `build-static-site failed:\n${built.stderr}`).toBe(0);
  // Only static files: no plugins, no headers, no fallback to index.html.
  server = await preview({
    root: siteDir,
    configFile: false,
    logLevel: "silent",
    base: BASE,
    appType: "mpa",
    build: { outDir: "." },
    preview: { host: "127.0.0.1", port: STATIC_SITE_E2E_PORT, strictPort: true },
  });
});

test.afterAll(async () => {
  await server?.close();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

test("the web page and the kiosk under a sub-path load everything from under it, and their service workers keep to their own scopes and caches", async () => {
  const video = digitVideos()[5]!;
  const app = await launchApp({ video: video.file, allowCamera: true, url: `${origin}${BASE}` });
  const paths: string[] = [];
  app.context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) paths.push(url.pathname);
  });
  try {
    const { page } = app;
    await page.goto(`${origin}${BASE}`);
    await expectLiveReader(page);
    expect((await readSteadyDigit(page)).digit).toBe(video.label);
    const webScope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(webScope).toBe(`${origin}${BASE}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    expect(paths).toContain(`${BASE}model/model.json`);
    expect(paths.some((path) => path.startsWith(`${BASE}wasm/`) && path.endsWith(".wasm")), "a wasm binary").toBe(true);
    expect(paths).toContain(`${BASE}sw.js`);

    // The kiosk, on the same origin as on GitHub Pages, inside the web page's scope.
    await page.goto(`${origin}${BASE}kiosk/?sound=0`);
    await expectLiveReader(page);
    const kioskScope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(kioskScope).toBe(`${origin}${BASE}kiosk/`);
    await page.waitForFunction(
      (scope) => navigator.serviceWorker.controller?.scriptURL === `${scope}sw.js`,
      kioskScope,
      { timeout: 30_000 },
    );
    expect(paths).toContain(`${BASE}kiosk/model/model.json`);
    expect(paths).toContain(`${BASE}kiosk/sw.js`);
    expect(paths.filter((path) => !path.startsWith(BASE)), "requests outside the base path").toEqual([]);

    // The kiosk's worker activated after the web page's: each app's cache is still there.
    const caches = await page.evaluate(() => globalThis.caches.keys());
    for (const scope of [webScope, kioskScope]) {
      expect(caches.filter((name) => name.includes(` ${scope} `)), `the cache of ${scope} among ${caches.join(", ")}`).toHaveLength(1);
    }
    expect(app.problems).toEqual([]);
  } finally {
    await app.close();
  }
});

import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATIC_HOST_HEADERS_FILE } from "./hosting-headers.js";
import { SERVICE_WORKER_FILE } from "./offline.js";
import { appBaseInSite, buildStaticSite } from "./static-site.js";

describe("appBaseInSite", () => {
  it("puts each app's folder under the site's base", () => {
    expect(appBaseInSite("/livedigits/", "")).toBe("/livedigits/");
    expect(appBaseInSite("/livedigits/", "kiosk/")).toBe("/livedigits/kiosk/");
    expect(appBaseInSite("livedigits", "/kiosk")).toBe("/livedigits/kiosk/");
    expect(appBaseInSite("/", "kiosk/")).toBe("/kiosk/");
  });
});

describe("buildStaticSite", () => {
  let work: string;
  const site = () => join(work, "site");

  async function app(name: string): Promise<string> {
    const root = join(work, name);
    await mkdir(root, { recursive: true });
    await writeFile(join(root, "index.html"), `<!doctype html><html><head><title>${name}</title></head><body><script type="module" src="/main.js"></script></body></html>`);
    await writeFile(join(root, "main.js"), `document.title = import.meta.env.BASE_URL;\n`);
    const plugins = new URL("./index.ts", import.meta.url).pathname;
    await writeFile(
      join(root, "vite.config.js"),
      `import { offlineServiceWorker, sameOriginContentSecurityPolicy } from ${JSON.stringify(plugins)};\nexport default { plugins: [offlineServiceWorker(), sameOriginContentSecurityPolicy()] };\n`,
    );
    return root;
  }

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "livedigits-site-"));
    const [web, kiosk] = [await app("web"), await app("kiosk")];
    // The kiosk first: the front page must still be built first, or emptying its folder would remove the kiosk.
    await buildStaticSite({ base: "/livedigits/", outDir: site(), apps: [{ root: kiosk, path: "kiosk/" }, { root: web, path: "" }] });
  }, 60_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("puts the front page at the site's root and the kiosk in its folder, each linking its files under its own base", async () => {
    const front = await readFile(join(site(), "index.html"), "utf8");
    const kiosk = await readFile(join(site(), "kiosk", "index.html"), "utf8");
    expect(front).toContain("<title>web</title>");
    expect(front).toMatch(/src="\/livedigits\/assets\/[^"]+\.js"/);
    expect(kiosk).toContain("<title>kiosk</title>");
    expect(kiosk).toMatch(/src="\/livedigits\/kiosk\/assets\/[^"]+\.js"/);
    expect(existsSync(join(site(), SERVICE_WORKER_FILE))).toBe(true);
    expect(existsSync(join(site(), "kiosk", SERVICE_WORKER_FILE))).toBe(true);
  });

  it("writes _headers at the site's root, covering every path under the base, the kiosk's included", async () => {
    const headers = await readFile(join(site(), STATIC_HOST_HEADERS_FILE), "utf8");
    expect(headers).toContain("\n/livedigits/*\n  Content-Security-Policy: ");
  });

  it("refuses a site folder that holds an app, which building would empty", async () => {
    await expect(buildStaticSite({ base: "/", outDir: work, apps: [{ root: join(work, "web"), path: "" }] })).rejects.toThrow(/holds the app/);
  });
});

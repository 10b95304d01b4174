import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, mergeConfig, preview, type InlineConfig, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameOriginContentSecurityPolicy } from "./content-security-policy.js";
import { appBase, deploymentOptions, HOSTED_URL_CONSTANT, hostedUrl } from "./deployment.js";
import { STATIC_HOST_HEADERS_FILE } from "./hosting-headers.js";
import { SERVICE_WORKER_FILE, offlineServiceWorker } from "./offline.js";
import { readerAssets } from "./reader-assets.js";

describe("appBase", () => {
  it("is / when unset", () => {
    expect(appBase(undefined)).toBe("/");
    expect(appBase("")).toBe("/");
    expect(appBase(" / ")).toBe("/");
    expect(appBase("//")).toBe("/");
  });

  it("makes a path from the site's root with a slash at each end", () => {
    expect(appBase("livedigits")).toBe("/livedigits/");
    expect(appBase("/livedigits")).toBe("/livedigits/");
    expect(appBase("/livedigits/kiosk/")).toBe("/livedigits/kiosk/");
    expect(appBase("//a//")).toBe("/a/");
  });

  it("refuses relative bases, dot segments and characters a URL path would have to escape", () => {
    for (const bad of ["./", ".", "../up/", "/a/../b/", "/a b/", "/a?b/", "https://cdn.example/app/", "/a#b"]) {
      expect(() => appBase(bad), bad).toThrow(/LIVEDIGITS_BASE=.* is not a path from the site's root\. Give one such as \/livedigits\//);
    }
  });
});

describe("hostedUrl", () => {
  it("is empty when unset and the normalised address otherwise", () => {
    expect(hostedUrl(undefined)).toBe("");
    expect(hostedUrl("https://someone.github.io/livedigits")).toBe("https://someone.github.io/livedigits");
  });

  it("refuses an address that is not https, which would not get the camera either", () => {
    expect(() => hostedUrl("http://school.example/livedigits/")).toThrow(/must be an https:\/\/ address/);
    expect(() => hostedUrl("someone.github.io")).toThrow(/is not an address/);
  });
});

describe("deploymentOptions", () => {
  it("takes the base and the hosted URL from the environment", () => {
    const options = deploymentOptions({ LIVEDIGITS_BASE: "/livedigits/", LIVEDIGITS_HOSTED_URL: "https://someone.github.io/livedigits/" });
    expect(options.base).toBe("/livedigits/");
    expect(options.define).toEqual({ [HOSTED_URL_CONSTANT]: JSON.stringify("https://someone.github.io/livedigits/") });
    expect(deploymentOptions({})).toEqual({ base: "/", define: { [HOSTED_URL_CONSTANT]: '""' } });
  });
});

describe("an app built with LIVEDIGITS_BASE=/sub/path/", () => {
  let root: string;
  let server: PreviewServer;
  let origin: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "livedigits-base-"));
    await writeFile(join(root, "index.html"), `<!doctype html><html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>`);
    await writeFile(join(root, "main.js"), `window.base = import.meta.env.BASE_URL;\nwindow.hosted = ${HOSTED_URL_CONSTANT};\n`);
    const config: InlineConfig = mergeConfig(deploymentOptions({ LIVEDIGITS_BASE: "sub/path", LIVEDIGITS_HOSTED_URL: "https://example.org/ld/" }), {
      root,
      configFile: false,
      logLevel: "silent",
      plugins: [readerAssets(), offlineServiceWorker(), sameOriginContentSecurityPolicy()],
    });
    await build(config);
    server = await preview({ ...config, preview: { host: "127.0.0.1", port: 0 } });
    origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("links its scripts under the base and knows the base and the hosted URL at run time", async () => {
    const html = await readFile(join(root, "dist", "index.html"), "utf8");
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src).toMatch(/^\/sub\/path\/assets\//);
    const [script] = (await readdir(join(root, "dist", "assets"))).filter((name) => name.endsWith(".js"));
    const code = await readFile(join(root, "dist", "assets", script!), "utf8");
    expect(code).toMatch(/base\s*=\s*[`"']\/sub\/path\/[`"']/);
    expect(code).toMatch(/hosted\s*=\s*[`"']https:\/\/example\.org\/ld\/[`"']/);
  });

  it("serves the model, the wasm binaries and the service worker under the base, and nothing at the root", async () => {
    const expected = {
      "model/model.json": "application/json",
      "wasm/tfjs-backend-wasm.wasm": "application/wasm",
      [SERVICE_WORKER_FILE]: "text/javascript",
      "": "text/html",
    };
    for (const [path, type] of Object.entries(expected)) {
      const response = await fetch(`${origin}/sub/path/${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toContain(type);
      // Vite answers the bare root with a page pointing to the base; files are found only under it.
      if (path !== "") expect((await fetch(`${origin}/${path}`)).status, `/${path} outside the base`).toBe(404);
    }
  });

  it("precaches the model and wasm by paths relative to the worker's scope, which is the base", async () => {
    const worker = await readFile(join(root, "dist", SERVICE_WORKER_FILE), "utf8");
    expect(worker).toContain('"model/model.json"');
    expect(worker).toContain('"wasm/tfjs-backend-wasm.wasm"');
    expect(worker).not.toMatch(/"\/model\/|"\/wasm\//);
    // One classic script: a service worker registered without type "module" cannot import.
    expect(worker).not.toMatch(/^\s*import\s/m);
  });

  it("writes _headers for the paths under the base", async () => {
    const headers = await readFile(join(root, "dist", STATIC_HOST_HEADERS_FILE), "utf8");
    expect(headers).toContain("\n/sub/path/*\n  Content-Security-Policy: ");
  });
});

import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatPolicy, headerPolicy, HEADER_ONLY_DIRECTIVES, SAME_ORIGIN_POLICY, sameOriginContentSecurityPolicy } from "./content-security-policy.js";
import { securityHeaders, STATIC_HOST_HEADERS_FILE, staticHostHeadersFile } from "./hosting-headers.js";

/** "a b; c d" back into { a: "b", c: "d" }. */
function parsePolicy(policy: string): Record<string, string> {
  return Object.fromEntries(policy.split(";").map((part) => part.trim().split(/\s+(.*)/s, 2) as [string, string]));
}

describe("securityHeaders", () => {
  const headers = securityHeaders(formatPolicy(headerPolicy()));

  it("sends the meta tag's policy plus what only a header can say: no framing", () => {
    const sent = parsePolicy(headers["Content-Security-Policy"]!);
    expect(sent).toEqual({ ...SAME_ORIGIN_POLICY, "frame-ancestors": "'none'" });
    expect(Object.keys(HEADER_ONLY_DIRECTIVES).some((d) => d in SAME_ORIGIN_POLICY)).toBe(false);
  });

  it("keeps the camera to the app's own origin and stops MIME sniffing", () => {
    expect(headers["Permissions-Policy"]).toMatch(/(^|, )camera=\(self\)(,|$)/);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("staticHostHeadersFile", () => {
  it("writes Netlify's and Cloudflare Pages' format for every path below the base", () => {
    const file = staticHostHeadersFile({ "X-A": "1", "X-B": "two words" }, "/app/");
    expect(file.split("\n").filter((line) => !line.startsWith("#"))).toEqual(["/app/*", "  X-A: 1", "  X-B: two words", ""]);
    expect(staticHostHeadersFile({ "X-A": "1" }, "./")).toContain("\n/*\n");
    expect(staticHostHeadersFile({ "X-A": "1" })).toContain("\n/*\n");
  });
});

describe("a built app with sameOriginContentSecurityPolicy()", () => {
  let root: string;
  let server: PreviewServer;
  let origin: string;
  let script: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "livedigits-hosting-"));
    await writeFile(join(root, "index.html"), `<!doctype html><html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>`);
    await writeFile(join(root, "main.js"), `document.title = "built";\n`);
    const config = { root, configFile: false as const, logLevel: "silent" as const, plugins: [sameOriginContentSecurityPolicy()] };
    await build(config);
    script = (await readdir(join(root, "dist", "assets"))).find((name) => name.endsWith(".js"))!;
    server = await preview({ ...config, preview: { host: "127.0.0.1", port: 0 } });
    origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("writes _headers with the full policy into the build, and the meta tag without header-only directives", async () => {
    const file = await readFile(join(root, "dist", STATIC_HOST_HEADERS_FILE), "utf8");
    expect(file).toContain(`/*\n  Content-Security-Policy: ${formatPolicy(headerPolicy())}\n`);
    expect(file).toContain("  X-Content-Type-Options: nosniff\n");
    const html = await readFile(join(root, "dist", "index.html"), "utf8");
    expect(html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1]?.replaceAll("&#39;", "'")).toBe(formatPolicy(SAME_ORIGIN_POLICY));
    expect(html).not.toContain("frame-ancestors");
  });

  it("serves the page and its files with the headers from vite preview", async () => {
    for (const path of ["/", "/?threshold=0.9", `/assets/${script}`]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-security-policy"), path).toBe(formatPolicy(headerPolicy()));
      expect(response.headers.get("permissions-policy"), path).toContain("camera=(self)");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });

  it("answers a missing file with 404, not with index.html", async () => {
    for (const path of ["/assets/missing.js", "/model/missing", "/wasm/missing.wasm", "/missing"]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain("<html");
    }
  });
});

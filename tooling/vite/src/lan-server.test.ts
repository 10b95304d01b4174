import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameOriginContentSecurityPolicy } from "./content-security-policy.js";
import { LAN_URLS_META, lanBanner, startLanServers, withLanUrls, type RunningLanApp } from "./lan-server.js";

const PAGE = `<!doctype html><html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>`;

/** GET over HTTPS, accepting the self-signed certificate as a phone's user does once. */
function get(url: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolvePromise, reject) => {
    request(url, { rejectUnauthorized: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolvePromise({ status: response.statusCode ?? 0, headers: response.headers, body }));
    })
      .on("error", reject)
      .end();
  });
}

function metaUrls(html: string): string[] {
  const content = html.match(new RegExp(`<meta name="${LAN_URLS_META}" content="([^"]*)">`))?.[1];
  return content === undefined ? [] : (JSON.parse(content.replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&amp;", "&")) as string[]);
}

describe("withLanUrls", () => {
  it("adds the URLs in a meta tag before </head>, escaped for an attribute", () => {
    const urls = ["https://192.168.1.23:8443/", 'https://x/?a=1&b="<'];
    const html = withLanUrls(PAGE, urls);
    expect(html).toMatch(/<meta name="livedigits-lan-urls" content="[^"<]*">\n<\/head>/);
    expect(metaUrls(html)).toEqual(urls);
  });

  it("refuses a page without a head rather than serve it without its URLs", () => {
    expect(() => withLanUrls("<p>no head</p>", [])).toThrow(/no <\/head>/);
  });
});

describe("lanBanner", () => {
  const apps = [
    { name: "web", localUrl: "https://localhost:8443/", lanUrls: ["https://192.168.1.23:8443/", "https://[fd00::23]:8443/"] },
    { name: "kiosk", localUrl: "https://localhost:8444/", lanUrls: ["https://192.168.1.23:8444/", "https://[fd00::23]:8444/"] },
  ];

  it("lists every URL of every app, and what the certificate warning means", () => {
    const banner = lanBanner(apps, { qr: false, colour: false });
    for (const app of apps) for (const url of [...app.lanUrls, app.localUrl]) expect(banner).toContain(url);
    expect(banner).toMatch(/warns once that the connection\s+is not private/);
    expect(banner).not.toMatch(/[▀▄█]/);
  });

  it("draws a QR code of each app's first LAN URL", () => {
    const banner = lanBanner(apps, { qr: true, colour: false });
    expect(banner).toContain("point a phone's camera at this code to open https://192.168.1.23:8443/");
    expect(banner).toContain("point a phone's camera at this code to open https://192.168.1.23:8444/");
    const qrLines = banner.split("\n").filter((line) => /^ {2}[▀▄█ ]{20,}$/.test(line));
    expect(qrLines.length).toBeGreaterThan(20); // two codes of at least 21 modules, two rows a line, plus borders
    expect(lanBanner(apps, { qr: true, colour: true })).toContain("\u001b[97;40m");
  });

  it("says what to do when this computer has no network", () => {
    const banner = lanBanner([{ name: "web", localUrl: "https://localhost:8443/", lanUrls: [] }], { qr: true, colour: false });
    expect(banner).toContain("No network found: connect this computer to the network the phones are on");
    expect(banner).not.toMatch(/[▀▄█]/);
  });
});

describe("startLanServers", () => {
  let root: string;
  let apps: RunningLanApp[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "livedigits-lan-"));
    await writeFile(join(root, "index.html"), PAGE);
    await writeFile(join(root, "main.js"), `document.title = "built";\n`);
    await writeFile(join(root, "vite.config.js"), `import { sameOriginContentSecurityPolicy } from ${JSON.stringify(new URL("./content-security-policy.ts", import.meta.url).pathname)};\nexport default { plugins: [sameOriginContentSecurityPolicy()] };\n`);
    await build({ root, logLevel: "silent", plugins: [sameOriginContentSecurityPolicy()], configFile: false });
    apps = await startLanServers({
      apps: [{ root, name: "web" }],
      port: 0,
      host: "127.0.0.1",
      addresses: [{ interfaceName: "wlan0", address: "192.168.1.23", family: "IPv4" }],
    });
  }, 60_000);

  afterAll(async () => {
    await Promise.all((apps ?? []).map((app) => app.server.close()));
    await rm(root, { recursive: true, force: true });
  });

  it("serves the build over HTTPS with the hosting headers, the page carrying its LAN URLs", async () => {
    const [app] = apps;
    expect(app!.lanUrls).toEqual([`https://192.168.1.23:${app!.port}/`]);
    for (const path of ["", "index.html", "?mode=practice"]) {
      const page = await get(`https://127.0.0.1:${app!.port}/${path}`);
      expect(page.status, path).toBe(200);
      expect(page.headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(metaUrls(page.body), path).toEqual(app!.lanUrls);
      expect(page.body, path).toContain("<title>t</title>");
    }
    expect((await get(`https://127.0.0.1:${app!.port}/missing.js`)).status).toBe(404);
  });
});

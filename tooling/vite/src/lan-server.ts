// `pnpm start:lan`: the built apps over HTTPS on every network interface, so a phone on the
// same network can open them and use its camera (browsers give the camera only to secure pages).
// The certificate is self-signed, made on this computer by @vitejs/plugin-basic-ssl: each device
// warns about it once.
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import { basename, join, resolve } from "node:path";
import basicSsl from "@vitejs/plugin-basic-ssl";
import { renderUnicodeCompact } from "uqr";
import { preview, type Plugin, type PreviewServer } from "vite";
import { lanAddresses, lanUrls, type LanAddress } from "./lan-urls.js";

/** The <meta> name under which a page served by start:lan finds its own LAN URLs (read by the kiosk). */
export const LAN_URLS_META = "livedigits-lan-urls";

export interface LanApp {
  /** The app's folder (with its vite.config.ts and its build in dist/). */
  readonly root: string;
  /** Defaults to the folder's name. */
  readonly name?: string;
}

export interface LanServerOptions {
  readonly apps: readonly LanApp[];
  /** The first app's port; the next apps take the ports after it. */
  readonly port: number;
  /** Where to listen; every interface by default. */
  readonly host?: string;
  /** The interfaces to announce; this computer's by default. */
  readonly addresses?: readonly LanAddress[];
}

export interface RunningLanApp {
  readonly name: string;
  readonly port: number;
  /** The app on this computer. */
  readonly localUrl: string;
  /** The app from other devices, the likeliest first. */
  readonly lanUrls: readonly string[];
  readonly server: PreviewServer;
}

/** Serves each app's build over HTTPS; stop them with `server.close()`. */
export async function startLanServers(options: LanServerOptions): Promise<RunningLanApp[]> {
  const addresses = options.addresses ?? lanAddresses();
  const running: RunningLanApp[] = [];
  try {
    for (const [index, app] of options.apps.entries()) {
      const root = resolve(app.root);
      let urls: string[] = [];
      const server = await preview({
        root,
        logLevel: "warn",
        plugins: [
          // One certificate for every app, kept with the first app's Vite cache.
          basicSsl({ name: "LiveDigits on this computer", certDir: join(resolve(options.apps[0]!.root), "node_modules", ".vite", "basic-ssl") }),
          announceLanUrls(() => urls),
        ],
        // Port 0 (tests) takes any free port.
        preview: { host: options.host ?? true, port: options.port === 0 ? 0 : options.port + index, strictPort: true, open: false },
      });
      const { base } = server.config;
      const port = (server.httpServer.address() as AddressInfo).port;
      urls = lanUrls(addresses, port, base);
      running.push({ name: app.name ?? basename(root), port, localUrl: `https://localhost:${port}${base}`, lanUrls: urls, server });
    }
  } catch (error) {
    await Promise.all(running.map((app) => app.server.close()));
    throw error;
  }
  return running;
}

/** index.html with the page's LAN URLs in a <meta> tag, which a static page cannot find out by itself. */
export function withLanUrls(html: string, urls: readonly string[]): string {
  const content = JSON.stringify(urls).replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  const meta = `<meta name="${LAN_URLS_META}" content="${content}">`;
  if (!/<\/head>/i.test(html)) throw new Error("index.html has no </head> to put the LAN URLs before.");
  return html.replace(/<\/head>/i, `${meta}\n</head>`);
}

/** Answers the page itself (the base, or index.html there) with its LAN URLs added, and the preview's headers. */
function announceLanUrls(urls: () => readonly string[]): Plugin {
  return {
    name: "livedigits:announce-lan-urls",
    configurePreviewServer(server) {
      const { base } = server.config;
      const page = join(server.config.root, server.config.build.outDir, "index.html");
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split(/[?#]/, 1)[0];
        if ((request.method !== "GET" && request.method !== "HEAD") || (path !== base && path !== `${base}index.html`)) return next();
        let html: string;
        try {
          html = readFileSync(page, "utf8");
        } catch {
          return next(); // not built: Vite's own answer says so
        }
        for (const [name, value] of Object.entries(server.config.preview.headers ?? {})) if (value !== undefined) response.setHeader(name, value);
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.end(request.method === "HEAD" ? undefined : withLanUrls(html, urls()));
      });
    },
  };
}

export interface BannerOptions {
  /** Draw QR codes (of each app's likeliest LAN URL). */
  readonly qr: boolean;
  /** Paint the QR codes dark on light with ANSI colours, so they scan on a dark or a light terminal alike. */
  readonly colour: boolean;
}

/** What start:lan prints: each app's URLs, a QR code a phone can open, and what the certificate warning means. */
export function lanBanner(apps: readonly Pick<RunningLanApp, "name" | "localUrl" | "lanUrls">[], options: BannerOptions): string {
  const lines: string[] = ["", "LiveDigits over HTTPS, for the phones and tablets on this network:"];
  const anyLan = apps.some((app) => app.lanUrls.length > 0);
  for (const app of apps) {
    lines.push("", `  ${app.name}`);
    for (const url of app.lanUrls) lines.push(`    ${url}`);
    lines.push(`    ${app.localUrl}  (this computer)`);
  }
  if (!anyLan) {
    lines.push("", "  No network found: connect this computer to the network the phones are on, then start again.");
  }
  if (options.qr && anyLan) {
    for (const app of apps) {
      const url = app.lanUrls[0];
      if (!url) continue;
      lines.push("", `  ${app.name}: point a phone's camera at this code to open ${url}`, "", qrCode(url, options.colour));
    }
  }
  lines.push(
    "",
    `  The certificate was made on this computer (${hostname()}), so each device warns once that the connection`,
    "  is not private. That is expected here: choose Advanced → Proceed (Chrome), Show Details → visit this website",
    "  (Safari) or Accept the Risk (Firefox). The camera and the reading stay on the phone.",
    "",
    "  Press Ctrl+C to stop.",
    "",
  );
  return lines.join("\n");
}

/** A QR code in half-height blocks, two modules per character. */
function qrCode(url: string, colour: boolean): string {
  // Half blocks draw the light modules; without colours that suits the usual dark terminal.
  const rows = renderUnicodeCompact(url, { border: 2 }).split("\n");
  return rows.map((row) => (colour ? `  \u001b[97;40m${row}\u001b[0m` : `  ${row}`)).join("\n");
}

// A static site of several apps under one base path, as the GitHub Pages workflow publishes
// it: the web page at <base> and the kiosk at <base>kiosk/. Every file is static, so any
// HTTPS host serves it; _headers beside the web page (a static host reads the one at the
// root) carries the hosting headers to Netlify and Cloudflare Pages, and covers the kiosk too.
import { isAbsolute, relative, resolve, sep } from "node:path";
import { build } from "vite";
import { appBase } from "./deployment.js";

export interface StaticSiteApp {
  /** The app's folder, with its vite.config.ts. */
  readonly root: string;
  /** Where it goes below the site's base: "" for the site's front page, "kiosk/" for a folder. */
  readonly path: string;
}

export interface StaticSiteOptions {
  /** The path the site is served under, e.g. "/livedigits/" for https://someone.github.io/livedigits/. */
  readonly base: string;
  readonly outDir: string;
  readonly apps: readonly StaticSiteApp[];
}

/** The base each app is built for: the site's base plus the app's folder, e.g. /livedigits/kiosk/. */
export function appBaseInSite(siteBase: string, appPath: string): string {
  return appBase(`${appBase(siteBase)}${appPath.replace(/^\/+/, "")}`);
}

export async function buildStaticSite(options: StaticSiteOptions): Promise<void> {
  const outDir = resolve(options.outDir);
  for (const app of options.apps) {
    if (isInside(resolve(app.root), outDir)) {
      throw new Error(`The site's folder ${outDir} holds the app ${resolve(app.root)}: building would empty it. Choose another --out.`);
    }
  }
  // The front page first: building it empties the site's folder, the folders below it come after.
  const apps = [...options.apps].sort((a, b) => appBaseInSite("/", a.path).length - appBaseInSite("/", b.path).length);
  for (const app of apps) {
    await build({
      root: resolve(app.root),
      base: appBaseInSite(options.base, app.path),
      logLevel: "warn",
      build: { outDir: resolve(outDir, app.path), emptyOutDir: true },
    });
  }
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return !isAbsolute(fromFolder) && fromFolder !== ".." && !fromFolder.startsWith(`..${sep}`);
}

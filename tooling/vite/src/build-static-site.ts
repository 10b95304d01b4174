#!/usr/bin/env node
// `pnpm build:static --base /livedigits/ --out _site`: node tooling/vite/dist/build-static-site.js apps/web apps/kiosk=kiosk/ --base … --out …
// Each APP_FOLDER[=PATH] is built for <base><PATH> into <out>/<PATH>; without =PATH, at the site's front page.
import { parseArgs } from "node:util";
import { appBase } from "./deployment.js";
import { buildStaticSite } from "./static-site.js";

const USAGE = "usage: build-static-site --base /livedigits/ --out _site APP_FOLDER[=PATH]...";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { base: { type: "string" }, out: { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help) return void console.log(USAGE);
  if (!values.out || positionals.length === 0) throw new Error(`Say where the site goes (--out) and which apps it holds.\n${USAGE}`);
  const apps = positionals.map((argument) => {
    const [root, path = ""] = argument.split("=", 2) as [string, string?];
    return { root, path: path === "" || path.endsWith("/") ? path : `${path}/` };
  });
  const base = values.base ?? process.env.LIVEDIGITS_BASE ?? "/";
  await buildStaticSite({ base, outDir: values.out, apps });
  console.log(`Static site for ${appBase(base)} in ${values.out}: ${apps.map((app) => `${app.root} at ${app.path || "./"}`).join(", ")}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

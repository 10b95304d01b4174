#!/usr/bin/env node
// `pnpm start:lan` runs this after building: node tooling/vite/dist/serve-lan.js [--port 8443] [--host ADDRESS] apps/web apps/kiosk
import { parseArgs } from "node:util";
import { lanBanner, startLanServers } from "./lan-server.js";

const DEFAULT_LAN_PORT = 8443;

const USAGE = "usage: serve-lan [--port 8443] [--host ADDRESS] [--no-qr] APP_FOLDER...  (each app on the next port)";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: "string" }, host: { type: "string" }, "no-qr": { type: "boolean" }, help: { type: "boolean" } },
  });
  if (values.help) return void console.log(USAGE);
  if (positionals.length === 0) throw new Error(`Name the app folders to serve.\n${USAGE}`);
  const port = values.port === undefined ? DEFAULT_LAN_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port + positionals.length - 1 > 65535) {
    throw new Error(`--port ${values.port} is not a port (1 to 65535, with room for ${positionals.length} apps).`);
  }
  const apps = await startLanServers({ apps: positionals.map((root) => ({ root })), port, host: values.host });
  console.log(lanBanner(apps, { qr: !values["no-qr"], colour: process.stdout.isTTY === true }));
  const stop = () => void Promise.all(apps.map((app) => app.server.close())).then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const busy = (error as NodeJS.ErrnoException | undefined)?.code === "EADDRINUSE";
  console.error(busy ? `${message}\nA port is taken: is start:lan already running? Choose others with --port.` : message);
  process.exit(1);
});

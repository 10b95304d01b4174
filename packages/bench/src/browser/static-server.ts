// A tiny static file server for built pages: folders mounted at URL prefixes, plus
// files held in memory. Listens on a port the OS picks (from its ephemeral range,
// far from the 4173–4178 that `pnpm start` and the e2e suite use).
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  // Browsers compile wasm while it streams only when served as application/wasm.
  ".wasm": "application/wasm",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:39111/ */
  readonly url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** URL prefix ("/", "/wasm/") → folder; the longest matching prefix wins. */
  readonly folders: Readonly<Record<string, string>>;
  /** Exact URL path → content. */
  readonly files?: ReadonlyMap<string, Uint8Array | string>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const prefixes = Object.keys(options.folders).sort((a, b) => b.length - a.length);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      const body = options.files?.get(path) ?? (await readFromFolders(path));
      if (body === null) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end(`Not found: ${path}`);
        return;
      }
      const type = CONTENT_TYPES[extname(path.endsWith("/") ? "index.html" : path)] ?? "application/octet-stream";
      response.writeHead(200, { "Content-Type": type, "Cache-Control": "no-cache" }).end(body);
    })().catch((error: unknown) => {
      response.writeHead(500, { "Content-Type": "text/plain" }).end(String(error));
    });
  });

  async function readFromFolders(path: string): Promise<Uint8Array | null> {
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (prefix === undefined) return null;
    const root = normalize(options.folders[prefix]!);
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null; // no ../ escapes
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      return await readFile(file);
    } catch {
      return null;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // a browser's keep-alive connections would hold close() open
      }),
  };
}

// Offline support: precaches every file of the build at install, then serves them
// from the cache. Pages go to the network first, so an online visit gets updates.
// Not compiled by tsc: the offline plugin has Vite build it into sw.js and replaces __PRECACHE_MANIFEST__.

import { cacheNameFor, isAppPage, isOutdatedCache } from "./service-worker-scope.js";

declare const self: ServiceWorkerGlobalScope;
declare const __PRECACHE_MANIFEST__: { readonly version: string; readonly files: readonly string[] };

const { version, files } = __PRECACHE_MANIFEST__;
const scope = new URL(self.registration.scope);
// Named by scope: another app on this origin (the kiosk below the web page on GitHub Pages) keeps its own.
const cacheName = cacheNameFor(scope.href, version);
const precached = new Set(files.map((file) => new URL(file, scope).href));
const appShell = new URL("index.html", scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // "reload" skips the HTTP cache, so a new version never precaches stale files.
      await cache.addAll([...precached].map((url) => new Request(url, { cache: "reload" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => isOutdatedCache(n, scope.href, version)).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== scope.origin) return;
  if (request.mode === "navigate") {
    if (isAppPage(request.url, scope.href)) event.respondWith(networkFirst(request));
    return;
  }
  const url = request.url.split("#", 1)[0]!.split("?", 1)[0]!;
  if (precached.has(url)) event.respondWith(cacheFirst(url, request));
});

async function networkFirst(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (offline) {
    const cached = await caches.match(appShell, { cacheName });
    if (cached) return cached;
    throw offline;
  }
}

async function cacheFirst(url: string, request: Request): Promise<Response> {
  return (await caches.match(url, { cacheName })) ?? fetch(request);
}

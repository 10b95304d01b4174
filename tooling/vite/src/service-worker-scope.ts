// What the offline service worker may touch when other apps share its origin: GitHub Pages
// serves every project of an account from one origin, and the Pages workflow publishes the
// web page at <base> and the kiosk at <base>kiosk/, so two of these workers share one
// CacheStorage and the kiosk's pages are inside the web page's scope.

const CACHE_PREFIX = "livedigits ";
/** The names this worker used before caches were named by scope; each app drops its own on activate. */
const UNSCOPED_CACHE = /^livedigits-[0-9a-f]{16}$/;

/** The cache of one version of the app whose worker has `scope` (an absolute URL ending in "/"). */
export function cacheNameFor(scope: string, version: string): string {
  return `${CACHE_PREFIX}${scope} ${version}`;
}

/** A cache this worker should delete on activate: an older version of its own app, never another app's. */
export function isOutdatedCache(name: string, scope: string, version: string): boolean {
  if (UNSCOPED_CACHE.test(name)) return true;
  return name.startsWith(`${CACHE_PREFIX}${scope} `) && name !== cacheNameFor(scope, version);
}

/**
 * Whether a navigation is to the app's own page (its scope, or index.html there, with any query),
 * the only page it may answer with the cached one offline. Any other page in its scope, such as
 * another app published below it, is left to the network.
 */
export function isAppPage(url: string, scope: string): boolean {
  const target = new URL(url);
  const root = new URL(scope);
  if (target.origin !== root.origin) return false;
  return target.pathname === root.pathname || target.pathname === `${root.pathname}index.html`;
}

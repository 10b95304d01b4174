// Where a build of the web page or the kiosk will be published, from the environment of
// `vite build`: the sub-path it is served under (LIVEDIGITS_BASE, e.g. /livedigits/ for
// GitHub Pages) and, optionally, the https:// address of a published copy that the
// insecure-page message can point to (LIVEDIGITS_HOSTED_URL).
import type { UserConfig } from "vite";

export const BASE_ENV = "LIVEDIGITS_BASE";
export const HOSTED_URL_ENV = "LIVEDIGITS_HOSTED_URL";
/** The build-time constant that carries the hosted URL into the app (read by @livedigits/ui's camera messages). */
export const HOSTED_URL_CONSTANT = "__LIVEDIGITS_HOSTED_URL__";

const PATH_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * The base path as Vite wants it: "/" when unset, otherwise "/a/b/" from "a/b", "/a/b" or "/a/b/".
 * A relative base ("./") is refused: the reader's worker would then look for the model beside its
 * own script in assets/, and the service worker's scope would depend on the page's address.
 */
export function appBase(value: string | undefined): string {
  const trimmed = value?.trim() ?? "";
  const path = trimmed.replace(/^\/+/, "").replace(/\/+$/, "");
  if (path === "") return "/";
  const segments = path.split("/");
  const bad = segments.find((segment) => !PATH_SEGMENT.test(segment) || segment === "." || segment === "..");
  if (trimmed.startsWith(".") || bad !== undefined) {
    throw new Error(
      `${BASE_ENV}=${JSON.stringify(value)} is not a path from the site's root. Give one such as /livedigits/ ` +
        `(letters, digits, '.', '_', '~' and '-' between slashes; no '.' or '..' segments, no relative './').`,
    );
  }
  return `/${segments.join("/")}/`;
}

/** The hosted copy's address, checked: "" when unset. Only an https:// address gives a page the camera. */
export function hostedUrl(value: string | undefined): string {
  const trimmed = value?.trim() ?? "";
  if (trimmed === "") return "";
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`${HOSTED_URL_ENV}=${JSON.stringify(value)} is not an address. Give the published page's, e.g. https://example.org/livedigits/.`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`${HOSTED_URL_ENV} must be an https:// address (browsers give the camera only to secure pages); got ${url.href}.`);
  }
  return url.href;
}

/**
 * The base and the hosted URL from `env` (process.env by default), as Vite settings for the
 * web page's and the kiosk's configs. Merge with `mergeConfig`.
 */
export function deploymentOptions(env: Readonly<Record<string, string | undefined>> = process.env): UserConfig {
  return {
    base: appBase(env[BASE_ENV]),
    define: { [HOSTED_URL_CONSTANT]: JSON.stringify(hostedUrl(env[HOSTED_URL_ENV])) },
  };
}

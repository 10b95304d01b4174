// The extension's manifest (Manifest V3), and what it is allowed to ask for. The
// unit test reads the built dist/manifest.json against these lists.
import type { ManifestV3Export } from "@crxjs/vite-plugin";
import { formatPolicy, SAME_ORIGIN_POLICY } from "@livedigits/vite-config";

/**
 * Public half of the key that pins the unpacked extension's id, so tests and
 * developers can open chrome-extension://EXTENSION_ID/popup.html. The Chrome Web
 * Store assigns its own id: scripts/zip.mjs leaves the key out of the store zip.
 */
export const DEV_KEY =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAkRw4Gt+1x9X8ZSTsWxu5OsN0c6pGuwnA8s2dknMw8+FiOTaDU2lR6BPA6E5Bi9bojswlv4GGlviDJvLsR1nG56K0E99McJ9Y4KIlDmUlCBC6JsUprwg5/a6MzpBBkckbz8BVUS6cVMvfZmW3akFWBJpsu43EIdFMXfqby3el0u6kLKpkVp4oKY6zGKEb2FwlHYH2zHrw3Lvn18xAeVamn6ilxe5pvfDS4kQJ6m9nDBsWO4dwFQJCr3dh/9ac9jjeJT7xB0cwd1Jo1H7fw63McrGlXox0Lys34tm8n/jHeVHXI5/d5O84/h+trvFVUZ3eDL+BIDTdpbJBDVHHXet5JQIDAQAB";

/** The id Chrome derives from DEV_KEY (sha256 of the key, first 32 hex digits written a…p). */
export const EXTENSION_ID = "alnhleicgbfmlljedkcnfhmnjgldbfeo";

/** chrome.storage for the settings; nothing else (clipboard writes from a click or key press need no permission). */
export const ALLOWED_PERMISSIONS: readonly string[] = ["storage"];

/**
 * The extension pages' policy: the web app's same-origin policy (TF.js compiles
 * wasm, hence 'wasm-unsafe-eval'), with nothing remote.
 */
export const EXTENSION_PAGES_POLICY = formatPolicy(SAME_ORIGIN_POLICY);

/** Sources a directive of the extension pages' policy may name. */
export const ALLOWED_POLICY_SOURCES: readonly string[] = [
  "'self'",
  "'none'",
  "'wasm-unsafe-eval'",
  "'unsafe-inline'", // style-src only: Svelte sets style attributes
  "blob:",
  "data:",
  "mediastream:",
];

/** The dev server crxjs loads the pages from during `pnpm dev` (never in a build). */
export const DEV_SERVER = "localhost:5175";

/** `pnpm dev` only: the pages load their scripts from the dev server and talk to it for updates. */
export function devPagesPolicy(): string {
  return formatPolicy({
    ...SAME_ORIGIN_POLICY,
    "script-src": `${SAME_ORIGIN_POLICY["script-src"]} http://${DEV_SERVER}`,
    "connect-src": `${SAME_ORIGIN_POLICY["connect-src"]} http://${DEV_SERVER} ws://${DEV_SERVER}`,
  });
}

export const manifest: ManifestV3Export = {
  manifest_version: 3,
  name: "LiveDigits",
  version: "0.1.0",
  description: "Reads a handwritten digit from your camera, live, entirely on your device.",
  key: DEV_KEY,
  icons: { "16": "icons/icon-16.png", "32": "icons/icon-32.png", "48": "icons/icon-48.png", "128": "icons/icon-128.png" },
  action: {
    default_title: "LiveDigits: read a digit",
    default_popup: "popup.html",
    default_icon: { "16": "icons/icon-16.png", "32": "icons/icon-32.png" },
  },
  permissions: [...ALLOWED_PERMISSIONS],
  content_security_policy: { extension_pages: EXTENSION_PAGES_POLICY },
};

/** The manifest for `vite build` or `vite` (dev server). */
export function manifestFor(command: "build" | "serve"): ManifestV3Export {
  if (command === "build") return manifest;
  return { ...manifest, content_security_policy: { extension_pages: devPagesPolicy() } } as ManifestV3Export;
}

// A Content-Security-Policy that lets the built page talk to its own origin only,
// so a stray third-party request (a font, an analytics script, a CDN) fails loudly.
import type { Plugin } from "vite";

export const SAME_ORIGIN_POLICY: Readonly<Record<string, string>> = {
  "default-src": "'self'",
  // TF.js compiles its wasm backend at run time.
  "script-src": "'self' 'wasm-unsafe-eval'",
  // Svelte sets inline style attributes.
  "style-src": "'self' 'unsafe-inline'",
  // Photos the user opens are shown from blob: URLs; canvases may be exported as data: URLs.
  "img-src": "'self' blob: data:",
  "media-src": "'self' blob: mediastream:",
  "worker-src": "'self'",
  "connect-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'none'",
};

export function formatPolicy(policy: Readonly<Record<string, string>>): string {
  return Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join("; ");
}

/** Adds the policy as a <meta> tag to the built index.html (not in dev, where Vite injects inline scripts). */
export function sameOriginContentSecurityPolicy(policy = SAME_ORIGIN_POLICY): Plugin {
  return {
    name: "livedigits:content-security-policy",
    apply: "build",
    transformIndexHtml() {
      return [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: formatPolicy(policy) },
          injectTo: "head-prepend",
        },
      ];
    },
  };
}

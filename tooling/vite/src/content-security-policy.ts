// A Content-Security-Policy that lets the built page talk to its own origin only,
// so a stray third-party request (a font, an analytics script, a CDN) fails loudly.
import type { Plugin } from "vite";
import { hostingHeaders, securityHeaders } from "./hosting-headers.js";

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

/**
 * Directives browsers honour only from an HTTP header (a <meta> tag carrying them earns a console
 * error), so they are added where the policy is sent as a header: no page may frame the app.
 */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, string>> = {
  "frame-ancestors": "'none'",
};

/** The policy as an HTTP header sends it: the meta tag's directives plus the header-only ones. */
export function headerPolicy(policy: Readonly<Record<string, string>> = SAME_ORIGIN_POLICY): Record<string, string> {
  return { ...policy, ...HEADER_ONLY_DIRECTIVES };
}

export function formatPolicy(policy: Readonly<Record<string, string>>): string {
  return Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join("; ");
}

/**
 * The policy for the web page and the kiosk, from one definition: a <meta> tag in the built
 * index.html (not in dev, where Vite injects inline scripts), and as HTTP headers with the rest
 * of the hosting headers (see hosting-headers.ts). The extension takes the policy into its manifest instead.
 */
export function sameOriginContentSecurityPolicy(policy = SAME_ORIGIN_POLICY): Plugin[] {
  const metaTag: Plugin = {
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
  return [metaTag, hostingHeaders(securityHeaders(formatPolicy(headerPolicy(policy))))];
}

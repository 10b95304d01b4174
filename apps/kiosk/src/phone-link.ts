// "Use a phone as the camera": which address to show a phone, with its QR code. A static page
// cannot list this computer's network addresses; `pnpm start:lan` (@livedigits/vite-config's
// lan-server.ts) writes them into the page it serves, in a <meta> tag of this name.
import { encode } from "uqr";

export const LAN_URLS_META = "livedigits-lan-urls";

export type PhoneLink =
  /** Served by start:lan: the page's addresses on the local network, the likeliest first. */
  | { readonly kind: "lan"; readonly url: string; readonly others: readonly string[] }
  /** Opened at an address other devices can use, over https. */
  | { readonly kind: "page"; readonly url: string }
  /** Opened over plain http at a network address: a phone would get no camera there. */
  | { readonly kind: "insecure"; readonly url: string }
  /** Opened as localhost, which means this computer to every device. */
  | { readonly kind: "localhost" };

/** The https:// URLs in the start:lan meta tag's content; none when there is no tag or it holds something else. */
export function lanUrlsFromMeta(content: string | null | undefined): string[] {
  if (!content) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter((url): url is string => typeof url === "string" && url.startsWith("https://")) : [];
}

export function phoneLink(pageUrl: string, lanUrls: readonly string[]): PhoneLink {
  const [first, ...others] = lanUrls;
  if (first !== undefined) return { kind: "lan", url: first, others };
  const page = new URL(pageUrl);
  const url = `${page.origin}${page.pathname}`;
  if (isLocalhost(page.hostname)) return { kind: "localhost" };
  return page.protocol === "https:" ? { kind: "page", url } : { kind: "insecure", url };
}

function isLocalhost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost") || name === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(name);
}

export interface QrDrawing {
  /** Modules a side, the quiet border included: the SVG's viewBox is size × size. */
  readonly size: number;
  /** One unit square per dark module, for an SVG <path>. */
  readonly path: string;
}

/** The QR code of `text`, drawn on this device (no service is asked), with the 4-module quiet zone scanners want. */
export function qrDrawing(text: string): QrDrawing {
  const { size, data } = encode(text, { ecc: "M", border: 4 });
  let path = "";
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (data[y]![x]) path += `M${x} ${y}h1v1h-1z`;
  }
  return { size, path };
}

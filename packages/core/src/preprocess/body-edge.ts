// Something large in front of the paper — a hand, a sleeve — is wider than any pen
// stroke, so the background closing takes it for paper; only its narrow parts (the
// fingers, the gaps between them) are left over as "ink", and they pass for a 1 or a 7.
// A pen stroke has paper on both sides. What the closing left of a hand has the hand
// itself on one side: just outside that ink lies more of the same tone.
import type { GrayImage } from "./gray-image.js";
import type { Polarity } from "./polarity.js";
import { Scratch } from "./scratch.js";

/** The ring looked at lies this far outside the ink (working pixels): past a blurred stroke's fringe. */
const RING_FROM = 2;
const RING_TO = 3;
/** A ring pixel has the ink's tone when it lies at least this share of the ink's depth from the paper. */
const SAME_TONE = 0.9;
/** Below this brightness a camera sees only noise: no deeper on the log scale. */
const DARKEST = 0.03;

/**
 * Whether the ink found is what the background closing left of something in front of
 * the paper rather than pen strokes. The share was set on development renders: hands
 * and sleeves against camera digits in every condition, and the real digit photos.
 */
export function isEdgeOfSomethingInFront(image: GrayImage, background: GrayImage, polarity: Polarity, mask: Uint8Array): boolean {
  return inkToneOutside(image, background, polarity, mask) >= COVERED_SHARE;
}

/** This share of the ring as dark as the ink marks it as the edge of something in front. */
export const COVERED_SHARE = 0.25;

const countScratch = new Scratch((n) => new Float64Array(n));
const inkDepthScratch = new Scratch((n) => new Float64Array(n));
const paperDepthScratch = new Scratch((n) => new Float64Array(n));

/**
 * The share of the pixels just outside the ink (`mask`) that are as far from the paper
 * as the ink next to them: near 0 for pen strokes on paper (in shadow too: the ink is
 * darker than the shadow around it), large for the leftovers of a hand or a sleeve.
 */
export function inkToneOutside(image: GrayImage, background: GrayImage, polarity: Polarity, mask: Uint8Array): number {
  // Only the ink's surroundings matter: work in its box grown by the ring.
  let [left, top, right, bottom] = [image.width, image.height, -1, -1];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (!mask[y * image.width + x]) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  if (right < 0) return 0;
  left = Math.max(0, left - RING_TO);
  top = Math.max(0, top - RING_TO);
  const width = Math.min(image.width, right + RING_TO + 1) - left;
  const height = Math.min(image.height, bottom + RING_TO + 1) - top;
  const at = (x: number, y: number) => (top + y) * image.width + left + x;

  // Depth: ink high, paper low, on a log scale — light falls on ink and paper alike, so a shadow
  // darkens both by the same factor and ink in it stays as far below the paper around it.
  const sign = polarity === "dark-on-light" ? -1 : 1;
  const depth = (brightness: number) => sign * Math.log(Math.max(brightness, DARKEST));
  // Summed-area tables over the ink of: its count, its depth and the depth of the paper under it
  // (the closing, which keeps a shadow's edge where it is).
  const stride = width + 1;
  const count = countScratch.zeroed(stride * (height + 1));
  const inkDepth = inkDepthScratch.zeroed(count.length);
  const paperDepth = paperDepthScratch.zeroed(count.length);
  for (let y = 0; y < height; y++) {
    let rowCount = 0;
    let rowInk = 0;
    let rowPaper = 0;
    for (let x = 0; x < width; x++) {
      const i = at(x, y);
      if (mask[i]) {
        rowCount++;
        rowInk += depth(image.data[i]!);
        rowPaper += depth(background.data[i]!);
      }
      const t = (y + 1) * stride + x + 1;
      count[t] = count[t - stride]! + rowCount;
      inkDepth[t] = inkDepth[t - stride]! + rowInk;
      paperDepth[t] = paperDepth[t - stride]! + rowPaper;
    }
  }
  const sum = (table: Float64Array, x: number, y: number, radius: number): number => {
    const x0 = Math.max(0, x - radius);
    const y0 = Math.max(0, y - radius);
    const x1 = Math.min(width, x + radius + 1);
    const y1 = Math.min(height, y + radius + 1);
    return table[y1 * stride + x1]! - table[y0 * stride + x1]! - table[y1 * stride + x0]! + table[y0 * stride + x0]!;
  };
  let ring = 0;
  let sameTone = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = at(x, y);
      if (mask[i]) continue;
      const inkNear = sum(count, x, y, RING_TO);
      if (inkNear === 0 || sum(count, x, y, RING_FROM - 1) > 0) continue;
      ring++;
      const ink = sum(inkDepth, x, y, RING_TO) / inkNear;
      const paper = sum(paperDepth, x, y, RING_TO) / inkNear;
      if (depth(image.data[i]!) - paper >= SAME_TONE * (ink - paper)) sameTone++;
    }
  }
  return ring === 0 ? 0 : sameTone / ring;
}

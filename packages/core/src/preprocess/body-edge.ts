// Something large in front of the paper — a hand, a sleeve — is wider than any pen
// stroke, so the background closing takes it for paper; only its narrow parts (the
// fingers, the gaps between them) are left over as "ink", and they pass for a 1 or a 7.
// A pen stroke has paper on both sides. What the closing left of a hand has the hand
// itself on one side: just outside that ink lies more of the same tone.
import type { GrayImage } from "./gray-image.js";
import type { Polarity } from "./polarity.js";

/** The ring looked at lies this far outside the ink (working pixels): past a blurred stroke's fringe. */
const RING_FROM = 2;
const RING_TO = 3;
/** A ring pixel is as dark as the ink when it comes within this share of the ink's depth below the paper. */
const SAME_TONE = 0.75;
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

/**
 * The share of the pixels just outside the ink (`mask`) that are as far from the paper
 * as the ink next to them: near 0 for pen strokes on paper (in shadow too: the ink is
 * darker than the shadow around it), large for the leftovers of a hand or a sleeve.
 */
export function inkToneOutside(image: GrayImage, background: GrayImage, polarity: Polarity, mask: Uint8Array): number {
  const { width, height } = image;
  const n = width * height;
  // Depth: ink high, paper low, on a log scale — light falls on ink and paper alike, so a shadow
  // darkens both by the same factor and ink in it stays as far below the paper around it.
  const sign = polarity === "dark-on-light" ? -1 : 1;
  const depthOf = (v: number) => sign * Math.log(Math.max(v, DARKEST));
  // Per pixel: the mean depth of the ink within RING_TO and of the paper under it (the closing,
  // which keeps a shadow's edge where it is), and whether ink lies within RING_FROM - 1.
  const inkDepth = new Float32Array(n);
  const paperDepth = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    if (!mask[i]) continue;
    inkDepth[i] = depthOf(image.data[i]!);
    paperDepth[i] = depthOf(background.data[i]!);
  }
  const inkSum = boxSum(inkDepth, width, height, RING_TO);
  const paperSum = boxSum(paperDepth, width, height, RING_TO);
  const inkCount = boxSum(Float32Array.from(mask), width, height, RING_TO);
  const nearCount = boxSum(Float32Array.from(mask), width, height, RING_FROM - 1);
  let ring = 0;
  let sameTone = 0;
  for (let i = 0; i < n; i++) {
    if (mask[i] || inkCount[i]! === 0 || nearCount[i]! > 0) continue;
    ring++;
    const ink = inkSum[i]! / inkCount[i]!;
    const paper = paperSum[i]! / inkCount[i]!;
    if (depthOf(image.data[i]!) - paper >= SAME_TONE * (ink - paper)) sameTone++;
  }
  return ring === 0 ? 0 : sameTone / ring;
}

/** Sum over the (2r+1)² square around each pixel, clipped at the image's edges. */
function boxSum(values: Float32Array, width: number, height: number, radius: number): Float32Array {
  const rows = new Float32Array(values.length);
  for (let y = 0; y < height; y++) {
    let sum = 0;
    for (let x = 0; x < Math.min(radius, width); x++) sum += values[y * width + x]!;
    for (let x = 0; x < width; x++) {
      if (x + radius < width) sum += values[y * width + x + radius]!;
      if (x - radius - 1 >= 0) sum -= values[y * width + x - radius - 1]!;
      rows[y * width + x] = sum;
    }
  }
  const out = new Float32Array(values.length);
  for (let x = 0; x < width; x++) {
    let sum = 0;
    for (let y = 0; y < Math.min(radius, height); y++) sum += rows[y * width + x]!;
    for (let y = 0; y < height; y++) {
      if (y + radius < height) sum += rows[(y + radius) * width + x]!;
      if (y - radius - 1 >= 0) sum -= rows[(y - radius - 1) * width + x]!;
      out[y * width + x] = sum;
    }
  }
  return out;
}

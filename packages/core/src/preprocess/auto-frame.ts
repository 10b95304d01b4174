import { connectedComponents, type Component } from "./components.js";
import type { GrayImage } from "./gray-image.js";
import { extractInk } from "./ink.js";
import { removeRuledLines } from "./lines.js";
import { boxGap, union, type Box } from "./locate.js";
import { detectPolarity, type Polarity } from "./polarity.js";
import { resizeLongSide } from "./resize.js";
import { inkStandsOut } from "./stands-out.js";

/** The search area is analysed at this size: a digit of a tenth of it still has strokes to see. */
export const SEARCH_SIZE = 224;
/** Wider than the strokes of a digit filling the whole search area. */
const SEARCH_CLOSING_RADIUS = 18;
/** A digit may be a small share of a whole frame: its strokes are the top thousandth of the pixels or more. */
const PEAK_QUANTILE = 0.999;
const INK_LEVEL = 0.35;
/** A digit's ink box is at least this share of the area's shorter side. */
const MIN_DIGIT_SHARE = 0.1;
/** Room left around the digit in the box fitted to it, as a share of the digit's longer side. */
const FRAME_MARGIN = 0.2;

export interface FoundDigit {
  /** A box around the digit with some paper around it, in the search image's pixels (whole pixels, inside it). */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly polarity: Polarity;
}

/**
 * Finds the most digit-like mark in a larger area (a whole photo, or the box
 * grown by a margin) and fits a box to it, so a person need not line the
 * digit up. Candidates are groups of nearby strokes of a digit's size and
 * shape; marks running into the area's border (the paper's edge, a hand,
 * a shadow) lose to a whole mark inside it, and the largest wins.
 */
export function findDigit(gray: GrayImage, polarityOption: Polarity | "auto" = "auto"): FoundDigit | null {
  const marks = searchMarks(gray, polarityOption);
  if (!marks) return null;
  const { scale, polarity, width, height, components } = marks;
  const side = Math.min(width, height);

  let best: { box: Box; score: number } | null = null;
  const used = new Set<Component>();
  for (const seed of components) {
    if (used.has(seed)) continue;
    const group = groupAround(seed, components, used);
    const w = group.maxX - group.minX + 1;
    const h = group.maxY - group.minY + 1;
    const size = Math.max(w, h);
    if (size < MIN_DIGIT_SHARE * side) continue;
    // Digits are upright: from a narrow 1 to a little wider than tall; a ruled line or a paper edge is neither.
    if (w > 1.6 * h) continue;
    const touchesBorder = group.minX <= 0 || group.minY <= 0 || group.maxX >= width - 1 || group.maxY >= height - 1;
    const score = size * (touchesBorder ? 0.25 : 1);
    if (!best || score > best.score) best = { box: group, score };
  }
  if (!best) return null;

  const { box } = best;
  const centreX = ((box.minX + box.maxX + 1) / 2) * scale;
  const centreY = ((box.minY + box.maxY + 1) / 2) * scale;
  const boxSide = Math.max(box.maxX - box.minX + 1, box.maxY - box.minY + 1) * (1 + 2 * FRAME_MARGIN) * scale;
  const x0 = Math.max(0, Math.floor(centreX - boxSide / 2));
  const y0 = Math.max(0, Math.floor(centreY - boxSide / 2));
  const x1 = Math.min(gray.width, Math.ceil(centreX + boxSide / 2));
  const y1 = Math.min(gray.height, Math.ceil(centreY + boxSide / 2));
  return { box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, polarity };
}

/** The marks of a search area, at the search's working size: what findDigit and findNumber group. */
export interface SearchMarks {
  /** Search image pixels per working pixel. */
  readonly scale: number;
  readonly polarity: Polarity;
  /** The working image's size. */
  readonly width: number;
  readonly height: number;
  /** Pieces of ink, specks left out. */
  readonly components: readonly Component[];
}

/**
 * The area shrunk to the working size, its paper removed, ruled lines erased and its ink
 * taken apart into pieces; null where nothing stands out from the paper's noise.
 */
export function searchMarks(gray: GrayImage, polarityOption: Polarity | "auto"): SearchMarks | null {
  const working = resizeLongSide(gray, SEARCH_SIZE);
  const scale = gray.width / working.width;
  const polarity = polarityOption === "auto" ? detectPolarity(working) : polarityOption;
  const inkMap = extractInk(working, polarity, SEARCH_CLOSING_RADIUS, PEAK_QUANTILE);
  if (!inkStandsOut(inkMap)) return null;
  const { ink } = inkMap;
  const clean = removeRuledLines(ink, INK_LEVEL, { endZone: 0.03 });
  const { width, height } = clean;
  const mask = new Uint8Array(width * height);
  for (let i = 0; i < mask.length; i++) if (clean.data[i]! >= INK_LEVEL) mask[i] = 1;
  const minArea = Math.max(4, Math.round(0.0008 * width * height));
  const components = connectedComponents(mask, width, height).filter((c) => c.area >= minArea);
  return { scale, polarity, width, height, components };
}

/** The seed and every piece near it, as a digit's strokes lie (pieces can chain: a broken 5, a dotted pen). */
function groupAround(seed: Component, components: readonly Component[], used: Set<Component>): Box {
  let box: Box = seed;
  used.add(seed);
  for (let grew = true; grew; ) {
    grew = false;
    const size = Math.max(box.maxX - box.minX + 1, box.maxY - box.minY + 1);
    for (const c of components) {
      if (used.has(c) || c.area < 0.04 * seed.area) continue;
      if (boxGap(box, c) <= 0.25 * size) {
        used.add(c);
        box = union(box, c);
        grew = true;
      }
    }
  }
  return box;
}

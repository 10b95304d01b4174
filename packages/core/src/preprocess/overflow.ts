import { connectedComponents } from "./components.js";
import type { GrayImage } from "./gray-image.js";
import { extractInk } from "./ink.js";
import { removeRuledLines } from "./lines.js";
import type { Polarity } from "./polarity.js";

/** A side of the reading box. */
export type Side = "top" | "right" | "bottom" | "left";

/** The box and what lies around it, as far as the frame goes, at the scale of the digit's mask (see surroundPlacement). */
export interface Surround {
  /** Grayscale of the box grown by a margin on each side (clamped to the frame). */
  readonly gray: GrayImage;
  /** Where the box's top-left corner lies in `gray`. */
  readonly offsetX: number;
  readonly offsetY: number;
}

/**
 * The size of the surround at the scale of the digit's mask, and where the box lies in it, for a
 * surround drawn `drawn` pixels large with the box at `inner` (in those pixels): the caller shrinks
 * the surround to it as it turns it grey, in one pass.
 */
export function surroundPlacement(
  drawn: { readonly width: number; readonly height: number },
  inner: { readonly x: number; readonly y: number; readonly width: number },
  digitWidth: number,
): { width: number; height: number; offsetX: number; offsetY: number } {
  const scale = digitWidth / inner.width;
  return {
    width: Math.max(1, Math.round(drawn.width * scale)),
    height: Math.max(1, Math.round(drawn.height * scale)),
    offsetX: Math.round(inner.x * scale),
    offsetY: Math.round(inner.y * scale),
  };
}

/** The digit as the box's own analysis found it: its mask at the working size of the box. */
export interface DigitMask {
  readonly width: number;
  readonly height: number;
  readonly mask: Uint8Array;
}

export interface OverflowOptions {
  /** Ink-map level above which a pixel counts as ink (as when locating the digit). */
  readonly inkLevel: number;
  /** Closing radius of the background estimate, at the working size. */
  readonly closingRadius: number;
  /**
   * Ink continuing past an edge by more than this share of the box's shorter
   * side is the rest of the mark, not a stroke's soft edge grazing the box.
   */
  readonly minDepth: number;
}

export interface OverflowCheck {
  /** Sides where the digit's strokes continue outside the box. */
  readonly sides: readonly Side[];
  /** Sides the digit touches where the frame ends at the box: nothing to look at beyond them. */
  readonly unknown: readonly Side[];
  /**
   * Sides the digit touches where something wide lies beyond (a hand, a
   * sleeve, or just a shadow): no stroke to follow, so no proof either way.
   */
  readonly covered: readonly Side[];
}

/** How far beyond each side the surround must reach for that side to be judged. */
export const SURROUND_MARGIN = 0.25;

/**
 * Tells a digit that grazes the box from one the box cuts: looks at the box's
 * surroundings at the box's working scale, and follows the digit's strokes
 * out of the box. Where they go on by more than a soft edge, the box holds a
 * fragment of something larger — the top of a 5 cut off reads as a 3, a
 * 7 cut at its bar as a 1 — so it must not be read.
 */
export function checkOverflow(surround: Surround, digit: DigitMask, touching: readonly Side[], polarity: Polarity, options: OverflowOptions): OverflowCheck {
  if (touching.length === 0) return { sides: [], unknown: [], covered: [] };
  const { gray: scaled, offsetX, offsetY } = surround;
  const { width, height } = scaled;
  const minDepth = Math.max(2, options.minDepth * Math.min(digit.width, digit.height));
  const room: Record<Side, number> = {
    top: offsetY,
    left: offsetX,
    bottom: height - (offsetY + digit.height),
    right: width - (offsetX + digit.width),
  };
  const judged = touching.filter((side) => room[side] > minDepth + 1);
  const unknown = touching.filter((side) => !judged.includes(side));
  if (judged.length === 0) return { sides: [], unknown, covered: [] };

  const ink = removeRuledLines(extractInk(scaled, polarity, options.closingRadius).ink, options.inkLevel);
  const mask = new Uint8Array(width * height);
  for (let i = 0; i < mask.length; i++) if (ink.data[i]! >= options.inkLevel) mask[i] = 1;

  // The digit's pixels, placed in the surround: every component they touch is the digit's ink.
  const isDigit = new Uint8Array(width * height);
  for (let y = 0; y < digit.height; y++) {
    const sy = y + offsetY;
    if (sy < 0 || sy >= height) continue;
    for (let x = 0; x < digit.width; x++) {
      const sx = x + offsetX;
      if (digit.mask[y * digit.width + x] && sx >= 0 && sx < width) isDigit[sy * width + sx] = 1;
    }
  }
  const reach: Record<Side, number> = { top: 0, left: 0, bottom: 0, right: 0 };
  for (const component of connectedComponents(mask, width, height)) {
    if (!component.pixels.some((p) => isDigit[p] === 1)) continue;
    reach.top = Math.max(reach.top, offsetY - component.minY);
    reach.left = Math.max(reach.left, offsetX - component.minX);
    reach.bottom = Math.max(reach.bottom, component.maxY - (offsetY + digit.height - 1));
    reach.right = Math.max(reach.right, component.maxX - (offsetX + digit.width - 1));
  }
  const sides = judged.filter((side) => reach[side] > minDepth);
  const isCovered = coveredBeyond(scaled, digit, offsetX, offsetY, minDepth);
  return { sides, unknown, covered: judged.filter((side) => !sides.includes(side) && isCovered(side)) };
}

/** Beyond the edge, something far from the paper's tone and wider than a stroke (a hand, a sleeve) covers this share of the band. */
const COVERED_SHARE = 0.4;
/** … at least this far towards the ink's tone from the paper's. */
const COVERED_TONE = 0.25;

/**
 * Whether the band just past a side, beside where the digit touches it, is
 * covered by something wide: a finger in the box whose hand lies outside it.
 * A background estimate counts anything wider than a stroke as paper, so the
 * strokes followed above stop at the hand's edge; its tone does not. A
 * shadow's edge looks the same, so this is a doubt, not a verdict.
 */
function coveredBeyond(scaled: GrayImage, digit: DigitMask, offsetX: number, offsetY: number, minDepth: number): (side: Side) => boolean {
  // The paper's and the ink's tones, from the box itself.
  // Typed arrays sort numerically without a comparator, many times faster than an array of numbers.
  const inside = new Float32Array(digit.width * digit.height);
  const strokes = new Float32Array(digit.width * digit.height);
  let insideCount = 0;
  let strokeCount = 0;
  for (let y = 0; y < digit.height; y++) {
    for (let x = 0; x < digit.width; x++) {
      const v = scaled.data[(y + offsetY) * scaled.width + x + offsetX]!;
      if (digit.mask[y * digit.width + x]) strokes[strokeCount++] = v;
      else inside[insideCount++] = v;
    }
  }
  const median = (values: Float32Array) => values.sort()[values.length >> 1] ?? 0;
  const paper = median(inside.subarray(0, insideCount));
  const ink = median(strokes.subarray(0, strokeCount));
  if (Math.abs(paper - ink) < 1e-3) return () => false;
  const toneOf = (v: number) => (v - paper) / (ink - paper);
  const near = Math.ceil(minDepth / 2);
  const far = Math.ceil(2 * minDepth);

  return (side) => {
    const horizontal = side === "top" || side === "bottom";
    const along = horizontal ? digit.width : digit.height;
    // Where the digit meets this side, widened a little.
    let first = along;
    let last = -1;
    for (let i = 0; i < along; i++) {
      const x = horizontal ? i : side === "left" ? 0 : digit.width - 1;
      const y = horizontal ? (side === "top" ? 0 : digit.height - 1) : i;
      if (digit.mask[y * digit.width + x]) {
        first = Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    if (last < 0) return false;
    let count = 0;
    let covered = 0;
    for (let depth = near; depth <= far; depth++) {
      for (let i = Math.max(0, first - 2); i <= Math.min(along - 1, last + 2); i++) {
        const x = horizontal ? i + offsetX : side === "left" ? offsetX - depth : offsetX + digit.width - 1 + depth;
        const y = horizontal ? (side === "top" ? offsetY - depth : offsetY + digit.height - 1 + depth) : i + offsetY;
        if (x < 0 || y < 0 || x >= scaled.width || y >= scaled.height) continue;
        count++;
        if (toneOf(scaled.data[y * scaled.width + x]!) >= COVERED_TONE) covered++;
      }
    }
    return count > 0 && covered >= COVERED_SHARE * count;
  };
}

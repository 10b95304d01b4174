// An i or a j: a narrow upright stroke with a dot of its own above it. No digit is written so,
// yet the model reads the stroke as a 1 (taught that a j is no digit, it took real 1s with it).
import type { Component } from "./components.js";

/** The stroke is at most this wide for its height (a j's hook included). */
const MAX_STROKE_WIDTH = 0.7;
/** The dot is at most this big (its longer side) for the stroke's height… */
const MAX_DOT_SIZE = 0.3;
/**
 * … about as wide as tall: no wider than this many times its height (a 7's or a 5's bar written
 * apart is long and flat), and no taller than MAX_DOT_TALLNESS times its width (the broken-off top
 * of a 1 runs along the stroke); filling most of its box, as a blot does (a slanted bit of a broken
 * stroke fills little)…
 */
const MAX_DOT_ASPECT = 2;
const MAX_DOT_TALLNESS = 1.3;
const MIN_DOT_FILL = 0.5;
/**
 * … and above the stroke's top, clear of it (a break in a stroke is a hairline) yet this close
 * (stroke heights), over the stroke or just beside it.
 */
const MIN_DOT_GAP = 0.045;
const MAX_DOT_GAP = 0.4;
const MAX_DOT_OFFSET = 0.15;

/**
 * Whether a mark's pieces, largest first, in a width×height box, are a stroke and a dot above it and
 * nothing else. A piece at the box's edge is no dot: it runs on past it (a shadow's corner, say).
 */
export function isDottedStroke(pieces: readonly Component[], width: number, height: number): boolean {
  if (pieces.length !== 2) return false;
  const [stroke, dot] = pieces as [Component, Component];
  if (dot.minX <= 0 || dot.minY <= 0 || dot.maxX >= width - 1 || dot.maxY >= height - 1) return false;
  const strokeHeight = stroke.maxY - stroke.minY + 1;
  if (stroke.maxX - stroke.minX + 1 > MAX_STROKE_WIDTH * strokeHeight) return false;
  const dotWidth = dot.maxX - dot.minX + 1;
  const dotHeight = dot.maxY - dot.minY + 1;
  if (Math.max(dotWidth, dotHeight) > MAX_DOT_SIZE * strokeHeight) return false;
  if (dotWidth > MAX_DOT_ASPECT * dotHeight || dotHeight > MAX_DOT_TALLNESS * dotWidth || dot.area < MIN_DOT_FILL * dotWidth * dotHeight) return false;
  const gap = stroke.minY - dot.maxY - 1;
  if (gap < MIN_DOT_GAP * strokeHeight || gap > MAX_DOT_GAP * strokeHeight) return false;
  const centre = (dot.minX + dot.maxX) / 2;
  return centre >= stroke.minX - MAX_DOT_OFFSET * strokeHeight && centre <= stroke.maxX + MAX_DOT_OFFSET * strokeHeight;
}

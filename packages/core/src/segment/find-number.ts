// Finds a handwritten number in a larger area (a whole photo, or the box grown by a
// margin): as one digit is found, the most digit-like mark, but taken with the marks
// written beside it on its line, so the box fitted to it holds the whole number.
import { searchMarks, type FoundDigit } from "../preprocess/auto-frame.js";
import type { Component } from "../preprocess/components.js";
import type { GrayImage } from "../preprocess/gray-image.js";
import { union, type Box } from "../preprocess/locate.js";
import type { Polarity } from "../preprocess/polarity.js";

/** A number's digits are at least this share of the area's shorter side tall. */
const MIN_DIGIT_SHARE = 0.1;
/** Marks this far apart sideways (digit heights) are digits of one number; hardly further up or down. */
const MAX_DIGIT_GAP = 1;
const MAX_LINE_GAP = 0.35;
/** A number is no wider than this many digit heights (a long number; more digits are refused when read). */
const MAX_NUMBER_WIDTH = 10;
/** Room left around the number in the box fitted to it, as a share of its height. */
const FRAME_MARGIN = 0.3;

/**
 * The most number-like mark in the area, with a box around it in the search image's
 * pixels: marks grouped along a line, the group with the tallest digits winning, a
 * group running into the area's border losing to one inside it.
 */
export function findNumber(gray: GrayImage, polarityOption: Polarity | "auto" = "auto"): FoundDigit | null {
  const marks = searchMarks(gray, polarityOption);
  if (!marks) return null;
  const { scale, polarity, width, height, components } = marks;
  const side = Math.min(width, height);

  let best: { box: Box; score: number } | null = null;
  const used = new Set<Component>();
  for (const seed of components) {
    if (used.has(seed)) continue;
    const { box, tallest } = lineAround(seed, components, used);
    const w = box.maxX - box.minX + 1;
    if (tallest < MIN_DIGIT_SHARE * side || w > MAX_NUMBER_WIDTH * tallest) continue;
    const touchesBorder = box.minX <= 0 || box.minY <= 0 || box.maxX >= width - 1 || box.maxY >= height - 1;
    const score = tallest * (touchesBorder ? 0.25 : 1);
    if (!best || score > best.score) best = { box, score };
  }
  if (!best) return null;

  const { box } = best;
  const margin = FRAME_MARGIN * (box.maxY - box.minY + 1);
  const x0 = Math.max(0, Math.floor((box.minX - margin) * scale));
  const y0 = Math.max(0, Math.floor((box.minY - margin) * scale));
  const x1 = Math.min(gray.width, Math.ceil((box.maxX + 1 + margin) * scale));
  const y1 = Math.min(gray.height, Math.ceil((box.maxY + 1 + margin) * scale));
  return { box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, polarity };
}

/** The seed and the marks beside it on its line (pieces chain: a number's digits, a digit's strokes). */
function lineAround(seed: Component, components: readonly Component[], used: Set<Component>): { box: Box; tallest: number } {
  let box: Box = seed;
  let tallest = seed.maxY - seed.minY + 1;
  used.add(seed);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of components) {
      if (used.has(c) || c.area < 0.04 * seed.area) continue;
      const dx = Math.max(0, box.minX - c.maxX, c.minX - box.maxX);
      const dy = Math.max(0, box.minY - c.maxY, c.minY - box.maxY);
      if (dx <= MAX_DIGIT_GAP * tallest && dy <= MAX_LINE_GAP * tallest) {
        used.add(c);
        box = union(box, c);
        tallest = Math.max(tallest, c.maxY - c.minY + 1);
        grew = true;
      }
    }
  }
  return { box, tallest };
}

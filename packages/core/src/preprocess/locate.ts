import { connectedComponents, type Component } from "./components.js";
import { isDottedStroke } from "./dotted-stroke.js";
import type { GrayImage } from "./gray-image.js";
import type { Side } from "./overflow.js";

export interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/**
 * Why a box holds no readable digit: nothing in it, too much in it, a digit
 * too small to read, a digit partly outside it with nothing known beyond the
 * edge (the frame ends there), strokes seen continuing past its edge, or
 * something large in front of the paper (a hand, a sleeve) whose edge is all
 * the ink there is, or a mark of a shape no digit has (an i or a j).
 */
export type NoDigitReason = "empty" | "clutter" | "too-small" | "cut-by-edge" | "overflow" | "covered" | "not-a-digit";

export type DigitLocation =
  | { readonly found: true; readonly box: Box; readonly mask: Uint8Array; readonly touching: readonly Side[] }
  | { readonly found: false; readonly reason: NoDigitReason };

export interface LocateOptions {
  /** Ink-map level above which a pixel counts as ink. */
  readonly inkLevel: number;
  /** A digit's longer side must be at least this share of the box's shorter side. */
  readonly minDigitSize: number;
  /** More ink than this share of the box is clutter, not a digit. */
  readonly maxInkShare: number;
  /** A digit touching the box's edge still counts when it spans at least this share of the box that way. */
  readonly fillsBox: number;
  /**
   * Leave digits touching the box's edge to the caller, who can look beyond
   * the edge (see checkOverflow) instead of guessing from the digit's span.
   */
  readonly edgesJudgedOutside?: boolean;
}

export const defaultLocateOptions: LocateOptions = { inkLevel: 0.35, minDigitSize: 0.12, maxInkShare: 0.5, fillsBox: 0.7 };

/**
 * Finds the digit among the ink: the largest component plus the pieces close
 * to it (a broken stroke, the bar of a 5). Says why there is none when the box
 * is empty, cluttered (lots of ink, or other marks as big as the digit), or
 * the digit runs off the box's edge (a digit filling the box may touch it;
 * with `edgesJudgedOutside` the sides it touches are reported instead).
 */
export function locateDigit(ink: GrayImage, options: LocateOptions = defaultLocateOptions): DigitLocation {
  const { width, height } = ink;
  const side = Math.min(width, height);
  const mask = new Uint8Array(width * height);
  let inkPixels = 0;
  for (let i = 0; i < mask.length; i++) {
    if (ink.data[i]! >= options.inkLevel) {
      mask[i] = 1;
      inkPixels++;
    }
  }
  if (inkPixels > options.maxInkShare * mask.length) return { found: false, reason: "clutter" };

  const minArea = Math.max(4, Math.round(0.0015 * width * height));
  const components = connectedComponents(mask, width, height).filter((c) => c.area >= minArea);
  const main = components[0];
  if (!main) return { found: false, reason: "empty" };

  const gap = 0.12 * side;
  const group: Component[] = [main];
  let box: Box = main;
  const rest = components.slice(1);
  // Grow the group until no remaining piece is near it (pieces can chain).
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i]!;
      if (c.area >= 0.04 * main.area && boxGap(box, c) <= gap) {
        group.push(c);
        box = union(box, c);
        rest.splice(i--, 1);
        grew = true;
      }
    }
  }

  const strayArea = rest.reduce((sum, c) => sum + c.area, 0);
  const groupArea = group.reduce((sum, c) => sum + c.area, 0);
  if (strayArea > 0.5 * groupArea || rest.length > 6) return { found: false, reason: "clutter" };

  const digitSize = Math.max(box.maxX - box.minX + 1, box.maxY - box.minY + 1);
  if (digitSize < options.minDigitSize * side) return { found: false, reason: "too-small" };
  const boxWidth = box.maxX - box.minX + 1;
  const boxHeight = box.maxY - box.minY + 1;
  // A stroke spanning the whole width (a ruled line, the paper's edge) is not a digit.
  if (boxWidth >= 0.97 * width && boxHeight < 0.25 * height) return { found: false, reason: "clutter" };
  const touching = sidesTouched(box, width, height);
  if (!options.edgesJudgedOutside && isCutByEdge(box, touching, width, height, options.fillsBox)) return { found: false, reason: "cut-by-edge" };
  if (isDottedStroke(group, width, height)) return { found: false, reason: "not-a-digit" };

  const digitMask = new Uint8Array(width * height);
  for (const c of group) for (const p of c.pixels) digitMask[p] = 1;
  return { found: true, box, mask: digitMask, touching };
}

/** The sides of a width×height box that the ink box reaches. */
export function sidesTouched(box: Box, width: number, height: number): Side[] {
  const sides: Side[] = [];
  if (box.minY <= 0) sides.push("top");
  if (box.maxX >= width - 1) sides.push("right");
  if (box.maxY >= height - 1) sides.push("bottom");
  if (box.minX <= 0) sides.push("left");
  return sides;
}

/**
 * Without a look beyond the edge: touching a side means cut off — unless the
 * digit spans (nearly) the whole box that way, which is a digit held to fill
 * the box, not one sliding out of it.
 */
export function isCutByEdge(box: Box, sides: readonly Side[], width: number, height: number, fillsBox: number): boolean {
  const across = (sides.includes("left") || sides.includes("right")) && box.maxX - box.minX + 1 < fillsBox * width;
  const along = (sides.includes("top") || sides.includes("bottom")) && box.maxY - box.minY + 1 < fillsBox * height;
  return across || along;
}

/** The gap between two boxes (0 where they touch or overlap). */
export function boxGap(a: Box, b: Box): number {
  const dx = Math.max(0, a.minX - b.maxX, b.minX - a.maxX);
  const dy = Math.max(0, a.minY - b.maxY, b.minY - a.maxY);
  return Math.hypot(dx, dy);
}

/** The smallest box holding both. */
export function union(a: Box, b: Box): Box {
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

// The box's ink when it may hold a number: the same steps as one digit's preprocess
// (polarity, paper removed, ruled lines erased), at a working size fitted to the box's
// shape, then every piece of ink that lines up with the number, not just the largest
// mark and what lies close to it.
import { connectedComponents, type Component } from "../preprocess/components.js";
import type { GrayImage } from "../preprocess/gray-image.js";
import { isEdgeOfSomethingInFront } from "../preprocess/body-edge.js";
import { extractInk } from "../preprocess/ink.js";
import { defaultLocateOptions, sidesTouched, union, type Box, type NoDigitReason } from "../preprocess/locate.js";
import { removeRuledLines } from "../preprocess/lines.js";
import { detectPolarity, type Polarity } from "../preprocess/polarity.js";
import type { DigitFound, PolarityOption } from "../preprocess/preprocess.js";
import { CLOSING_RADIUS, WORKING_SIZE } from "../preprocess/preprocess.js";
import { resize } from "../preprocess/resize.js";
import { inkStandsOut } from "../preprocess/stands-out.js";
import { liesOnLine, specksMakeADigitBeside } from "./specks-beside.js";

/**
 * A number's box is analysed with about as many pixels as two of a digit's square
 * box: a square box at exactly the digit's working size, a wide one lower but long
 * enough to keep each digit's strokes.
 */
const WORKING_AREA = 2 * WORKING_SIZE * WORKING_SIZE;
/** The shorter side never shrinks below this (a very wide box). */
const MIN_SHORT_SIDE = 48;

/** Pieces of ink this far apart sideways (in digit heights) still belong to one number. */
const MAX_DIGIT_GAP = 1.2;
/** … and this far apart up or down: a number is written along a line. */
const MAX_LINE_GAP = 0.35;
/** A piece of the number is at least this share of the largest piece's area (smaller ones are specks). */
const MIN_PIECE_SHARE = 0.04;
/** A stray mark at least this tall (the number's digit heights) could be one of its digits. */
const STRAY_DIGIT_HEIGHT = 0.6;
/** Ink left out beside the number, on its line, at least this tall (digit heights), may be a faint or broken digit of it. */
const LEFT_OUT_ON_LINE_HEIGHT = 0.2;

export interface NumberInk {
  /** The ink map, 0…1, ruled lines erased, at the working size. */
  readonly ink: GrayImage;
  /** The number's pieces of ink, each a connected component of the mask. */
  readonly pieces: readonly Component[];
}

export type NumberInkResult =
  | { readonly state: "ink"; readonly polarity: Polarity; readonly found: DigitFound; readonly number: NumberInk; readonly closingRadius: number }
  | { readonly state: "no-digit"; readonly polarity: Polarity; readonly reason: NoDigitReason };

export interface NumberInkOptions {
  readonly polarity?: PolarityOption;
  /** Report the sides the number touches for the caller to judge (see checkOverflow); otherwise it is refused as cut by the edge. */
  readonly edgesJudgedOutside?: boolean;
  /**
   * The working size the image was already shrunk to: numberWorkingSize of the box it shows (its own
   * size, rounded, could name another by a pixel). Default: the image is the box as drawn.
   */
  readonly shrunkToWorkingSize?: boolean;
}

/** The working size for a box of this shape: its sides in working pixels. */
export function numberWorkingSize(width: number, height: number): { width: number; height: number } {
  const aspect = Math.max(width, height) / Math.min(width, height);
  const short = Math.max(MIN_SHORT_SIDE, Math.min(WORKING_SIZE, Math.round(Math.sqrt(WORKING_AREA / aspect))));
  const long = Math.max(1, Math.round(short * aspect));
  return width >= height ? { width: long, height: short } : { width: short, height: long };
}

/** Polarity is judged on as many pixels as a digit's box has: a wider box adds cost, not certainty. */
function polarityView(working: GrayImage): GrayImage {
  const shrink = Math.sqrt((WORKING_SIZE * WORKING_SIZE) / (working.width * working.height));
  return shrink >= 1 ? working : resize(working, Math.max(1, Math.round(working.width * shrink)), Math.max(1, Math.round(working.height * shrink)));
}

/** The box's ink and the pieces of the number written in it, or why there is none. */
export function findNumberInk(gray: GrayImage, options: NumberInkOptions = {}): NumberInkResult {
  let working = gray;
  if (!options.shrunkToWorkingSize) {
    const size = numberWorkingSize(gray.width, gray.height);
    working = resize(gray, size.width, size.height);
  }
  const side = Math.min(working.width, working.height);
  const closingRadius = Math.max(3, Math.round((CLOSING_RADIUS * side) / WORKING_SIZE));
  const polarity = !options.polarity || options.polarity === "auto" ? detectPolarity(polarityView(working)) : options.polarity;
  const inkMap = extractInk(working, polarity, closingRadius);
  if (!inkStandsOut(inkMap)) return { state: "no-digit", polarity, reason: "empty" };
  const { ink, background } = inkMap;
  const clean = removeRuledLines(ink, defaultLocateOptions.inkLevel);

  const { width, height } = clean;
  // A plain loop: Uint8Array.from with a mapping function calls it through the iterator protocol, many times slower.
  const mask = new Uint8Array(clean.data.length);
  let inkPixels = 0;
  for (let i = 0; i < mask.length; i++) {
    if (clean.data[i]! >= defaultLocateOptions.inkLevel) {
      mask[i] = 1;
      inkPixels++;
    }
  }
  if (inkPixels > defaultLocateOptions.maxInkShare * mask.length) return { state: "no-digit", polarity, reason: "clutter" };
  const minArea = Math.max(4, Math.round(0.0015 * side * side));
  const everyMark = connectedComponents(mask, width, height);
  const components = everyMark.filter((c) => c.area >= minArea);
  const main = components[0];
  if (!main) return { state: "no-digit", polarity, reason: "empty" };

  const { pieces, rest, leftOut } = lineUp(components, main);
  const box = pieces.reduce<Box>((b, c) => union(b, c), main);
  const digitHeight = Math.max(...pieces.map((c) => c.maxY - c.minY + 1));
  const strayArea = rest.reduce((sum, c) => sum + c.area, 0);
  const numberArea = pieces.reduce((sum, c) => sum + c.area, 0);
  if (strayArea > 0.5 * numberArea || rest.length > 6) return { state: "no-digit", polarity, reason: "clutter" };
  // A mark as tall as the number's digits left off its line may be a digit of it: reading the rest would drop it.
  if (rest.some((c) => c.maxY - c.minY + 1 >= STRAY_DIGIT_HEIGHT * digitHeight)) return { state: "no-digit", polarity, reason: "clutter" };
  // So may smaller marks beside it on its line (what a faint pen left of a digit): a number read without them loses a digit.
  if (leftOut.some((c) => liesOnLine(c, box) && c.maxY - c.minY + 1 >= LEFT_OUT_ON_LINE_HEIGHT * digitHeight)) return { state: "no-digit", polarity, reason: "clutter" };
  // … and specks too small to be marks, taken together, beside it on its line.
  const inNumber = new Set(pieces);
  if (specksMakeADigitBeside(everyMark.filter((c) => !inNumber.has(c)), box, digitHeight)) return { state: "no-digit", polarity, reason: "clutter" };
  const boxWidth = box.maxX - box.minX + 1;
  const boxHeight = box.maxY - box.minY + 1;
  if (Math.max(digitHeight, Math.min(boxWidth, boxHeight)) < defaultLocateOptions.minDigitSize * side) return { state: "no-digit", polarity, reason: "too-small" };
  // A stroke spanning the whole width (a ruled line, the paper's edge) is not a number.
  if (boxWidth >= 0.97 * width && boxHeight < 0.25 * height) return { state: "no-digit", polarity, reason: "clutter" };
  const touching = sidesTouched(box, width, height);
  if (!options.edgesJudgedOutside && touching.length > 0 && cutByEdge(box, touching, width, height)) {
    return { state: "no-digit", polarity, reason: "cut-by-edge" };
  }
  const numberMask = new Uint8Array(width * height);
  for (const c of pieces) for (const p of c.pixels) numberMask[p] = 1;
  if (isEdgeOfSomethingInFront(working, background, polarity, numberMask)) return { state: "no-digit", polarity, reason: "covered" };
  return {
    state: "ink",
    polarity,
    closingRadius,
    found: { width, height, inkBox: box, mask: numberMask, touching },
    number: { ink: clean, pieces: [...pieces].sort((a, b) => a.minX - b.minX) },
  };
}

/** A number filling the box's height may touch the top and bottom; touching the left or right means it goes on. */
function cutByEdge(box: Box, sides: readonly string[], width: number, height: number): boolean {
  const fills = defaultLocateOptions.fillsBox;
  const across = (sides.includes("left") || sides.includes("right")) && box.maxX - box.minX + 1 < fills * width;
  const along = (sides.includes("top") || sides.includes("bottom")) && box.maxY - box.minY + 1 < fills * height;
  return across || along;
}

/**
 * The pieces written along the line of the largest one: grown from it sideways
 * (digits are side by side, gaps up to about a digit's height) but hardly up or
 * down; what is left is stray marks (`rest`: as big as a piece of a digit) and,
 * with the specks outside the number, the ink it leaves out (`leftOut`).
 */
function lineUp(components: readonly Component[], main: Component): { pieces: Component[]; rest: Component[]; leftOut: Component[] } {
  const pieces = [main];
  const rest = components.slice(1).filter((c) => c.area >= MIN_PIECE_SHARE * main.area);
  const specks = components.slice(1).filter((c) => c.area < MIN_PIECE_SHARE * main.area);
  let box: Box = main;
  let tallest = main.maxY - main.minY + 1;
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i]!;
      const dx = Math.max(0, box.minX - c.maxX, c.minX - box.maxX);
      const dy = Math.max(0, box.minY - c.maxY, c.minY - box.maxY);
      if (dx <= MAX_DIGIT_GAP * tallest && dy <= MAX_LINE_GAP * tallest) {
        pieces.push(c);
        box = union(box, c);
        tallest = Math.max(tallest, c.maxY - c.minY + 1);
        rest.splice(i--, 1);
        grew = true;
      }
    }
  }
  // Specks inside the number's extent are its dots and broken strokes; elsewhere they are dirt, ignored as one digit's reading ignores them.
  const leftOut = [...rest];
  for (const s of specks) {
    if (s.minX >= box.minX && s.maxX <= box.maxX && s.minY >= box.minY && s.maxY <= box.maxY) pieces.push(s);
    else leftOut.push(s);
  }
  return { pieces, rest, leftOut };
}

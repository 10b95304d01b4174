import { createGrayImage, type GrayImage } from "./gray-image.js";

/** Tilts tried for ruled lines: rise across the box as a share of its length (about ±5°). */
const MAX_RISE = 0.09;
/** A ruled line has ink along at least this share of its length in the box, reaching both ends. */
const MIN_COVERAGE = 0.7;
/** Shorter pieces of line, across a corner of the box, are left alone. */
const MIN_CORNER_PIECE = 0.35;
/** Printed lines are at most this thick (px at the working size); pen strokes are thicker. */
const MAX_LINE_THICKNESS = 3;
/** Most of a line's ink is thin: a pen stroke along it is thick all the way. */
const MIN_THIN_SHARE = 0.6;
/** …or its ink is thin along this share of its length, where a large, bold digit covers much of a line crossing it. */
const MIN_THIN_ALONG = 0.4;

/**
 * Erases ruled and squared paper's lines from an ink map (0…1, either polarity
 * already folded in): thin straight lines running right across the box, end to end, found
 * by following slightly tilted rows and columns. Only thin runs of ink on a
 * line are erased: where a stroke of the digit crosses it, the stroke is
 * thicker across the line and stays whole, and so does a pen stroke as long
 * as the box.
 */
export function removeRuledLines(ink: GrayImage, inkLevel: number, options: RuledLineOptions = {}): GrayImage {
  const out = createGrayImage(ink.width, ink.height);
  out.data.set(ink.data);
  eraseLines(out, inkLevel, true, options.endZone ?? 0.1);
  eraseLines(out, inkLevel, false, options.endZone ?? 0.1);
  return out;
}

export interface RuledLineOptions {
  /**
   * A line has ink this close to both ends of the image (a share of its
   * length): the paper's lines run right across, a digit's long stroke (a 1,
   * the stem of a 4 or a 9) stops short of one end at least. A whole photo,
   * where the digit is small, asks for less than a box does.
   */
  readonly endZone?: number;
}

function eraseLines(ink: GrayImage, inkLevel: number, horizontal: boolean, endZone: number): void {
  const length = horizontal ? ink.width : ink.height;
  const across = horizontal ? ink.height : ink.width;
  // The map as a bitmap indexed [along][offset] (transposed for horizontal lines), so that
  // the hot loops below are plain array reads.
  const mask = new Uint8Array(length * across);
  for (let y = 0; y < ink.height; y++) {
    for (let x = 0; x < ink.width; x++) {
      if (ink.data[y * ink.width + x]! >= inkLevel) mask[horizontal ? x * across + y : y * across + x] = 1;
    }
  }
  const maxRise = Math.max(1, Math.round(MAX_RISE * length));
  // Ink along each offset, summed from the start: a tilted candidate is a few level runs, so its
  // ink count takes one subtraction a run. No line can have less ink than a corner piece needs.
  const inkBefore = new Int32Array((length + 1) * across);
  for (let o = 0; o < across; o++) {
    for (let p = 0; p < length; p++) inkBefore[o * (length + 1) + p + 1] = inkBefore[o * (length + 1) + p]! + mask[p * across + o]!;
  }
  const leastInk = MIN_COVERAGE * MIN_CORNER_PIECE * length;
  // The points near the start (p < endZone · length) and near the end (p ≥ (1 − endZone) · length).
  const startZone = Math.ceil(endZone * length);
  const endZoneFrom = Math.ceil((1 - endZone) * length);
  const erase: number[] = [];
  for (let rise = -maxRise; rise <= maxRise; rise++) {
    const shift = new Int32Array(length);
    for (let p = 0; p < length; p++) shift[p] = Math.round((rise * p) / (length - 1));
    const runStarts = [0];
    for (let p = 1; p < length; p++) if (shift[p] !== shift[p - 1]) runStarts.push(p);
    runStarts.push(length);
    // The level run holding the end zone's first point.
    let endRun = 0;
    while (runStarts[endRun + 1]! <= endZoneFrom) endRun++;
    /** Ink on the candidate through `start` between points `from` (inclusive) and `to`, from level run `run` on. */
    const inkBetween = (start: number, run: number, from: number, to: number): number => {
      let sum = 0;
      for (let r = run; r + 1 < runStarts.length && runStarts[r]! < to; r++) {
        const offset = start + shift[runStarts[r]!]!;
        if (offset < 0 || offset >= across) continue;
        const row = offset * (length + 1);
        sum += inkBefore[row + Math.min(to, runStarts[r + 1]!)]! - inkBefore[row + Math.max(from, runStarts[r]!)]!;
      }
      return sum;
    };
    // Lines may enter or leave through the sides when tilted; they still need MIN_COVERAGE of ink.
    for (let start = -Math.max(0, rise); start < across - Math.min(0, rise); start++) {
      // What the full test below demands, counted exactly and cheaply first: ink at both ends, and enough of it.
      if (inkBetween(start, 0, 0, startZone) === 0 || inkBetween(start, endRun, endZoneFrom, length) === 0 || inkBetween(start, 0, 0, length) < leastInk) continue;
      // Every 4th point must hold half the ink a line needs: the shortcut this search began with, kept because it
      // decides some candidates (a line whose ink lies between the points looked at is left alone).
      let sampledInside = 0;
      let sampledInk = 0;
      for (let p = 0; p < length; p += 4) {
        const offset = start + shift[p]!;
        if (offset < 0 || offset >= across) continue;
        sampledInside++;
        sampledInk += mask[p * across + offset]!;
      }
      if (sampledInk < 0.5 * MIN_COVERAGE * Math.max(sampledInside, (MIN_CORNER_PIECE * length) / 4)) continue;
      let inside = 0;
      let covered = 0;
      let thin = 0;
      let nearStart = 0;
      let nearEnd = 0;
      for (let p = 0; p < length; p++) {
        const offset = start + shift[p]!;
        if (offset < 0 || offset >= across) continue;
        inside++;
        if (mask[p * across + offset] === 0) continue;
        covered++;
        if (runThickness(mask, p * across, across, offset) <= MAX_LINE_THICKNESS) thin++;
        if (p < endZone * length) nearStart++;
        if (p >= (1 - endZone) * length) nearEnd++;
      }
      // A tilted line may cross a corner of the box: then most of what is inside must be ink.
      if (covered < MIN_COVERAGE * Math.max(inside, MIN_CORNER_PIECE * length) || thin < Math.min(MIN_THIN_SHARE * covered, MIN_THIN_ALONG * inside) || nearStart === 0 || nearEnd === 0) continue;
      for (let p = 0; p < length; p++) {
        const offset = start + shift[p]!;
        if (offset < 0 || offset >= across || mask[p * across + offset] === 0) continue;
        // Where a stroke of the digit crosses, the run across is thick: keep it.
        if (runThickness(mask, p * across, across, offset) > MAX_LINE_THICKNESS) continue;
        for (let o = runStart(mask, p * across, offset); o < across && mask[p * across + o] === 1; o++) {
          erase.push(horizontal ? o * ink.width + p : p * ink.width + o);
        }
      }
    }
  }
  for (const i of erase) ink.data[i] = 0;
}

/** How many ink pixels run across the line through `offset` (counting stops past a line's thickness). */
function runThickness(mask: Uint8Array, row: number, across: number, offset: number): number {
  let first = offset;
  let last = offset;
  while (first > 0 && mask[row + first - 1] === 1 && last - first <= MAX_LINE_THICKNESS) first--;
  while (last + 1 < across && mask[row + last + 1] === 1 && last - first <= MAX_LINE_THICKNESS) last++;
  return last - first + 1;
}

function runStart(mask: Uint8Array, row: number, offset: number): number {
  let first = offset;
  while (first > 0 && mask[row + first - 1] === 1) first--;
  return first;
}

import { createGrayImage, type GrayImage } from "./gray-image.js";
import { Scratch } from "./scratch.js";

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
 * On the paper's lattice, thin ink along at least this share of the box is still the line: less than the
 * smallest digit the reader takes (locate's minDigitSize), so no piece of line left is read as a 1.
 */
const MIN_LATTICE_PIECE = 0.1;
/** Lines closer than this (px at the working size) are not a paper's ruling. */
const MIN_LATTICE_STEP = 5;
/** How far (px) a line may sit from the lattice's place for it. */
const LATTICE_TOLERANCE = 2;
/** Pieces of line on this many places of a lattice make it squared paper's faded lines. */
const MIN_FADED_LINES = 3;
/** A faded direction's step is looked for within this share of the other direction's, in steps of a quarter px. */
const STEP_SEARCH = 0.1;
const STEP_SEARCH_INCREMENT = 0.25;

/**
 * Erases ruled and squared paper's lines from an ink map (0…1, either polarity
 * already folded in): thin straight lines running right across the box, end to end, found
 * by following slightly tilted rows and columns. Only thin runs of ink on a
 * line are erased: where a stroke of the digit crosses it, the stroke is
 * thicker across the line and stays whole, and so does a pen stroke as long
 * as the box.
 *
 * Then what is left of the paper's lines where uneven light, a shadow, noise or JPEG faded
 * part of them: the lines found lie evenly spaced, and thin pieces on that lattice are
 * still the paper, though they no longer run from end to end (to the model, a piece of a
 * line is a 1).
 */
export function removeRuledLines(ink: GrayImage, inkLevel: number, options: RuledLineOptions = {}): GrayImage {
  const out = createGrayImage(ink.width, ink.height);
  out.data.set(ink.data);
  const endZone = options.endZone ?? 0.1;
  const rows = eraseWholeLines(out, inkLevel, true, endZone);
  const columns = eraseWholeLines(out, inkLevel, false, endZone);
  const [rowLattice, columnLattice] = squareLattices(paperLattice(rows), paperLattice(columns));
  if (!rowLattice && !columnLattice) return out;
  // Squared paper: a direction whose lines all faded takes the other's step, if its pieces keep to it.
  const rowView = new InkAlong(out, inkLevel, true);
  const rowsOn = rowLattice ?? (columnLattice && fadedLattice(rowView, columnLattice, out.height));
  if (rowsOn) erasePiecesOnLattice(out, rowView, rowsOn);
  const columnView = new InkAlong(out, inkLevel, false);
  const columnsOn = columnLattice ?? (rowLattice && fadedLattice(columnView, rowLattice, out.width));
  if (columnsOn) erasePiecesOnLattice(out, columnView, columnsOn);
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

/**
 * The ink map as a bitmap along one direction, indexed [along][offset] (transposed for horizontal lines),
 * so that the hot loops are plain array reads; and the candidate lines through it, tilted by `rise` px.
 */
class InkAlong {
  readonly length: number;
  readonly across: number;
  readonly mask: Uint8Array;
  readonly maxRise: number;
  /** Where a candidate crosses the middle of the box (its `start` + the shift there). */
  readonly middle: number;
  readonly #shifts = new Map<number, number[]>();

  constructor(
    readonly ink: GrayImage,
    inkLevel: number,
    readonly horizontal: boolean,
  ) {
    this.length = horizontal ? ink.width : ink.height;
    this.across = horizontal ? ink.height : ink.width;
    // Rows' and columns' bitmaps in their own buffers: a search keeps one of each at a time.
    this.mask = (horizontal ? rowMasks : columnMasks).zeroed(this.length * this.across);
    for (let y = 0; y < ink.height; y++) {
      for (let x = 0; x < ink.width; x++) {
        if (ink.data[y * ink.width + x]! >= inkLevel) this.mask[horizontal ? x * this.across + y : y * this.across + x] = 1;
      }
    }
    this.maxRise = Math.max(1, Math.round(MAX_RISE * this.length));
    this.middle = Math.floor((this.length - 1) / 2);
  }

  /** The candidate's offset at each point along: `start` + shift[p]. */
  shift(rise: number): readonly number[] {
    let shift = this.#shifts.get(rise);
    if (!shift) {
      shift = new Array<number>(this.length);
      for (let p = 0; p < this.length; p++) shift[p] = Math.round((rise * p) / (this.length - 1));
      this.#shifts.set(rise, shift);
    }
    return shift;
  }

  /** Starts of the candidates at a tilt: lines may enter or leave through the sides when tilted. */
  starts(rise: number): [from: number, to: number] {
    return [-Math.max(0, rise), this.across - Math.min(0, rise)];
  }

  /** A candidate's ink: points inside the box, those on ink, those on thin ink, and those near either end. */
  candidateInk(shift: readonly number[], start: number, endZone: number) {
    const { length, across, mask } = this;
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
    return { inside, covered, thin, nearStart, nearEnd };
  }

  /** A piece of line on the lattice: thin ink along enough of the box. */
  holdsPiece(shift: readonly number[], start: number): boolean {
    const { covered, thin } = this.candidateInk(shift, start, 0);
    return covered >= MIN_LATTICE_PIECE * this.length && thin >= MIN_THIN_SHARE * covered;
  }

  /** The ink map's indices of the thin ink on a candidate (where a stroke of the digit crosses, the run across is thick: kept). */
  thinInk(shift: readonly number[], start: number, into: number[]): void {
    const { length, across, mask, ink, horizontal } = this;
    for (let p = 0; p < length; p++) {
      const offset = start + shift[p]!;
      if (offset < 0 || offset >= across || mask[p * across + offset] === 0) continue;
      if (runThickness(mask, p * across, across, offset) > MAX_LINE_THICKNESS) continue;
      for (let o = runStart(mask, p * across, offset); o < across && mask[p * across + o] === 1; o++) {
        into.push(horizontal ? o * ink.width + p : p * ink.width + o);
      }
    }
  }
}

const rowMasks = new Scratch((n) => new Uint8Array(n));
const columnMasks = new Scratch((n) => new Uint8Array(n));
const inkBeforeScratch = new Scratch((n) => new Int32Array(n));

/** A line erased: its tilt and where it crosses the middle of the box. */
interface FoundLine {
  readonly rise: number;
  readonly middle: number;
}

/** Erases, in one direction, the lines that run from end to end, and returns them. */
function eraseWholeLines(ink: GrayImage, inkLevel: number, horizontal: boolean, endZone: number): FoundLine[] {
  const view = new InkAlong(ink, inkLevel, horizontal);
  const { length, across, mask, maxRise, middle } = view;
  // Ink along each offset, summed from the start: a tilted candidate is a few level runs, so its
  // ink count takes one subtraction a run. No line can have less ink than a corner piece needs.
  const inkBefore = inkBeforeScratch.zeroed((length + 1) * across);
  for (let o = 0; o < across; o++) {
    for (let p = 0; p < length; p++) inkBefore[o * (length + 1) + p + 1] = inkBefore[o * (length + 1) + p]! + mask[p * across + o]!;
  }
  const leastInk = MIN_COVERAGE * MIN_CORNER_PIECE * length;
  // The points near the start (p < endZone · length) and near the end (p ≥ (1 − endZone) · length).
  const startZone = Math.ceil(endZone * length);
  const endZoneFrom = Math.ceil((1 - endZone) * length);
  const erase: number[] = [];
  const found: FoundLine[] = [];
  for (let rise = -maxRise; rise <= maxRise; rise++) {
    const shift = view.shift(rise);
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
    const [from, to] = view.starts(rise);
    for (let start = from; start < to; start++) {
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
      const { inside, covered, thin, nearStart, nearEnd } = view.candidateInk(shift, start, endZone);
      // A tilted line may cross a corner of the box: then most of what is inside must be ink.
      if (covered < MIN_COVERAGE * Math.max(inside, MIN_CORNER_PIECE * length) || thin < Math.min(MIN_THIN_SHARE * covered, MIN_THIN_ALONG * inside) || nearStart === 0 || nearEnd === 0) continue;
      found.push({ rise, middle: start + shift[middle]! });
      view.thinInk(shift, start, erase);
    }
  }
  for (const i of erase) ink.data[i] = 0;
  return found;
}

/** Where a paper's lines cross the middle of the box: `first` + k · `step`, all at one tilt. */
interface Lattice {
  readonly rise: number;
  readonly first: number;
  readonly step: number;
}

/**
 * The evenly spaced lattice that the erased lines lie on, if they make one: at least two lines, every gap
 * between neighbours a whole number of steps. Its tilt is the one most lines were found at.
 */
function paperLattice(found: readonly FoundLine[]): Lattice | null {
  if (found.length < 2) return null;
  const byRise = new Map<number, number>();
  for (const line of found) byRise.set(line.rise, (byRise.get(line.rise) ?? 0) + 1);
  const rise = [...byRise].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  // A line a few pixels thick is found at neighbouring offsets: one line, at their mean.
  const middles = found.filter((line) => Math.abs(line.rise - rise) <= 1).map((line) => line.middle).sort((a, b) => a - b);
  const lines: number[][] = [];
  for (const m of middles) {
    const last = lines.at(-1);
    if (last && m - last.at(-1)! <= MAX_LINE_THICKNESS) last.push(m);
    else lines.push([m]);
  }
  if (lines.length < 2) return null;
  const centres = lines.map((group) => group.reduce((sum, m) => sum + m, 0) / group.length);
  const gaps = centres.slice(1).map((c, i) => c - centres[i]!);
  const step = Math.min(...gaps);
  if (step < MIN_LATTICE_STEP) return null;
  const steps = gaps.map((gap) => Math.round(gap / step));
  if (gaps.some((gap, i) => Math.abs(gap - steps[i]! * step) > LATTICE_TOLERANCE)) return null;
  // The step from the whole span, which a single gap measures less well.
  return { rise, first: centres[0]!, step: (centres.at(-1)! - centres[0]!) / steps.reduce((sum, n) => sum + n, 0) };
}

/**
 * Squared paper's squares are square: where one direction's lines were found only every second or third
 * one (the rest faded), its step is a whole multiple of the other's, and the other's is the paper's.
 */
function squareLattices(rows: Lattice | null, columns: Lattice | null): [Lattice | null, Lattice | null] {
  if (!rows || !columns) return [rows, columns];
  const finer = (coarse: Lattice, fine: Lattice): Lattice => {
    const times = Math.round(coarse.step / fine.step);
    return times >= 2 && Math.abs(coarse.step - times * fine.step) <= LATTICE_TOLERANCE ? { ...coarse, step: coarse.step / times } : coarse;
  };
  return [finer(rows, columns), finer(columns, rows)];
}

function onLattice(lattice: Lattice, middle: number): boolean {
  const d = middle - lattice.first;
  return Math.abs(d - Math.round(d / lattice.step) * lattice.step) <= LATTICE_TOLERANCE;
}

/**
 * Lines square to the other direction's `lattice` (about its step, and the tilt that turning the sheet gives
 * them), none of which ran from end to end: the lattice on which the most pieces of line lie, and lie closest
 * to its places, if at least MIN_FADED_LINES of them do and on at least half its places in the box (a digit's
 * or a number's strokes are not evenly spaced lines across the box). `otherLength` is the length of the other
 * direction's lines.
 */
function fadedLattice(view: InkAlong, lattice: Lattice, otherLength: number): Lattice | null {
  // Turning the sheet tilts its two directions of lines oppositely, each by its own length's share.
  const square = Math.round((-lattice.rise * view.length) / otherLength);
  let best: Lattice | null = null;
  let bestPieces = MIN_FADED_LINES;
  let bestMiss = Infinity;
  for (let rise = Math.max(-view.maxRise, square - 1); rise <= Math.min(view.maxRise, square + 1); rise++) {
    const shift = view.shift(rise);
    const [from, to] = view.starts(rise);
    // Where pieces cross the middle, offset by the tilt's reach so that lines entering through a side count.
    const pieces = new Uint8Array(view.across + 2 * view.maxRise);
    let count = 0;
    for (let start = from; start < to; start++) {
      if (view.holdsPiece(shift, start)) {
        pieces[start + shift[view.middle]! + view.maxRise] = 1;
        count++;
      }
    }
    if (count < MIN_FADED_LINES) continue;
    // The other direction's step, measured on a few lines, is near this one's but not exact enough for a whole box.
    for (let step = lattice.step * (1 - STEP_SEARCH); step <= lattice.step * (1 + STEP_SEARCH); step += STEP_SEARCH_INCREMENT) {
      for (let first = 0; first < step; first++) {
        const candidate = { rise, first, step };
        const { held, places, miss } = piecesOnLattice(candidate, pieces, view.maxRise, view.across);
        if (2 * held < places || held < bestPieces || (held === bestPieces && miss >= bestMiss)) continue;
        bestPieces = held;
        bestMiss = miss;
        best = candidate;
      }
    }
  }
  return best;
}

/**
 * How many of a lattice's places in the box hold a piece, and how far the nearest pieces miss them in all;
 * `pieces` marks where pieces cross the middle, from `offset` px before the box.
 */
function piecesOnLattice(lattice: Lattice, pieces: Uint8Array, offset: number, across: number): { held: number; places: number; miss: number } {
  let held = 0;
  let places = 0;
  let miss = 0;
  for (let k = Math.ceil(-lattice.first / lattice.step); lattice.first + k * lattice.step < across; k++) {
    const place = lattice.first + k * lattice.step;
    places++;
    let nearest = Infinity;
    for (let o = Math.ceil(place - LATTICE_TOLERANCE); o <= place + LATTICE_TOLERANCE; o++) {
      if (pieces[o + offset] === 1) nearest = Math.min(nearest, Math.abs(o - place));
    }
    if (nearest === Infinity) continue;
    held++;
    miss += nearest;
  }
  return { held, places, miss };
}

/** Erases the thin pieces of line lying on the paper's lattice, at its tilt or next to it. */
function erasePiecesOnLattice(ink: GrayImage, view: InkAlong, lattice: Lattice): void {
  const erase: number[] = [];
  for (let rise = lattice.rise - 1; rise <= lattice.rise + 1; rise++) {
    const shift = view.shift(rise);
    const [from, to] = view.starts(rise);
    for (let start = from; start < to; start++) {
      if (onLattice(lattice, start + shift[view.middle]!) && view.holdsPiece(shift, start)) view.thinInk(shift, start, erase);
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

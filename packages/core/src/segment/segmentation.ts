// Candidate digits in a number's ink. Pieces of ink that belong together — touching, one
// over the other (a 5's flag, a 4's open top), close strokes no wider than a digit, a
// dotted pen's dots — form a blob. A blob as wide as one digit is one digit; a wider one
// may hold several touching digits: it is cut along the paths through the least ink, into
// each count of digits its width makes likely. The model then reads every candidate piece
// in one batch, and choose.ts keeps each blob's likeliest split.
import type { Component } from "../preprocess/components.js";
import { createGrayImage, type GrayImage } from "../preprocess/gray-image.js";
import { boxGap, defaultLocateOptions, union, type Box } from "../preprocess/locate.js";
import { estimateStrokeWidth, fitToMnist } from "../preprocess/mnist-fit.js";

/** Dots and bits of stroke closer than this (digit heights) make one mark: a dotted pen, a broken stroke. */
const FRAGMENT_GAP = 0.1;
/** A fragment this close (digit heights) to a digit's ink belongs to it: a 5's flag apart, a stroke's end. */
const ATTACH_GAP = 0.3;
/** Pieces lying over one another by this share of the narrower one's width are one blob… */
const STACKED_OVERLAP = 0.5;
/** … when no further apart up or down than this (digit heights). */
const STACKED_GAP = 0.5;
/** Pieces smaller than this on both sides (digit heights) are no digit alone: a dot, a flag, a speck. */
const FRAGMENT_SIZE = 0.3;
/** Blobs narrower than this (digit heights) hold one digit: single digits are rarely wider. */
const SPLIT_WIDTH = 0.95;
/** One digit is never wider than this (digit heights): a 5 with a long flag. */
const MAX_DIGIT_WIDTH = 1.7;
/** A piece of a split blob is at least this wide (digit heights): a narrow 1. */
const MIN_PIECE_WIDTH = 0.15;
/**
 * How wide a blob of k touching digits is, in digit heights: a lone digit's median
 * width, what each further digit adds, and the spread of one digit's width (k digits
 * spread √k times as much) — as numbers written with a handwriting rhythm from MNIST
 * digits measure. Most blobs are one digit; fewer the more digits touch.
 */
const DIGIT_WIDTH = 0.73;
const DIGIT_PITCH = 0.55;
const DIGIT_WIDTH_SPREAD = 0.19;
const COUNT_PRIOR = [0.92, 0.05, 0.02, 0.01];
/** Digit counts this much less likely (log) than the likeliest for the blob's width are not tried. */
const UNLIKELY_COUNT = 5;
/** Cuts are no closer than this to each other or to the blob's ends (digit heights). */
const MIN_CUT_SPACING = 0.15;
/** A cut may bend this far (digit heights) either way from where it starts, around slanted or overlapping strokes. */
const CUT_BEND = 0.25;
/** A cut through more ink than this (stroke widths) runs along a stroke, not between two digits. */
const MAX_CUT_INK = 3;
const MAX_CUTS_PER_BLOB = 8;
/** Splits tried for each number of digits a blob may hold. */
const SPLITS_PER_COUNT = 2;

export interface Candidate {
  /** The blob it is a piece of (blobs are numbered left to right). */
  readonly blob: number;
  readonly box: Box;
  /** The 28×28 MNIST-style input for the model. */
  readonly input: Float32Array;
}

/** One way to read a blob: as these candidates, left to right. */
export interface Split {
  readonly candidates: readonly number[];
  /** Its log-score before the model: the ink its cuts cross and how well its count fits the blob's width. */
  readonly score: number;
}

/** A blob of the number's ink and the ways to read it. */
export interface BlobReadings {
  /** Its ink's box in the working image. */
  readonly box: Box;
  /** Its width, in digit heights. */
  readonly width: number;
  /** Its height, in digit heights. */
  readonly height: number;
  readonly splits: readonly Split[];
}

export interface Segmentation {
  readonly candidates: readonly Candidate[];
  /** The blobs, left to right. */
  readonly blobs: readonly BlobReadings[];
  /**
   * Marks too small to be a digit, left out of every blob, in the blobs' rows: what the
   * camera kept of a digit it lost (a fine pen, a dim light), or a speck.
   */
  readonly strays: readonly Box[];
  readonly digitHeight: number;
  readonly strokeWidth: number;
}

export interface NumberPieces {
  /** The ink map (0…1) the pieces were found in. */
  readonly ink: GrayImage;
  /** Connected components of the number's ink. */
  readonly pieces: readonly Component[];
}

export interface SplitWeights {
  /** Log-score lost per stroke width of ink a cut runs through. */
  readonly cut: number;
  /** How much the blob's width counts for its number of digits (1: as measured). */
  readonly count: number;
}

export const defaultSplitWeights: SplitWeights = { cut: 0.3, count: 1 };

/** Log-likelihood of a blob `width` digit heights wide holding `k` digits (up to a constant). */
export function countScore(k: number, width: number): number {
  const mean = DIGIT_WIDTH + DIGIT_PITCH * (k - 1);
  const spread = DIGIT_WIDTH_SPREAD * Math.sqrt(k);
  const prior = COUNT_PRIOR[k - 1] ?? COUNT_PRIOR.at(-1)! / 2 ** (k - COUNT_PRIOR.length);
  return Math.log(prior) - ((width - mean) / spread) ** 2 / 2 - Math.log(spread);
}

/**
 * The candidates for the digits of the number whose ink is `pieces`. A blob narrower than
 * SPLIT_WIDTH is read whole, unless named in `cutNarrow` (by index, left to right): two digits
 * written over each other can be as narrow as one.
 */
export function segmentNumber({ ink, pieces }: NumberPieces, weights: SplitWeights = defaultSplitWeights, cutNarrow: ReadonlySet<number> = new Set()): Segmentation {
  const digitHeight = estimateDigitHeight(pieces);
  const mask = new Uint8Array(ink.width * ink.height);
  for (const c of pieces) for (const p of c.pixels) mask[p] = 1;
  const strokeWidth = Math.max(1, estimateStrokeWidth(mask, ink.width, ink.height));

  const candidates: Candidate[] = [];
  const splitsPerBlob: BlobReadings[] = [];
  const numberBlobs = blobs(pieces, digitHeight, ink.width);
  for (const blob of numberBlobs) {
    const b = splitsPerBlob.length;
    const width = (blob.box.maxX - blob.box.minX + 1) / digitHeight;
    const height = (blob.box.maxY - blob.box.minY + 1) / digitHeight;
    const all = concatPixels(blob.pixels);
    const { minX, minY, maxX, maxY } = blob.box;
    const readings = { box: { minX, minY, maxX, maxY }, width, height };
    if (width < SPLIT_WIDTH && !cutNarrow.has(b)) {
      candidates.push({ blob: b, box: blob.box, input: fitPiece(ink, all, blob.box) });
      splitsPerBlob.push({ ...readings, splits: [{ candidates: [candidates.length - 1], score: 0 }] });
      continue;
    }
    const cuts = findCuts(blob, ink.width, digitHeight, strokeWidth);
    const splits = chooseSplits(blob, cuts, digitHeight, strokeWidth, weights);
    // A piece between the same two cuts is the same candidate in every split that has it.
    const pieceIndex = new Map<string, number>();
    const blobSplits: Split[] = [];
    for (const split of splits) {
      const indices: number[] = [];
      for (let k = 0; k + 1 < split.bounds.length; k++) {
        const key = `${split.bounds[k]}:${split.bounds[k + 1]}`;
        let index = pieceIndex.get(key);
        if (index === undefined) {
          const left = split.bounds[k]! < 0 ? null : cuts[split.bounds[k]!]!.path;
          const right = split.bounds[k + 1]! >= cuts.length ? null : cuts[split.bounds[k + 1]!]!.path;
          const pixels = between(all, ink.width, blob.box.minY, left, right);
          if (pixels.length === 0) break;
          const box = boxOf(pixels, ink.width);
          candidates.push({ blob: b, box, input: fitPiece(ink, pixels, box) });
          index = candidates.length - 1;
          pieceIndex.set(key, index);
        }
        indices.push(index);
      }
      if (indices.length === split.bounds.length - 1) blobSplits.push({ candidates: indices, score: split.score });
    }
    if (blobSplits.length === 0) {
      candidates.push({ blob: b, box: blob.box, input: fitPiece(ink, all, blob.box) });
      blobSplits.push({ candidates: [candidates.length - 1], score: 0 });
    }
    splitsPerBlob.push({ ...readings, splits: blobSplits });
  }
  return { candidates, blobs: splitsPerBlob, strays: straysBeside(pieces, numberBlobs), digitHeight, strokeWidth };
}

/** A piece of the number's ink between two columns, as the digit model is to read it. */
export interface ColumnPiece {
  readonly box: Box;
  /** The 28×28 MNIST-style input for the model. */
  readonly input: Float32Array;
}

/** One way to cut out one digit's ink: between the `left`th cut at its left place and the `right`th at its right (-1 at the number's ends). */
export interface ColumnPieceOption extends ColumnPiece {
  readonly left: number;
  readonly right: number;
}

/** Where the number model says two digits part, the ink is also cut along the least ink from these offsets (digit heights). */
const COLUMN_CUT_OFFSETS = [-0.15, 0, 0.15];

/**
 * The ways to cut the number's ink into the digits another reader (the number model) read, given the working-image
 * columns `partsAt` where it says they part (left to right): at each place, straight down and along the paths through
 * the least ink from around it (bending round slanted and overlapping strokes, as the number's own cuts do). For each
 * digit, left to right, the ink of its blobs (specks left out) between each way to cut at its left place and each at
 * its right: pieces with no ink are left out.
 */
export function piecesAroundColumns({ ink, pieces }: NumberPieces, partsAt: readonly number[]): ColumnPieceOption[][] {
  const digitHeight = estimateDigitHeight(pieces);
  const numberBlobs = blobs(pieces, digitHeight, ink.width);
  if (numberBlobs.length === 0) return partsAt.map(() => []).concat([[]]);
  const all = concatPixels(numberBlobs.flatMap((b) => b.pixels));
  const box = boxOf(all, ink.width);
  const w = box.maxX - box.minX + 1;
  const h = box.maxY - box.minY + 1;
  const local = maskInBox([all], ink.width, box);
  const bend = Math.max(2, Math.round(CUT_BEND * digitHeight));
  const cutsAt = partsAt.map((at) => {
    const straight = new Int32Array(h).fill(Math.ceil(at));
    const paths = [straight];
    for (const offset of COLUMN_CUT_OFFSETS) {
      const x0 = Math.round(at + offset * digitHeight) - box.minX;
      if (x0 < 0 || x0 >= w) continue;
      const path = cheapestPath(local, w, h, x0, bend).path.map((v) => v + box.minX);
      if (!paths.some((q) => q.every((v, y) => v === path[y]))) paths.push(path);
    }
    return paths;
  });
  return Array.from({ length: partsAt.length + 1 }, (_, k) => {
    const lefts = k === 0 ? [null] : cutsAt[k - 1]!;
    const rights = k === partsAt.length ? [null] : cutsAt[k]!;
    const options: ColumnPieceOption[] = [];
    lefts.forEach((leftCut, left) => {
      rights.forEach((rightCut, right) => {
        const inside = between(all, ink.width, box.minY, leftCut, rightCut);
        if (inside.length === 0) return;
        const pieceBox = boxOf(inside, ink.width);
        options.push({ left: leftCut ? left : -1, right: rightCut ? right : -1, box: pieceBox, input: fitPiece(ink, inside, pieceBox) });
      });
    });
    return options;
  });
}

/** The pieces in no blob whose middle lies within the blobs' rows. */
function straysBeside(pieces: readonly Component[], numberBlobs: readonly Blob[]): Box[] {
  if (numberBlobs.length === 0) return [];
  const inBlobs = new Set(numberBlobs.flatMap((b) => b.pixels));
  const top = Math.min(...numberBlobs.map((b) => b.box.minY));
  const bottom = Math.max(...numberBlobs.map((b) => b.box.maxY));
  return pieces.filter((p) => !inBlobs.has(p.pixels) && (p.minY + p.maxY) / 2 >= top && (p.minY + p.maxY) / 2 <= bottom).map(({ minX, minY, maxX, maxY }) => ({ minX, minY, maxX, maxY }));
}

/**
 * A digit's height: the tallest column of pieces lying over one another (a
 * dotted pen's dots, a 5 and its flag), so a number's pieces need not be whole digits.
 */
export function estimateDigitHeight(pieces: readonly Component[]): number {
  const columns = groupLinked(
    pieces.map((c) => ({ box: c, members: [c] })),
    (a, b) => xOverlap(a, b) >= 0.5 * Math.min(a.maxX - a.minX + 1, b.maxX - b.minX + 1),
  );
  return Math.max(1, ...columns.map((c) => c.box.maxY - c.box.minY + 1));
}

export interface Blob {
  readonly box: Box;
  readonly pixels: readonly Int32Array[];
}

/**
 * The number's blobs, left to right: each piece of ink big enough to be a digit,
 * with the pieces lying over or under it (a 5's flag, a 4's open top); dots and
 * bits of stroke close together make one mark (a dotted pen), and what is still
 * small joins the nearest blob or, alone, is left out (a speck).
 */
export function blobs(pieces: readonly Component[], digitHeight: number, imageWidth: number): Blob[] {
  const small = (b: Box) => Math.max(b.maxX - b.minX + 1, b.maxY - b.minY + 1) < FRAGMENT_SIZE * digitHeight;
  const fragments = groupLinked(
    pieces.filter((c) => small(c)).map((c) => ({ box: c, members: [c] })),
    (a, b) => boxGap(a, b) <= FRAGMENT_GAP * digitHeight,
  );
  const marks = [...pieces.filter((c) => !small(c)).map((c) => ({ box: c as Box, members: [c] })), ...fragments.filter((f) => !small(f.box))];
  const ones = new Set(marks.filter((m) => m.members.length === 1 && isLoneStroke(m.members[0]!, imageWidth, digitHeight)).map((m) => m.box));
  const stacked = groupLinked(marks, (a, b) => {
    const dy = Math.max(0, a.minY - b.maxY, b.minY - a.maxY);
    if (xOverlap(a, b) >= STACKED_OVERLAP * Math.min(a.maxX - a.minX + 1, b.maxX - b.minX + 1) && dy <= STACKED_GAP * digitHeight) return true;
    // Strokes of one digit with a gap between (a 0 written in two arcs): close, and together no wider than a
    // digit — unless one is a straight upright stroke, a 1 written close to its neighbour.
    const joint = union(a, b);
    return boxGap(a, b) <= FRAGMENT_GAP * digitHeight && joint.maxX - joint.minX + 1 < SPLIT_WIDTH * digitHeight && !ones.has(a) && !ones.has(b);
  });
  for (const fragment of fragments.filter((f) => small(f.box))) {
    let nearest: (typeof stacked)[number] | null = null;
    for (const blob of stacked) if (!nearest || boxGap(fragment.box, blob.box) < boxGap(fragment.box, nearest.box)) nearest = blob;
    if (nearest && boxGap(fragment.box, nearest.box) <= ATTACH_GAP * digitHeight) {
      nearest.box = union(nearest.box, fragment.box);
      nearest.members.push(...fragment.members);
    }
  }
  return stacked.map(({ box, members }) => ({ box, pixels: members.map((c) => c.pixels) })).sort((a, b) => a.box.minX - b.box.minX);
}

/** A 1 is at least this tall (digit heights)… */
const ONE_HEIGHT = 0.65;
/** … no row of it, but for a few (a serif, a foot), spans more than this share of its height, however slanted… */
const ONE_ROW_SPAN = 0.3;
const ONE_WIDE_ROWS = 0.15;
/** … and its rows' middles lie this close to a straight line (root mean square, share of its height); an arc bows further. */
const ONE_STRAIGHTNESS = 0.04;

/** Whether a piece of ink is one straight upright stroke as tall as a digit: a 1, never part of another digit. */
export function isLoneStroke(piece: Component, imageWidth: number, digitHeight: number): boolean {
  const height = piece.maxY - piece.minY + 1;
  if (height < ONE_HEIGHT * digitHeight) return false;
  const left = new Float64Array(height).fill(Infinity);
  const right = new Float64Array(height).fill(-Infinity);
  for (const p of piece.pixels) {
    const row = Math.floor(p / imageWidth) - piece.minY;
    const x = p % imageWidth;
    left[row] = Math.min(left[row]!, x);
    right[row] = Math.max(right[row]!, x);
  }
  // Least squares line x = a + b·y through the rows' middles.
  let [n, wide, sy, sx, syy, sxy] = [0, 0, 0, 0, 0, 0];
  for (let y = 0; y < height; y++) {
    if (right[y]! < left[y]!) continue;
    const x = (left[y]! + right[y]!) / 2;
    if (right[y]! - left[y]! + 1 > ONE_ROW_SPAN * height) wide++;
    n++;
    sy += y;
    sx += x;
    syy += y * y;
    sxy += x * y;
  }
  if (wide > ONE_WIDE_ROWS * n) return false;
  const slope = (n * sxy - sx * sy) / Math.max(1e-9, n * syy - sy * sy);
  const intercept = (sx - slope * sy) / n;
  let squares = 0;
  for (let y = 0; y < height; y++) if (right[y]! >= left[y]!) squares += ((left[y]! + right[y]!) / 2 - intercept - slope * y) ** 2;
  return Math.sqrt(squares / n) <= ONE_STRAIGHTNESS * height;
}

function xOverlap(a: Box, b: Box): number {
  return Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX) + 1;
}

/** Groups of items linked (transitively) by `linked`, each with its members and their joint box. */
export function groupLinked<M>(items: readonly { readonly box: Box; readonly members: readonly M[] }[], linked: (a: Box, b: Box) => boolean): { box: Box; members: M[] }[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) if (linked(items[i]!.box, items[j]!.box)) parent[find(i)] = find(j);
  }
  const groups = new Map<number, { box: Box; members: M[] }>();
  items.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) {
      group.box = union(group.box, item.box);
      group.members.push(...item.members);
    } else {
      groups.set(root, { box: { ...item.box }, members: [...item.members] });
    }
  });
  return [...groups.values()];
}

interface Cut {
  /** Where the cut starts (image x): the low point of the ink's column profile it follows. */
  readonly x: number;
  /** For each row of the blob's box, the first column right of the cut (image x). */
  readonly path: Int32Array;
  /** Ink pixels the cut runs through. */
  readonly crossed: number;
}

/**
 * Where a blob may be cut: at the low points of its ink's column profile (the gap or
 * the thin junction between two digits), each followed top to bottom along the path
 * through the least ink, bending around slanted and overlapping strokes. Left to right.
 */
function findCuts(blob: Blob, imageWidth: number, digitHeight: number, strokeWidth: number): Cut[] {
  const { box } = blob;
  const w = box.maxX - box.minX + 1;
  const h = box.maxY - box.minY + 1;
  const local = maskInBox(blob.pixels, imageWidth, box);
  const profile = new Float32Array(w);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) profile[x]! += local[y * w + x]!;
  const smooth = profile.map((v, x) => (2 * v + (profile[x - 1] ?? v) + (profile[x + 1] ?? v)) / 4);

  const spacing = Math.max(2, Math.round(MIN_CUT_SPACING * digitHeight));
  const minima: number[] = [];
  for (let x = spacing; x < w - spacing; x++) {
    const v = smooth[x]!;
    if (v > smooth[x - 1]! || v > smooth[x + 1]!) continue;
    // On a flat bottom (a gap), keep its middle.
    let end = x;
    while (end + 1 < w - spacing && smooth[end + 1] === v) end++;
    minima.push(Math.round((x + end) / 2));
    x = end;
  }
  const bend = Math.max(2, Math.round(CUT_BEND * digitHeight));
  // Every low point is followed down; the cheapest few, apart from each other, are kept.
  const paths = minima
    .map((x0) => {
      const { path, crossed } = cheapestPath(local, w, h, x0, bend);
      // Where the cut lies: paths from neighbouring low points often settle in the same gap.
      const x = path.reduce((sum, v) => sum + v, 0) / h;
      return { x, path, crossed };
    })
    .filter((c) => c.crossed <= MAX_CUT_INK * strokeWidth && c.x >= spacing && c.x <= w - spacing);
  paths.sort((a, b) => a.crossed - b.crossed);
  const cuts: typeof paths = [];
  for (const c of paths) {
    if (cuts.length >= MAX_CUTS_PER_BLOB) break;
    if (cuts.every((k) => Math.abs(k.x - c.x) >= spacing)) cuts.push(c);
  }
  cuts.sort((a, b) => a.x - b.x);
  return cuts.map(({ x, path, crossed }) => ({ x: x + box.minX, path: path.map((v) => v + box.minX), crossed }));
}

/** A bitmap of `box` (row by row), 1 at the given pixels of the image (indices into an image `imageWidth` wide). */
function maskInBox(parts: readonly Int32Array[], imageWidth: number, box: Box): Uint8Array {
  const w = box.maxX - box.minX + 1;
  const local = new Uint8Array(w * (box.maxY - box.minY + 1));
  for (const pixels of parts) {
    for (const p of pixels) {
      const x = p % imageWidth;
      local[((p - x) / imageWidth - box.minY) * w + (x - box.minX)] = 1;
    }
  }
  return local;
}

/** The top-to-bottom path through the least ink, moving at most one column a row, within `bend` of x0. */
function cheapestPath(local: Uint8Array, w: number, h: number, x0: number, bend: number): { path: Int32Array; crossed: number } {
  const lo = Math.max(0, x0 - bend);
  const hi = Math.min(w - 1, x0 + bend);
  const span = hi - lo + 1;
  // Ink costs 1 a pixel; straying from x0 a little, so that among free paths the straight one wins.
  const stray = 0.01;
  const cost = new Float32Array(h * span);
  const from = new Int8Array(h * span);
  for (let y = 0; y < h; y++) {
    for (let i = 0; i < span; i++) {
      const x = lo + i;
      const own = local[y * w + x]! + stray * Math.abs(x - x0);
      if (y === 0) {
        cost[i] = own;
        continue;
      }
      let best = Infinity;
      let move = 0;
      for (let d = -1; d <= 1; d++) {
        const j = i + d;
        if (j < 0 || j >= span) continue;
        const c = cost[(y - 1) * span + j]! + (d === 0 ? 0 : stray);
        if (c < best) {
          best = c;
          move = d;
        }
      }
      cost[y * span + i] = best + own;
      from[y * span + i] = move;
    }
  }
  let end = 0;
  for (let i = 1; i < span; i++) if (cost[(h - 1) * span + i]! < cost[(h - 1) * span + end]!) end = i;
  const path = new Int32Array(h);
  let crossed = 0;
  for (let y = h - 1, i = end; y >= 0; y--) {
    path[y] = lo + i;
    crossed += local[y * w + lo + i]!;
    i += from[y * span + i]!;
  }
  return { path, crossed };
}

interface PlannedSplit {
  /** Cut indices bounding each piece: -1 the blob's left end, cuts.length its right end. */
  readonly bounds: readonly number[];
  readonly score: number;
}

/**
 * The splits worth reading: for each digit count near what the blob's width
 * suggests, the few sets of cuts that cross the least ink and leave pieces of
 * a digit's width.
 */
function chooseSplits(blob: Blob, cuts: readonly Cut[], digitHeight: number, strokeWidth: number, weights: SplitWeights): PlannedSplit[] {
  const left = blob.box.minX;
  const right = blob.box.maxX + 1;
  const width = (right - left) / digitHeight;
  // The likely counts, as far as the cuts found allow; one digit at least.
  const most = cuts.length + 1;
  const scoreOf = (k: number) => weights.count * countScore(k, width);
  const possible = Array.from({ length: most }, (_, i) => i + 1).filter((k) => (k > 1 || width <= MAX_DIGIT_WIDTH) && (k === 1 || width / k >= 2 * MIN_PIECE_WIDTH));
  const likeliest = Math.max(...possible.map(scoreOf));
  const counts = possible.filter((k) => scoreOf(k) >= likeliest - UNLIKELY_COUNT);
  if (counts.length === 0) counts.push(most);
  const countScoreOf = scoreOf;
  const planned: PlannedSplit[] = [];
  for (const k of counts) {
    if (k === 1) {
      planned.push({ bounds: [-1, cuts.length], score: countScoreOf(1) });
      continue;
    }
    const options: PlannedSplit[] = [];
    forEachSubset(cuts.length, k - 1, (chosen) => {
      let score = countScoreOf(k);
      let previous = left;
      for (const c of chosen) {
        score -= (weights.cut * cuts[c]!.crossed) / strokeWidth;
        if ((cuts[c]!.x - previous) / digitHeight < MIN_PIECE_WIDTH) return;
        previous = cuts[c]!.x;
      }
      if ((right - previous) / digitHeight < MIN_PIECE_WIDTH) return;
      options.push({ bounds: [-1, ...chosen, cuts.length], score });
    });
    options.sort((a, b) => b.score - a.score);
    planned.push(...options.slice(0, SPLITS_PER_COUNT));
  }
  // Cuts too close to the ends for any count tried: read it whole rather than not at all.
  if (planned.length === 0) planned.push({ bounds: [-1, cuts.length], score: countScoreOf(1) });
  return planned;
}

/** Calls `visit` with every increasing choice of `size` indices out of 0…n−1. */
function forEachSubset(n: number, size: number, visit: (chosen: readonly number[]) => void): void {
  const chosen: number[] = [];
  const walk = (from: number) => {
    if (chosen.length === size) {
      visit(chosen);
      return;
    }
    for (let i = from; i <= n - (size - chosen.length); i++) {
      chosen.push(i);
      walk(i + 1);
      chosen.pop();
    }
  };
  walk(0);
}

function concatPixels(parts: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** The pixels from the left cut's path (inclusive) to the right one's (exclusive), row by row from `top`: each path the first column right of it. */
function between(pixels: Int32Array, width: number, top: number, left: Int32Array | null, right: Int32Array | null): Int32Array {
  const out: number[] = [];
  for (const p of pixels) {
    const x = p % width;
    const row = (p - x) / width - top;
    const from = left ? left[row]! : -Infinity;
    const to = right ? Math.max(right[row]!, from) : Infinity;
    if (x >= from && x < to) out.push(p);
  }
  return Int32Array.from(out);
}

function boxOf(pixels: Int32Array, width: number): Box {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of pixels) {
    const x = p % width;
    const y = (p - x) / width;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/**
 * The piece's ink alone, fitted as MNIST was made: its own pixels and the
 * paper's soft edges around them, never a neighbouring piece's ink.
 */
function fitPiece(ink: GrayImage, pixels: Int32Array, box: Box): Float32Array {
  const margin = 2;
  const x0 = Math.max(0, box.minX - margin);
  const y0 = Math.max(0, box.minY - margin);
  const x1 = Math.min(ink.width - 1, box.maxX + margin);
  const y1 = Math.min(ink.height - 1, box.maxY + margin);
  const crop = createGrayImage(x1 - x0 + 1, y1 - y0 + 1);
  const mask = new Uint8Array(crop.width * crop.height);
  for (const p of pixels) {
    const x = p % ink.width;
    const y = (p - x) / ink.width;
    mask[(y - y0) * crop.width + (x - x0)] = 1;
  }
  // Soft edges (ink below the level) count; another piece's pixels above the level do not.
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const c = (y - y0) * crop.width + (x - x0);
      const v = ink.data[y * ink.width + x]!;
      crop.data[c] = mask[c] || v < defaultLocateOptions.inkLevel ? v : 0;
    }
  }
  return fitToMnist(crop, { minX: box.minX - x0, minY: box.minY - y0, maxX: box.maxX - x0, maxY: box.maxY - y0 }, mask);
}

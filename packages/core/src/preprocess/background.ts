import { createGrayImage, type GrayImage } from "./gray-image.js";
import { Scratch } from "./scratch.js";

/**
 * A smooth estimate of the paper (or slate) brightness under the ink, so that
 * shadows and uneven lighting do not read as ink. Each cell of a coarse grid
 * takes a quantile of its pixels — high for dark ink (the paper is the bright
 * majority), low for light ink — the grid is median-filtered against cells
 * that are mostly ink, then interpolated back to full size.
 */
export function estimateBackground(image: GrayImage, quantileOfCell: number, cellSize: number): GrayImage {
  const cols = Math.max(1, Math.round(image.width / cellSize));
  const rows = Math.max(1, Math.round(image.height / cellSize));
  const grid = new Float32Array(cols * rows);
  const cellW = image.width / cols;
  const cellH = image.height / rows;
  const scratch = new Float32Array(Math.ceil(cellW + 1) * Math.ceil(cellH + 1));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let n = 0;
      const y0 = Math.floor(r * cellH);
      const y1 = Math.floor((r + 1) * cellH);
      const x0 = Math.floor(c * cellW);
      const x1 = Math.floor((c + 1) * cellW);
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) scratch[n++] = image.data[y * image.width + x]!;
      const cell = scratch.subarray(0, n).sort(); // typed-array sort: numeric, no comparator
      grid[r * cols + c] = n > 0 ? cell[Math.round(quantileOfCell * (n - 1))]! : 0;
    }
  }
  const smoothed = medianFilter3x3(grid, cols, rows, Math.sign(quantileOfCell - 0.5));
  return interpolateGrid(smoothed, cols, rows, image.width, image.height);
}

function medianFilter3x3(grid: Float32Array, cols: number, rows: number, leanTowards: number): Float32Array {
  const out = new Float32Array(grid.length);
  const window = new Float32Array(9);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let n = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const rr = r + dr;
          const cc = c + dc;
          if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) window[n++] = grid[rr * cols + cc]!;
        }
      }
      // Even counts (edge cells) break the tie towards the paper, the same way the cell quantile leans,
      // so an inverted image gets exactly the inverted background.
      const sorted = window.subarray(0, n).sort();
      const middle = n % 2 ? n >> 1 : leanTowards > 0 ? n / 2 : leanTowards < 0 ? n / 2 - 1 : -1;
      out[r * cols + c] = middle >= 0 ? sorted[middle]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
    }
  }
  return out;
}

/** Bilinear interpolation between cell centres. */
function interpolateGrid(grid: Float32Array, cols: number, rows: number, width: number, height: number): GrayImage {
  const out = createGrayImage(width, height);
  for (let y = 0; y < height; y++) {
    const gy = Math.min(rows - 1, Math.max(0, ((y + 0.5) / height) * rows - 0.5));
    const r0 = Math.floor(gy);
    const r1 = Math.min(rows - 1, r0 + 1);
    const wy = gy - r0;
    for (let x = 0; x < width; x++) {
      const gx = Math.min(cols - 1, Math.max(0, ((x + 0.5) / width) * cols - 0.5));
      const c0 = Math.floor(gx);
      const c1 = Math.min(cols - 1, c0 + 1);
      const wx = gx - c0;
      const top = grid[r0 * cols + c0]! * (1 - wx) + grid[r0 * cols + c1]! * wx;
      const bottom = grid[r1 * cols + c0]! * (1 - wx) + grid[r1 * cols + c1]! * wx;
      out.data[y * width + x] = top * (1 - wy) + bottom * wy;
    }
  }
  return out;
}

/**
 * The paper under the ink by grey-level closing: for dark ink a max filter then a
 * min filter (for light ink the reverse) over a (2r+1)² square. Strokes narrower
 * than the square vanish into the paper around them, while a shadow's edge —
 * wider than any stroke — stays exactly where it is.
 */
export function closeOverInk(image: GrayImage, radius: number, darkInk: boolean): GrayImage {
  const { width, height } = image;
  // Every pass is a max along rows: a min is the max of the negated values, and the pass down the
  // columns runs along the rows of the transposed image.
  const a = passes.take(image.data.length);
  const b = transposed.take(image.data.length);
  const sign = darkInk ? 1 : -1;
  for (let i = 0; i < a.length; i++) a[i] = sign * image.data[i]!;
  maxAlongRows(a, width, height, radius, b);
  transpose(b, width, height, a);
  maxAlongRows(a, height, width, radius, b);
  negate(b);
  maxAlongRows(b, height, width, radius, a);
  transpose(a, height, width, b);
  maxAlongRows(b, width, height, radius, a);
  if (darkInk) negate(a);
  return { width, height, data: a.slice() };
}

const passes = new Scratch((n) => new Float32Array(n));
const transposed = new Scratch((n) => new Float32Array(n));
const paddedRows = new Scratch((n) => new Float32Array(n));
const maxFromStarts = new Scratch((n) => new Float32Array(n));
const maxFromEnds = new Scratch((n) => new Float32Array(n));

/**
 * Each row's max over a window of 2r+1, into `out`, by van Herk / Gil–Werman: a
 * running max from each block's start and end gives any window's max from two
 * values, three comparisons a pixel whatever r is.
 */
function maxAlongRows(src: Float32Array, width: number, height: number, radius: number, out: Float32Array): void {
  const window = 2 * radius + 1;
  const padded = width + 2 * radius;
  // The row with r values of −∞ at each end, which stay as they are from row to row.
  const line = paddedRows.take(padded).fill(-Infinity);
  const fromStart = maxFromStarts.take(padded);
  const fromEnd = maxFromEnds.take(padded);
  for (let y = 0; y < height; y++) {
    const base = y * width;
    line.set(src.subarray(base, base + width), radius);
    for (let blockStart = 0; blockStart < padded; blockStart += window) {
      const blockEnd = Math.min(blockStart + window, padded);
      let running = line[blockStart]!;
      fromStart[blockStart] = running;
      for (let k = blockStart + 1; k < blockEnd; k++) {
        const v = line[k]!;
        if (v > running) running = v;
        fromStart[k] = running;
      }
      running = line[blockEnd - 1]!;
      fromEnd[blockEnd - 1] = running;
      for (let k = blockEnd - 2; k >= blockStart; k--) {
        const v = line[k]!;
        if (v > running) running = v;
        fromEnd[k] = running;
      }
    }
    // The window of output p covers padded k = p … p + 2r.
    for (let p = 0; p < width; p++) {
      const a = fromEnd[p]!;
      const b = fromStart[p + 2 * radius]!;
      out[base + p] = a > b ? a : b;
    }
  }
}

function transpose(src: Float32Array, width: number, height: number, out: Float32Array): void {
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[x * height + y] = src[y * width + x]!;
}

function negate(values: Float32Array): void {
  for (let i = 0; i < values.length; i++) values[i] = -values[i]!;
}

import { createGrayImage, type GrayImage } from "./gray-image.js";

/**
 * Resamples to width×height. Shrinking averages each destination pixel's
 * source area (no aliasing, and it averages away sensor noise); growing
 * interpolates bilinearly.
 */
export function resize(src: GrayImage, width: number, height: number): GrayImage {
  if (width === src.width && height === src.height) return { ...src, data: src.data.slice() };
  const sx = src.width / width;
  const sy = src.height / height;
  if (sx >= 1 && sy >= 1) return shrinkByArea(src.data, src.width, src.height, width, height);
  const out = createGrayImage(width, height);
  for (let y = 0; y < height; y++) {
    const fy = Math.min(src.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(src.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(src.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(src.width - 1, x0 + 1);
      const wx = fx - x0;
      const top = src.data[y0 * src.width + x0]! * (1 - wx) + src.data[y0 * src.width + x1]! * wx;
      const bottom = src.data[y1 * src.width + x0]! * (1 - wx) + src.data[y1 * src.width + x1]! * wx;
      out.data[y * width + x] = top * (1 - wy) + bottom * wy;
    }
  }
  return out;
}

/**
 * Shrinks a sourceWidth × sourceHeight image (neither side smaller than the result's) to width × height,
 * each destination pixel the average of the source area it covers. `source` holds its rows one after
 * another — or, given `loadRow`, one row at a time: loadRow(y) puts row y into it before it is read (rows
 * in order; one shared by two destination rows, twice in a row). resize passes its image; cropToGrayShrunk
 * a row it fills with luma as the shrink reaches it.
 */
export function shrinkByArea(source: Float32Array, sourceWidth: number, sourceHeight: number, width: number, height: number, loadRow?: (y: number) => void): GrayImage {
  const sx = sourceWidth / width;
  const sy = sourceHeight / height;
  // Each destination column covers the same source columns, with the same weights, in every row: worked out once.
  const columns = areaCoverage(width, sx, sourceWidth);
  const out = createGrayImage(width, height);
  const sums = new Float64Array(width);
  for (let y = 0; y < height; y++) {
    const y0 = y * sy;
    const y1 = y0 + sy;
    sums.fill(0);
    for (let yy = Math.floor(y0); yy < Math.min(sourceHeight, Math.ceil(y1)); yy++) {
      loadRow?.(yy);
      const row = loadRow ? 0 : yy * sourceWidth;
      const wy = Math.min(y1, yy + 1) - Math.max(y0, yy);
      for (let x = 0; x < width; x++) {
        const from = row + columns.first[x]!;
        const weights = columns.weights[x]!;
        let sum = sums[x]!;
        for (let k = 0; k < weights.length; k++) sum += source[from + k]! * weights[k]! * wy;
        sums[x] = sum;
      }
    }
    for (let x = 0; x < width; x++) out.data[y * width + x] = sums[x]! / (sx * sy);
  }
  return out;
}

/** For each of `count` destination pixels `scale` source pixels wide: the first source pixel it covers, and how much of each. */
function areaCoverage(count: number, scale: number, sourceCount: number): { first: Int32Array; weights: Float64Array[] } {
  const first = new Int32Array(count);
  const weights: Float64Array[] = [];
  for (let i = 0; i < count; i++) {
    const start = i * scale;
    const end = start + scale;
    first[i] = Math.floor(start);
    const last = Math.min(sourceCount, Math.ceil(end));
    const w = new Float64Array(Math.max(0, last - first[i]!));
    for (let s = first[i]!; s < last; s++) w[s - first[i]!] = Math.min(end, s + 1) - Math.max(start, s);
    weights.push(w);
  }
  return { first, weights };
}

/** Scales so the longer side is `longSide`, keeping the aspect ratio. */
export function resizeLongSide(src: GrayImage, longSide: number): GrayImage {
  const { width, height } = longSideSize(src.width, src.height, longSide);
  return resize(src, width, height);
}

/** The size resizeLongSide gives an image of this size. */
export function longSideSize(width: number, height: number, longSide: number): { width: number; height: number } {
  const scale = longSide / Math.max(width, height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

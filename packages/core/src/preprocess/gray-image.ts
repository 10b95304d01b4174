/** A single-channel image, row-major, values 0 (black) … 1 (white) unless stated otherwise. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Float32Array;
}

/** The pixel layout of ImageData, without requiring the DOM type (works in Node). */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray | Uint8Array;
}

export function createGrayImage(width: number, height: number, fill = 0): GrayImage {
  const data = new Float32Array(width * height);
  if (fill !== 0) data.fill(fill);
  return { width, height, data };
}

/**
 * The q-quantile (0…1) of values, from a 1024-bin histogram between their min
 * and max: linear time, and within 1/1024 of the range — plenty for
 * thresholds, and fast enough to run several times per camera frame.
 */
export function quantile(values: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) return 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (max === min) return min;
  const bins = 1024;
  const histogram = new Uint32Array(bins);
  const scale = (bins - 1) / (max - min);
  for (let i = 0; i < n; i++) histogram[((values[i]! - min) * scale + 0.5) | 0]!++;
  const rank = Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))));
  let seen = 0;
  for (let b = 0; b < bins; b++) {
    seen += histogram[b]!;
    if (seen > rank) return min + b / scale;
  }
  return max;
}

// Renders what a camera sees inside the box: a sheet (paper or slate, plain, lined
// or squared, textured), marks on it (a digit, letters, smudges), a hand, the light
// on it, then the camera's blur, noise and JPEG. Colours are reflectances 0…1; the
// frame is 640×480 RGBA with the box where the apps put it by default.
import { centredSquareRoi, type RgbaImage, type Roi } from "@livedigits/core";
import type { Random } from "@livedigits/core/synthetic";
import jpeg from "jpeg-js";

export const FRAME_WIDTH = 640;
export const FRAME_HEIGHT = 480;
/** The apps' default box on a 640×480 camera: a centred square, 40% of the height. */
export const BOX: Roi = centredSquareRoi(FRAME_WIDTH, FRAME_HEIGHT);
/**
 * The scene is rendered over the box and this margin around it: past the box's
 * edge as far as LiveDigits looks to tell a digit grazing the box from one cut by it.
 */
const MARGIN = 56;

/** Where the scene lies in the frame: the box, and the region rendered around it (the box and the margin, inside the frame). */
export interface SceneLayout {
  readonly box: Roi;
  readonly region: Roi;
}

/** The layout of a scene around any box (a number's wide box, say): the region reaches the margin past it, within the frame. */
export function sceneLayout(box: Roi): SceneLayout {
  const x = Math.max(0, box.x - MARGIN);
  const y = Math.max(0, box.y - MARGIN);
  const region = { x, y, width: Math.min(FRAME_WIDTH, box.x + box.width + MARGIN) - x, height: Math.min(FRAME_HEIGHT, box.y + box.height + MARGIN) - y };
  return { box, region };
}

const SQUARE_LAYOUT = sceneLayout(BOX);
const REGION = SQUARE_LAYOUT.region;

export type Rgb = readonly [number, number, number];

export interface Sheet {
  readonly paper: Rgb;
  /** Paper grain: amplitude of low-frequency brightness variation. */
  readonly texture: number;
  readonly rule: "plain" | "lined" | "squared";
  /** Light-on-dark: a slate or blackboard. Paper, ink and lines are then 1 − their colour. */
  readonly lightOnDark: boolean;
}

export interface Lighting {
  /** Overall exposure (1 = white paper near 255). */
  readonly exposure: number;
  /** Brightness change across the box, e.g. 0.4 for ±20%, along `angle` (radians). */
  readonly gradient: number;
  readonly angle: number;
  /** A shadow edge across the box: `depth` is the light left in the shadow. */
  readonly shadow: { readonly angle: number; readonly offset: number; readonly depth: number } | null;
}

export interface Camera {
  /** Gaussian blur σ in pixels. */
  readonly blur: number;
  /** Sensor noise σ on 0…1. */
  readonly noise: number;
  readonly jpegQuality: number | null;
}

/** A mark layer on the region grid: ink coverage 0…1 and its colour. */
export interface Marks {
  readonly coverage: Float32Array;
  readonly ink: Rgb;
}

/** Something opaque in front of the sheet (a hand, a sleeve): coverage and colour per pixel. */
export interface Overlay {
  readonly coverage: Float32Array;
  readonly colour: Rgb;
  /** Per pixel, how lit the colour is (shading, folds, weave); 1 where absent. */
  readonly shade?: Float32Array;
}

export const REGION_SIZE = { width: REGION.width, height: REGION.height } as const;
/** Box side and box origin in region pixels, for placing marks. */
export const BOX_IN_REGION = { x: MARGIN, y: MARGIN, side: BOX.width } as const;

/** Marks and overlay are on the layout's region grid (by default the square box's, REGION_SIZE). */
export function renderFrame(
  sheet: Sheet,
  marks: readonly Marks[],
  lighting: Lighting,
  camera: Camera,
  random: Random,
  overlay: Overlay | null = null,
  layout: SceneLayout = SQUARE_LAYOUT,
): RgbaImage {
  const { width, height } = layout.region;
  const n = width * height;
  const rgb = new Float32Array(n * 3);
  const texture = sheet.texture > 0 ? smoothNoise(width, height, 12, sheet.texture, random) : null;
  const lines = ruleLines(sheet.rule, random, layout);
  const lineColour: Rgb = [0.55, 0.68, 0.9];
  for (let c = 0; c < 3; c++) {
    const paper = sheet.paper[c]!;
    const ruled = lineColour[c]! * paper;
    for (let i = 0; i < n; i++) {
      let v = texture ? paper * (1 + texture[i]!) : paper;
      if (lines) v += (ruled - v) * lines[i]!;
      rgb[i * 3 + c] = v;
    }
    for (const mark of marks) {
      const ink = mark.ink[c]!;
      const coverage = mark.coverage;
      for (let i = 0; i < n; i++) {
        const v = rgb[i * 3 + c]!;
        rgb[i * 3 + c] = v + (ink - v) * coverage[i]!;
      }
    }
  }
  if (sheet.lightOnDark) for (let i = 0; i < rgb.length; i++) rgb[i] = 1 - rgb[i]!;
  if (overlay) {
    for (let i = 0; i < n; i++) {
      const a = overlay.coverage[i]!;
      const lit = overlay.shade ? overlay.shade[i]! : 1;
      if (a > 0) for (let c = 0; c < 3; c++) rgb[i * 3 + c] = rgb[i * 3 + c]! * (1 - a) + overlay.colour[c]! * lit * a;
    }
  }
  light(rgb, lighting, layout);
  if (camera.blur > 0) gaussianBlur(rgb, width, height, camera.blur);
  const bytes = new Uint8ClampedArray(n * 4);
  // Sum of three uniforms: near-Gaussian noise at a fraction of the cost of Box–Muller.
  const grain = camera.noise * 2 * 255;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 3; c++) bytes[i * 4 + c] = rgb[i * 3 + c]! * 255 + grain * (random.next() + random.next() + random.next() - 1.5);
    bytes[i * 4 + 3] = 255;
  }
  const region = camera.jpegQuality === null ? bytes : jpegRoundTrip(bytes, width, height, camera.jpegQuality);
  return placeInFrame(region, sheet, lighting, layout.region);
}

function placeInFrame(region: Uint8ClampedArray | Uint8Array, sheet: Sheet, lighting: Lighting, at: Roi): RgbaImage {
  const data = new Uint8ClampedArray(FRAME_WIDTH * FRAME_HEIGHT * 4);
  // Outside the region: the sheet's plain colour (nobody reads there).
  const fill = sheet.paper.map((v) => (sheet.lightOnDark ? 1 - v : v) * lighting.exposure * 255);
  const pixels = new Uint32Array(data.buffer);
  pixels.fill(new Uint32Array(Uint8ClampedArray.from([fill[0]!, fill[1]!, fill[2]!, 255]).buffer)[0]!);
  for (let y = 0; y < at.height; y++) {
    data.set(region.subarray(y * at.width * 4, (y + 1) * at.width * 4), ((at.y + y) * FRAME_WIDTH + at.x) * 4);
  }
  return { width: FRAME_WIDTH, height: FRAME_HEIGHT, data };
}

function light(rgb: Float32Array, lighting: Lighting, { box, region }: SceneLayout): void {
  const { width, height } = region;
  const [boxX, boxY] = [box.x - region.x, box.y - region.y];
  const [gx, gy] = [Math.cos(lighting.angle), Math.sin(lighting.angle)];
  const shadow = lighting.shadow;
  const [sx, sy] = shadow ? [Math.cos(shadow.angle), Math.sin(shadow.angle)] : [0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Position relative to the box centre, in box widths and heights.
      const u = (x - boxX) / box.width - 0.5;
      const v = (y - boxY) / box.height - 0.5;
      let l = lighting.exposure * (1 + lighting.gradient * (u * gx + v * gy));
      // A soft shadow edge, a few pixels wide.
      if (shadow) l *= 1 - (1 - shadow.depth) * clamp01(0.5 + (u * sx + v * sy - shadow.offset) * 25);
      const i = (y * width + x) * 3;
      rgb[i] = rgb[i]! * l;
      rgb[i + 1] = rgb[i + 1]! * l;
      rgb[i + 2] = rgb[i + 2]! * l;
    }
  }
}

/** Ruled lines every ~9% of the box's height (lined) or a ~16% grid (squared), about 1.5 px wide; null for plain. */
function ruleLines(rule: Sheet["rule"], random: Random, { box, region }: SceneLayout): Float32Array | null {
  if (rule === "plain") return null;
  const { width, height } = region;
  const spacing = box.height * (rule === "lined" ? random.uniform(0.085, 0.11) : random.uniform(0.13, 0.18));
  const strength = random.uniform(0.6, 1);
  const rows = lineProfile(height, spacing, random.uniform(0, spacing), strength);
  const columns = rule === "squared" ? lineProfile(width, spacing, random.uniform(0, spacing), strength) : new Float32Array(width);
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[y * width + x] = Math.max(rows[y]!, columns[x]!);
  return out;
}

function lineProfile(length: number, spacing: number, phase: number, strength: number): Float32Array {
  return Float32Array.from({ length }, (_, p) => {
    const d = Math.abs((((p + phase) % spacing) + spacing) % spacing - spacing / 2);
    return clamp01(1.25 - d) * strength;
  });
}

/** Low-frequency noise: random values on a coarse grid, interpolated. */
export function smoothNoise(width: number, height: number, cell: number, amplitude: number, random: Random): Float32Array {
  const gw = Math.ceil(width / cell) + 2;
  const gh = Math.ceil(height / cell) + 2;
  const grid = Float32Array.from({ length: gw * gh }, () => random.uniform(-amplitude, amplitude));
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const fy = y / cell;
    const y0 = Math.floor(fy);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = x / cell;
      const x0 = Math.floor(fx);
      const wx = fx - x0;
      const top = grid[y0 * gw + x0]! * (1 - wx) + grid[y0 * gw + x0 + 1]! * wx;
      const bottom = grid[(y0 + 1) * gw + x0]! * (1 - wx) + grid[(y0 + 1) * gw + x0 + 1]! * wx;
      out[y * width + x] = top * (1 - wy) + bottom * wy;
    }
  }
  return out;
}

function gaussianBlur(rgb: Float32Array, width: number, height: number, sigma: number): void {
  const radius = Math.ceil(sigma * 2.5);
  const kernel = Float32Array.from({ length: 2 * radius + 1 }, (_, k) => Math.exp(-((k - radius) ** 2) / (2 * sigma * sigma)));
  const total = kernel.reduce((a, b) => a + b, 0);
  for (let k = 0; k < kernel.length; k++) kernel[k] = kernel[k]! / total;
  const tmp = new Float32Array(rgb.length);
  blurPass(rgb, tmp, width, height, kernel, radius, 3, width * 3);
  blurPass(tmp, rgb, height, width, kernel, radius, width * 3, 3);
}

/** One 1-D pass: along lines of `length` pixels spaced `lineStride` apart, pixels `step` apart. */
function blurPass(src: Float32Array, dst: Float32Array, length: number, lines: number, kernel: Float32Array, radius: number, step: number, lineStride: number): void {
  for (let line = 0; line < lines; line++) {
    const base = line * lineStride;
    for (let p = 0; p < length; p++) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let k = -radius; k <= radius; k++) {
          const q = Math.min(length - 1, Math.max(0, p + k));
          sum += src[base + q * step + c]! * kernel[k + radius]!;
        }
        dst[base + p * step + c] = sum;
      }
    }
  }
}

function jpegRoundTrip(rgba: Uint8ClampedArray, width: number, height: number, quality: number): Uint8Array {
  const encoded = jpeg.encode({ data: Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), width, height }, quality);
  return new Uint8Array(jpeg.decode(encoded.data, { useTArray: true, formatAsRGBA: true }).data);
}

export function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

// The reading box as the user sees it: fractions of the video (0…1), so it stays
// put when the camera's resolution changes, and converts to frame pixels per read.
// Core's `Roi` is in pixels; the two have the same fields, so the share box carries a
// brand that only this module gives: a pixel box cannot be passed for a share box.
import { centredSquareRoi, type Roi } from "@livedigits/core";
import type { FrameRegion } from "./frame-region.js";

declare const shareOfFrame: unique symbol;

/** A box relative to the frame: x and width in shares of its width, y and height of its height; inside the frame. */
export interface NormalisedRoi {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly [shareOfFrame]: true;
}

/** A box in shares of the frame, from numbers: throws a RangeError unless it lies inside the frame (see isValidRoi). */
export function normalisedRoi(box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number }): NormalisedRoi {
  const roi = { x: box.x, y: box.y, width: box.width, height: box.height };
  if (!isValidRoi(roi)) throw new RangeError(`${formatRoi(roi as NormalisedRoi)} is not a box inside the frame (x,y,width,height as shares of it).`);
  return roi;
}

/** Marks numbers the geometry below has kept inside the frame. */
function shares(x: number, y: number, width: number, height: number): NormalisedRoi {
  return { x, y, width, height } as NormalisedRoi;
}

/** Smallest side, as a share of the frame: a smaller box could not hold a legible digit. */
export const MIN_ROI_SIZE = 0.05;

/** Which edges a resize handle moves: n(orth) is the top edge, w(est) the left one. */
export type RoiHandle = "n" | "s" | "e" | "w" | "ne" | "nw" | "se" | "sw";
export const ROI_HANDLES: readonly RoiHandle[] = ["nw", "n", "ne", "e", "se", "s", "sw", "w"];

/** How much wider than tall the default box is where a number is read: room for a short number, e.g. a year. */
export const NUMBER_BOX_ASPECT = 2;

/**
 * The default box, centred. For one digit at a time (`maxDigits` 1) the square @livedigits/core
 * defaults to, 40% of the short side; for numbers as tall, and NUMBER_BOX_ASPECT times as wide (80%
 * of the short side, so always inside the frame): a short number fits, and a digit held where the
 * square was still lies inside it.
 */
export function defaultRoi(frameWidth: number, frameHeight: number, maxDigits = 1): NormalisedRoi {
  if (!(frameWidth > 0 && frameHeight > 0)) return maxDigits > 1 ? shares(0.2, 0.3, 0.6, 0.4) : shares(0.3, 0.3, 0.4, 0.4);
  const square = centredSquareRoi(frameWidth, frameHeight);
  const width = maxDigits > 1 ? square.height * NUMBER_BOX_ASPECT : square.width;
  const x = Math.round((frameWidth - width) / 2);
  return shares(x / frameWidth, square.y / frameHeight, width / frameWidth, square.height / frameHeight);
}

/**
 * The box in whole frame pixels: the one conversion from shares to pixels. Rounding may
 * run it a pixel past the frame's edge, which the reader's clamp (core's, the only one) trims.
 */
export function toFrameRoi(roi: NormalisedRoi, frameWidth: number, frameHeight: number): Roi {
  return {
    x: Math.round(roi.x * frameWidth),
    y: Math.round(roi.y * frameHeight),
    width: Math.round(roi.width * frameWidth),
    height: Math.round(roi.height * frameHeight),
  };
}

/**
 * A box in frame pixels as shares of the frame, kept inside it: the one conversion back,
 * for what the reader reports (the box it read, the digit's ink) to be drawn or adopted.
 */
export function fromFrameRoi(roi: Roi, frameWidth: number, frameHeight: number): NormalisedRoi {
  const x = clamp(roi.x / frameWidth, 0, 1);
  const y = clamp(roi.y / frameHeight, 0, 1);
  return shares(x, y, clamp(roi.width / frameWidth, 0, 1 - x), clamp(roi.height / frameHeight, 0, 1 - y));
}

/**
 * Where to read, in shares of the frame (FrameRegion in pixels): a box as it is, "auto" to
 * find the digit anywhere in the frame, or a box and the area to search where it holds no digit.
 */
export type NormalisedRegion = NormalisedRoi | "auto" | { readonly box: NormalisedRoi; readonly searchIfRefused: NormalisedRoi };

/** The region in frame pixels, for the reader. */
export function toFrameRegion(region: NormalisedRegion, frameWidth: number, frameHeight: number): FrameRegion {
  if (region === "auto") return "auto";
  if ("searchIfRefused" in region) {
    return { box: toFrameRoi(region.box, frameWidth, frameHeight), searchIfRefused: toFrameRoi(region.searchIfRefused, frameWidth, frameHeight) };
  }
  return toFrameRoi(region, frameWidth, frameHeight);
}

/**
 * The area around a box where a digit is looked for: the box grown by `margin` of its own
 * width and height on each side, stopping at the frame's edges.
 */
export function searchAreaAround(box: NormalisedRoi, margin: number): NormalisedRoi {
  if (!(margin >= 0 && Number.isFinite(margin))) throw new RangeError(`The search margin is a share of the box (0 or more), got ${String(margin)}.`);
  const dx = box.width * margin;
  const dy = box.height * margin;
  const x = Math.max(0, box.x - dx);
  const y = Math.max(0, box.y - dy);
  return shares(x, y, Math.min(1, box.x + box.width + dx) - x, Math.min(1, box.y + box.height + dy) - y);
}

/** Moves the box by (dx, dy), stopping at the frame's edges; its size never changes. */
export function moveRoi(roi: NormalisedRoi, dx: number, dy: number): NormalisedRoi {
  return shares(clamp(roi.x + dx, 0, 1 - roi.width), clamp(roi.y + dy, 0, 1 - roi.height), roi.width, roi.height);
}

/**
 * Moves the edges a handle names by (dx, dy); the opposite edges stay where
 * they are. Edges stop at the frame and at the minimum size.
 */
export function resizeRoi(roi: NormalisedRoi, handle: RoiHandle, dx: number, dy: number, minSize = MIN_ROI_SIZE): NormalisedRoi {
  let { x, y, width, height } = roi;
  if (handle.includes("w")) {
    const right = x + width;
    x = clamp(x + dx, 0, right - minSize);
    width = right - x;
  } else if (handle.includes("e")) {
    width = clamp(width + dx, minSize, 1 - x);
  }
  if (handle.includes("n")) {
    const bottom = y + height;
    y = clamp(y + dy, 0, bottom - minSize);
    height = bottom - y;
  } else if (handle.includes("s")) {
    height = clamp(height + dy, minSize, 1 - y);
  }
  return shares(x, y, width, height);
}

/** The same box seen in a left-right mirrored picture (its own inverse). */
export function mirrorRoi(roi: NormalisedRoi): NormalisedRoi {
  return shares(1 - roi.x - roi.width, roi.y, roi.width, roi.height);
}

/** Parses "x,y,width,height" (shares of the frame); null unless it is a box inside the frame. */
export function parseRoi(text: string): NormalisedRoi | null {
  const parts = text.split(",").map((part) => part.trim());
  if (parts.length !== 4 || parts.some((part) => part === "")) return null;
  const [x, y, width, height] = parts.map(Number) as [number, number, number, number];
  const roi = { x, y, width, height };
  return isValidRoi(roi) ? roi : null;
}

export function formatRoi(roi: Pick<NormalisedRoi, "x" | "y" | "width" | "height">): string {
  return [roi.x, roi.y, roi.width, roi.height].map((v) => String(Number(v.toFixed(4)))).join(",");
}

/** A box with finite coordinates, at least the minimum size, wholly inside the frame (with rounding slack): how saved and linked boxes get in. */
export function isValidRoi(value: unknown): value is NormalisedRoi {
  if (typeof value !== "object" || value === null) return false;
  const { x, y, width, height } = value as Record<string, unknown>;
  if (![x, y, width, height].every((v) => typeof v === "number" && Number.isFinite(v))) return false;
  const box = value as NormalisedRoi;
  const slack = 1e-6;
  return (
    box.x >= 0 &&
    box.y >= 0 &&
    box.width >= MIN_ROI_SIZE - slack &&
    box.height >= MIN_ROI_SIZE - slack &&
    box.x + box.width <= 1 + slack &&
    box.y + box.height <= 1 + slack
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

// Where in the frame the digit is read: the box as given, with a look past its edges
// so a fragment is never read as a digit, or a box fitted to the digit found in a
// larger area (a whole photo, or the box grown by a margin).
import { frameSize, frameToGray, readableFrameSize, type Frame } from "./frame.js";
import { findDigit, SEARCH_SIZE, type FoundDigit } from "./preprocess/auto-frame.js";
import { defaultLocateOptions, isCutByEdge, type NoDigitReason } from "./preprocess/locate.js";
import { checkOverflow, SURROUND_MARGIN, surroundPlacement, type Side } from "./preprocess/overflow.js";
import type { GrayImage } from "./preprocess/gray-image.js";
import type { Polarity } from "./preprocess/polarity.js";
import { CLOSING_RADIUS, preprocess, WORKING_SIZE, type DigitFound, type PolarityOption } from "./preprocess/preprocess.js";
import { longSideSize } from "./preprocess/resize.js";
import { clampToFrame, defaultBox, type Roi } from "./preprocess/roi.js";
import { findNumber } from "./segment/find-number.js";
import { findNumberInk, numberWorkingSize, type NumberInk } from "./segment/number-ink.js";

/**
 * Where to read: a box in frame pixels; "auto" to find the digit anywhere in
 * the frame (a photo: its edges were chosen by the person who took it); or
 * `{ searchIn }` to find it within a larger area of a camera's frame, where a
 * digit reaching the frame's edge is one the camera's view cuts.
 */
export type ReadRegion = Roi | "auto" | { readonly searchIn: Roi };

/** Ink continuing past an edge by more than this share of the box's short side is more of the mark. */
const OVERFLOW_DEPTH = 0.08;
/** A fitted box that turns out to cut the digit grows this share of its side towards the cut, a few times at most. */
const GROWTH = 0.4;
const MAX_GROWTH_STEPS = 3;

export type FramedResult = {
  /** The box that was read, in frame pixels (for a search: the one fitted to the digit). */
  readonly box: Roi;
  readonly polarity: Polarity;
} & (
  | { readonly state: "digit"; readonly modelInput: Float32Array; readonly inkBox: Roi }
  | { readonly state: "no-digit"; readonly reason: NoDigitReason; readonly overflow?: readonly Side[] }
);

/** A number's ink taken out of the frame for segmenting, or why there is none to take. */
export type FramedNumber = {
  readonly box: Roi;
  readonly polarity: Polarity;
} & (
  | {
      readonly state: "number";
      readonly number: NumberInk;
      /** The number's ink in frame pixels. */
      readonly inkBox: Roi;
      /** Frame pixels per pixel of the number's working image (whose origin is the box's). */
      readonly scale: number;
    }
  | { readonly state: "no-digit"; readonly reason: NoDigitReason; readonly overflow?: readonly Side[] }
);

type Refusal = { readonly state: "no-digit"; readonly reason: NoDigitReason; readonly overflow?: readonly Side[] };

/** Takes the digit out of the frame for the model, or says why there is none to take. */
export function frameDigit(frame: Frame, region: ReadRegion | undefined, polarity: PolarityOption): FramedResult {
  return frameRegion(frame, region, polarity, readBox, findDigit);
}

/**
 * Takes the ink of a number (one digit or more) out of the frame, or says why there is
 * none: the same box, search and look past the edges as for one digit, for the number's
 * ink as a whole.
 */
export function frameNumber(frame: Frame, region: ReadRegion | undefined, polarity: PolarityOption): FramedNumber {
  return frameRegion(frame, region, polarity, readNumberBox, findNumber);
}

type BoxReader<R> = (frame: Frame, box: Roi, polarity: PolarityOption, frameEdgeCuts: boolean) => R;
/** Finds what to read in a search image, and the box around it in that image's pixels. */
type Finder = (gray: GrayImage, polarity: PolarityOption) => FoundDigit | null;

function frameRegion<R extends { readonly state: string }>(
  frame: Frame,
  region: ReadRegion | undefined,
  polarity: PolarityOption,
  read: BoxReader<R | (Refusal & { box: Roi; polarity: Polarity })>,
  find: Finder,
): R | (Refusal & { box: Roi; polarity: Polarity }) {
  const { width, height } = readableFrameSize(frame);
  if (region === "auto" || (region !== undefined && "searchIn" in region)) {
    const area = clampToFrame(region === "auto" ? { x: 0, y: 0, width, height } : region.searchIn, width, height);
    return searchAndRead(frame, area, polarity, region !== "auto", read, find);
  }
  return read(frame, clampToFrame(region ?? defaultBox(width, height), width, height), polarity, false);
}

function searchAndRead<R>(
  frame: Frame,
  area: Roi,
  polarity: PolarityOption,
  frameEdgeCuts: boolean,
  read: BoxReader<R | (Refusal & { box: Roi; polarity: Polarity })>,
  find: Finder,
): R | (Refusal & { box: Roi; polarity: Polarity }) {
  const gray = frameToGray(frame, area, SEARCH_SIZE);
  const found = find(gray, polarity);
  if (!found) return { state: "no-digit", reason: "empty", box: area, polarity: polarity === "auto" ? "dark-on-light" : polarity };
  const { width, height } = frameSize(frame);
  const scale = area.width / gray.width;
  let box = clampToFrame(
    { x: area.x + found.box.x * scale, y: area.y + found.box.y * scale, width: found.box.width * scale, height: found.box.height * scale },
    width,
    height,
  );
  let result = read(frame, box, found.polarity, frameEdgeCuts);
  // The search saw the digit small; a part it missed (a faint stroke, a long tail) shows as overflow.
  for (let step = 0; step < MAX_GROWTH_STEPS && isOverflow(result); step++) {
    const grown = growTowards(box, result.overflow, GROWTH);
    box = clampToFrame(grown, width, height);
    result = read(frame, box, found.polarity, frameEdgeCuts);
  }
  return result;
}

function isOverflow(result: unknown): result is Refusal & { readonly overflow: readonly Side[] } {
  const refusal = result as Partial<Refusal>;
  return refusal.state === "no-digit" && refusal.overflow !== undefined;
}

/** `frameEdgeCuts`: a digit reaching the frame's edge is cut by it, rather than judged by its span. */
function readBox(frame: Frame, box: Roi, polarityOption: PolarityOption, frameEdgeCuts: boolean): FramedResult {
  // Drawn at twice the working size and shrunk to it (in one pass with the grayscale), as preprocess would.
  const prepared = preprocess(frameToGray(frame, box, 2 * WORKING_SIZE, (w, h) => longSideSize(w, h, WORKING_SIZE)), { polarity: polarityOption, edgesJudgedOutside: true });
  const { polarity } = prepared;
  if (prepared.state === "no-digit") return { state: "no-digit", reason: prepared.reason, box, polarity };
  const { found } = prepared;
  const refusal = judgeEdges(frame, box, found, polarity, frameEdgeCuts, CLOSING_RADIUS);
  if (refusal) return { ...refusal, box, polarity };
  return { state: "digit", modelInput: prepared.modelInput, inkBox: inkBoxInFrame(box, found), box, polarity };
}

/** A number's box: its ink as a whole is judged at the box's edges as one digit's is. */
function readNumberBox(frame: Frame, box: Roi, polarityOption: PolarityOption, frameEdgeCuts: boolean): FramedNumber {
  const size = numberWorkingSize(box.width, box.height);
  // Drawn at twice the working size, then shrunk to it by averaging (in one pass with the grayscale).
  const prepared = findNumberInk(frameToGray(frame, box, 2 * Math.max(size.width, size.height), numberWorkingSize), {
    polarity: polarityOption,
    edgesJudgedOutside: true,
    shrunkToWorkingSize: true,
  });
  const { polarity } = prepared;
  if (prepared.state === "no-digit") return { state: "no-digit", reason: prepared.reason, box, polarity };
  const { found } = prepared;
  const refusal = judgeEdges(frame, box, found, polarity, frameEdgeCuts, prepared.closingRadius);
  if (refusal) return { ...refusal, box, polarity };
  return { state: "number", number: prepared.number, inkBox: inkBoxInFrame(box, found), scale: box.width / found.width, box, polarity };
}

/**
 * Whether ink touching the box's edge is cut by it: looked for past the edge in the
 * frame; where nothing can be seen there, judged by its span. Null when the ink is whole.
 */
function judgeEdges(frame: Frame, box: Roi, found: DigitFound, polarity: Polarity, frameEdgeCuts: boolean, closingRadius: number): Refusal | null {
  if (found.touching.length === 0) return null;
  const { width, height } = frameSize(frame);
  const surroundBox = clampToFrame(growTowards(box, ["top", "right", "bottom", "left"], SURROUND_MARGIN), width, height);
  // Drawn at least as finely as the box's own analysis, then shrunk to its scale as it turns grey.
  let placement = { offsetX: 0, offsetY: 0 };
  const gray = frameToGray(
    frame,
    surroundBox,
    Math.ceil((2 * Math.max(found.width, found.height) * Math.max(surroundBox.width, surroundBox.height)) / Math.max(box.width, box.height)),
    (drawnWidth, drawnHeight) => {
      const scale = drawnWidth / surroundBox.width;
      const inner = { x: (box.x - surroundBox.x) * scale, y: (box.y - surroundBox.y) * scale, width: box.width * scale };
      const { width, height, offsetX, offsetY } = surroundPlacement({ width: drawnWidth, height: drawnHeight }, inner, found.width);
      placement = { offsetX, offsetY };
      return { width, height };
    },
  );
  const check = checkOverflow({ gray, ...placement }, found, found.touching, polarity, {
    inkLevel: defaultLocateOptions.inkLevel,
    closingRadius,
    minDepth: OVERFLOW_DEPTH,
  });
  if (check.sides.length > 0) return { state: "no-digit", reason: "overflow", overflow: check.sides };
  if (frameEdgeCuts && check.unknown.length > 0) return { state: "no-digit", reason: "cut-by-edge" };
  // Where the frame ends at the box, or something wide lies past it, the edge proves nothing:
  // judge by the digit's span, as without a look outside.
  if (isCutByEdge(found.inkBox, [...check.unknown, ...check.covered], found.width, found.height, defaultLocateOptions.fillsBox)) {
    return { state: "no-digit", reason: "cut-by-edge" };
  }
  return null;
}

/** The found ink's box in frame pixels. */
function inkBoxInFrame(box: Roi, found: DigitFound): Roi {
  const toFrame = box.width / found.width;
  return {
    x: box.x + found.inkBox.minX * toFrame,
    y: box.y + found.inkBox.minY * toFrame,
    width: (found.inkBox.maxX - found.inkBox.minX + 1) * toFrame,
    height: (found.inkBox.maxY - found.inkBox.minY + 1) * toFrame,
  };
}

/** The box with each named side pushed out by `share` of the box's size that way. */
function growTowards(box: Roi, sides: readonly Side[], share: number): Roi {
  const dx = box.width * share;
  const dy = box.height * share;
  const left = sides.includes("left") ? dx : 0;
  const top = sides.includes("top") ? dy : 0;
  return {
    x: box.x - left,
    y: box.y - top,
    width: box.width + left + (sides.includes("right") ? dx : 0),
    height: box.height + top + (sides.includes("bottom") ? dy : 0),
  };
}

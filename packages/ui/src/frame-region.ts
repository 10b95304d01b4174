// Where the worker reads a frame: core's regions, and the kiosk's — its box read as it
// is, exactly as the web page reads one; only where that box holds no digit to read (it
// cuts one, holds it small, or is empty) is the digit looked for in the area around it,
// so a child need not line up precisely, and a digit held up properly is read as in the box.
import type { DigitReader, Frame, Reading, ReadRegion, Roi } from "@livedigits/core";

/** A box to read as it is, and the area to search where it holds no digit. */
export interface BoxOrAround {
  readonly box: Roi;
  readonly searchIfRefused: Roi;
}

/** Where to read, in frame pixels. */
export type FrameRegion = ReadRegion | BoxOrAround;

export function isBoxOrAround(region: FrameRegion): region is BoxOrAround {
  return typeof region === "object" && "searchIfRefused" in region;
}

/**
 * Reads a frame in `region`: a still (a photo: never smoothed) when `timestamp` is null,
 * otherwise a video frame. For a box with an area around it, the box's reading goes into
 * the smoothing history as any box's would; where the box holds no digit, the search's
 * reading of this one frame, unsmoothed, is given instead — unless it found none either,
 * then the box's, whose reason (and advice) is about the box the person sees.
 */
export async function readFrame(reader: Pick<DigitReader, "read" | "readForVideo">, frame: Frame, region: FrameRegion, timestamp: number | null): Promise<Reading> {
  const readRegion = (where: ReadRegion) => (timestamp === null ? reader.read(frame, where) : reader.readForVideo(frame, timestamp, where));
  if (!isBoxOrAround(region)) return readRegion(region);
  const boxed = await readRegion(region.box);
  if (boxed.state !== "no-digit") return boxed;
  const searched = await reader.read(frame, { searchIn: region.searchIfRefused });
  return searched.state === "no-digit" ? boxed : searched;
}

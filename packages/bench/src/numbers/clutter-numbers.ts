// Clutter read as numbers: the accuracy part's clutter frames (the same kinds, frames and seed
// streams) read with maxDigits 6, as the web page and the extension read. A letter the model
// calls no digit whole can still be cut into strokes that read as 1s and 7s, which the
// accuracy part's one-digit reading never shows.
import { CLUTTER, clutterFrames } from "../accuracy/clutter.js";
import { BOX } from "../accuracy/scene.js";
import type { NumberReader } from "./number-reader.js";

/** The most digits the web page and the extension read. */
export const APP_MAX_DIGITS = 6;

export interface ClutterNumbers {
  readonly name: string;
  readonly frames: number;
  /** Frames where a number was shown: every one is false. */
  readonly falseNumbers: number;
  /** What was shown, most often first: [text, times]. */
  readonly shown: readonly (readonly [string, number])[];
}

/** Each clutter kind's first `perKind` frames under `seed` (half light on dark), read in the digit box as numbers. */
export async function readClutterAsNumbers(reader: NumberReader, perKind: number, seed: number): Promise<ClutterNumbers[]> {
  reader.setMaxDigits(APP_MAX_DIGITS);
  const kinds: ClutterNumbers[] = [];
  for (const kind of CLUTTER) {
    const shown = new Map<string, number>();
    let falseNumbers = 0;
    for (const frame of clutterFrames(kind, seed, perKind)) {
      const { text } = await reader.read(frame, BOX);
      if (text === null) continue;
      falseNumbers++;
      shown.set(text, (shown.get(text) ?? 0) + 1);
    }
    kinds.push({ name: kind.name, frames: perKind, falseNumbers, shown: [...shown].sort((a, b) => b[1] - a[1]) });
  }
  return kinds;
}

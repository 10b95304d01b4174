// The last few numbers read (a digit is a number of length one), newest first: what was
// held up a moment ago, e.g. to write down a meter reading. A number counts once each time
// it is shown: held steady, it is one entry; taken away (nothing in the box) and held up
// again, another.
import type { Reading } from "@livedigits/core";
import { shownNumber } from "./reading-text.js";

export interface HistoryEntry {
  /** The number shown, its digits left to right ("7", "2026"). */
  readonly text: string;
  readonly confidence: number;
  /** When it was read (the reading's timestamp, ms). */
  readonly at: number;
}

export class ReadingHistory {
  /** Newest first, at most `size` entries. */
  entries = $state.raw<readonly HistoryEntry[]>([]);
  readonly #size: number;
  /** Nothing was in the box since the last entry, so the same number again is a new one. */
  #emptySince = true;

  constructor(size = 8) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`A history holds at least one reading, not ${size}.`);
    this.#size = size;
  }

  /** Takes one reading; only a number different from the last, or one held up again after a gap, is kept. */
  see(reading: Reading | null): void {
    // "unsure" is no gap: a number wavering below the threshold is still the same number.
    if (reading === null || reading.state === "no-digit") this.#emptySince = true;
    const text = shownNumber(reading);
    if (reading === null || text === null) return;
    const last = this.entries[0];
    if (last && last.text === text && !this.#emptySince) return;
    this.#emptySince = false;
    this.entries = [{ text, confidence: reading.confidence, at: reading.timestamp }, ...this.entries].slice(0, this.#size);
  }

  clear(): void {
    this.entries = [];
    this.#emptySince = true;
  }
}

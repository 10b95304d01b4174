// The last few digits read, newest first: what was held up a moment ago, e.g. to
// write down a number digit by digit. A digit counts once each time it is shown: held
// steady, it is one entry; taken away (no digit in the box) and held up again, another.
import type { Reading } from "@livedigits/core";

export interface HistoryEntry {
  readonly digit: number;
  readonly confidence: number;
  /** When it was read (the reading's timestamp, ms). */
  readonly at: number;
}

export class ReadingHistory {
  /** Newest first, at most `size` entries. */
  entries = $state.raw<readonly HistoryEntry[]>([]);
  readonly #size: number;
  /** No digit was in the box since the last entry, so the same digit again is a new one. */
  #emptySince = true;

  constructor(size = 8) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`A history holds at least one reading, not ${size}.`);
    this.#size = size;
  }

  /** Takes one reading; only a digit different from the last, or one held up again after a gap, is kept. */
  see(reading: Reading | null): void {
    // "unsure" is no gap: a digit wavering below the threshold is still the same digit.
    if (reading === null || reading.state === "no-digit") this.#emptySince = true;
    if (reading?.state !== "digit" || reading.digit === null) return;
    const last = this.entries[0];
    if (last && last.digit === reading.digit && !this.#emptySince) return;
    this.#emptySince = false;
    this.entries = [{ digit: reading.digit, confidence: reading.confidence, at: reading.timestamp }, ...this.entries].slice(0, this.#size);
  }

  clear(): void {
    this.entries = [];
    this.#emptySince = true;
  }
}

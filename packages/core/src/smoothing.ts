export interface SmoothingOptions {
  /** Frames remembered. */
  readonly window: number;
  /** The same digit must appear in at least this many of them to be shown. */
  readonly minAgreeing: number;
}

export const defaultSmoothing: SmoothingOptions = { window: 5, minAgreeing: 3 };

/**
 * Stabilises a live reading: a digit is reported only once it won at least
 * k of the last n frames, so the display does not flicker between readings.
 */
export class FrameSmoother {
  readonly #history: (number | null)[] = [];
  readonly #options: SmoothingOptions;

  constructor(options: SmoothingOptions = defaultSmoothing) {
    const { window, minAgreeing } = options;
    // Whole numbers only: an infinite or fractional window would let the history grow without end.
    if (!(Number.isInteger(window) && window >= 1)) {
      throw new RangeError(`smoothing.window must be a whole number of frames, at least 1; got ${String(window)}.`);
    }
    if (!(Number.isInteger(minAgreeing) && minAgreeing >= 1 && minAgreeing <= window)) {
      throw new RangeError(`smoothing.minAgreeing must be a whole number from 1 to the window (${window}); got ${String(minAgreeing)}.`);
    }
    this.#options = { window, minAgreeing };
  }

  /** Adds this frame's digit (null for none) and returns the stable digit, if any. */
  push(digit: number | null): number | null {
    this.#history.push(digit);
    if (this.#history.length > this.#options.window) this.#history.shift();
    const counts = new Map<number, number>();
    for (const d of this.#history) if (d !== null) counts.set(d, (counts.get(d) ?? 0) + 1);
    let best: number | null = null;
    let bestCount = 0;
    for (const [d, c] of counts) {
      if (c > bestCount) {
        best = d;
        bestCount = c;
      }
    }
    return bestCount >= this.#options.minAgreeing ? best : null;
  }

  reset(): void {
    this.#history.length = 0;
  }
}

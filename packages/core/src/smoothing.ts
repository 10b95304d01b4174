export interface SmoothingOptions {
  /** Frames remembered. */
  readonly window: number;
  /** The same digit must appear in at least this many of them to be shown. */
  readonly minAgreeing: number;
}

export const defaultSmoothing: SmoothingOptions = { window: 5, minAgreeing: 3 };

/**
 * Stabilises a live reading: a value (a digit, or a number's whole text) is
 * reported only once it won at least k of the last n frames, so the display
 * does not flicker between readings. A number holds as a whole: a frame that
 * reads one of its digits differently is a frame against it. Each frame may
 * carry a detail (its digits), kept so the stable value can be shown with the
 * latest frame's details that read it.
 */
export class FrameSmoother<Value extends string | number = number, Detail = never> {
  readonly #history: { readonly value: Value | null; readonly detail: Detail | undefined }[] = [];
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

  /** Adds this frame's value (null for none) and returns the stable value, if any. */
  push(value: Value | null, detail?: Detail): Value | null {
    this.#history.push({ value, detail });
    if (this.#history.length > this.#options.window) this.#history.shift();
    const counts = new Map<Value, number>();
    for (const { value: v } of this.#history) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    let best: Value | null = null;
    let bestCount = 0;
    for (const [v, c] of counts) {
      if (c > bestCount) {
        best = v;
        bestCount = c;
      }
    }
    return bestCount >= this.#options.minAgreeing ? best : null;
  }

  /** The detail of the latest remembered frame that read `value`. */
  latestDetail(value: Value): Detail | undefined {
    for (let i = this.#history.length - 1; i >= 0; i--) if (this.#history[i]!.value === value) return this.#history[i]!.detail;
    return undefined;
  }

  reset(): void {
    this.#history.length = 0;
  }
}

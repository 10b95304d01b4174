// Calm reading for a screen the whole class watches: the big number (or a line of advice)
// changes only when it has been held for `holdMs`, and goes back to "show me a digit" only
// after nothing has been read for `clearMs` (a hand passing in front does not blank it).

export interface SteadyOptions {
  readonly holdMs: number;
  readonly clearMs: number;
}

export const DEFAULT_STEADY: SteadyOptions = { holdMs: 600, clearMs: 1500 };

/** A value (a number as read, a line of advice) shown only once it holds steady. */
export class Steady<T> {
  /** The value shown, or null for none (the idle "show me a digit"). */
  shown: T | null = null;
  #candidate: T | null = null;
  #since = 0;
  readonly #options: SteadyOptions;

  constructor(options: SteadyOptions = DEFAULT_STEADY) {
    this.#options = options;
  }

  /** One reading's value (null when none) at time `now` (ms). Returns the value to show. */
  push(value: T | null, now: number): T | null {
    if (value !== this.#candidate) {
      this.#candidate = value;
      this.#since = now;
    }
    const held = now - this.#since;
    if (value !== null && value !== this.shown && held >= this.#options.holdMs) this.shown = value;
    else if (value === null && this.shown !== null && held >= this.#options.clearMs) this.shown = null;
    return this.shown;
  }

  reset(): void {
    this.shown = null;
    this.#candidate = null;
    this.#since = 0;
  }
}

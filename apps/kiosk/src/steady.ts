// Calm reading for a screen the whole class watches: the big digit changes only when
// a digit has been held for `holdMs`, and goes back to "show me a digit" only after
// nothing has been read for `clearMs` (a hand passing in front does not blank it).

export interface SteadyOptions {
  readonly holdMs: number;
  readonly clearMs: number;
}

export const DEFAULT_STEADY: SteadyOptions = { holdMs: 600, clearMs: 1500 };

export class SteadyDigit {
  /** The digit shown, or null for the idle "show me a digit". */
  shown: number | null = null;
  #candidate: number | null = null;
  #since = 0;
  readonly #options: SteadyOptions;

  constructor(options: SteadyOptions = DEFAULT_STEADY) {
    this.#options = options;
  }

  /** One reading (`digit` null when none) at time `now` (ms). Returns the digit to show. */
  push(digit: number | null, now: number): number | null {
    if (digit !== this.#candidate) {
      this.#candidate = digit;
      this.#since = now;
    }
    const held = now - this.#since;
    if (digit !== null && digit !== this.shown && held >= this.#options.holdMs) this.shown = digit;
    else if (digit === null && this.shown !== null && held >= this.#options.clearMs) this.shown = null;
    return this.shown;
  }

  reset(): void {
    this.shown = null;
    this.#candidate = null;
    this.#since = 0;
  }
}

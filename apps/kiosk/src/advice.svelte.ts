// What to do when the box holds a digit the reader will not read — it runs out of the
// box, is too small, touches its edge — in a word or two under "Show me a digit", held
// steady like the big digit so that it does not flicker with every frame.
import type { Reading } from "@livedigits/core";
import { adviceFor } from "@livedigits/ui";
import { Steady } from "./steady.js";

export class Advice {
  /** The advice on screen ("Move back", "Hold it closer"…), or null for none. */
  shown = $state<string | null>(null);
  readonly #steady: Steady<string>;

  constructor(steady: Steady<string> = new Steady<string>()) {
    this.#steady = steady;
  }

  /** One reading of the live camera, at `now` (ms); a digit read, or an empty box, calls for no advice. */
  see(reading: Reading | null, now = performance.now()): void {
    const advice = reading ? (adviceFor(reading)?.headline ?? null) : null;
    this.shown = this.#steady.push(advice, now);
  }

  /** The camera is not live: no advice, and the next must be held anew. */
  blank(): void {
    this.#steady.reset();
    this.shown = null;
  }
}

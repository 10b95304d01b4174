// Show and Practice: the digit on the class's screen changes only when one is held
// steadily; Show mode says it, Practice mode hands it to the game to be judged.
import type { PracticeGame } from "./practice-game.svelte.js";
import type { KioskMode } from "./settings.js";
import { SteadyDigit } from "./steady.js";

export interface LessonOptions {
  readonly mode: () => KioskMode;
  readonly game: PracticeGame;
  readonly say: (text: string) => void;
  /** Called for every reading while a digit is on screen: the class is busy (no attract screen). */
  readonly onDigit?: () => void;
  readonly steady?: SteadyDigit;
}

export class Lesson {
  /** The digit on screen; null shows "show me a digit". */
  shown = $state<number | null>(null);
  readonly #options: LessonOptions;
  readonly #steady: SteadyDigit;

  constructor(options: LessonOptions) {
    this.#options = options;
    this.#steady = options.steady ?? new SteadyDigit();
  }

  /** One reading of the live camera, at `now` (ms): its digit, or null when it read none. */
  see(digit: number | null, now = performance.now()): void {
    const shown = this.#steady.push(digit, now);
    if (shown !== null) this.#options.onDigit?.();
    this.#show(shown);
  }

  /** The camera is not live: nothing is on screen, and the next digit must be held anew. */
  blank(): void {
    this.#steady.reset();
    this.#show(null);
  }

  #show(digit: number | null): void {
    if (digit === this.shown) return;
    this.shown = digit;
    if (digit !== null && this.#options.mode() === "show") this.#options.say(String(digit));
    this.#options.game.answer(digit);
  }
}

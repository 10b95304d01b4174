// Show and Practice: the number on the class's screen changes only when one is held
// steadily; Show mode says it, Practice mode hands it to the game to be judged.
import type { PracticeGame } from "./practice-game.svelte.js";
import type { KioskMode } from "./settings.js";
import { Steady } from "./steady.js";

export interface LessonOptions {
  readonly mode: () => KioskMode;
  readonly game: PracticeGame;
  readonly say: (text: string) => void;
  /** Called for every reading while a number is on screen: the class is busy (no attract screen). */
  readonly onDigit?: () => void;
  readonly steady?: Steady<string>;
}

export class Lesson {
  /** The number on screen as read ("7", "15"); null shows "show me a digit". */
  shown = $state<string | null>(null);
  readonly #options: LessonOptions;
  readonly #steady: Steady<string>;

  constructor(options: LessonOptions) {
    this.#options = options;
    this.#steady = options.steady ?? new Steady<string>();
  }

  /** One reading of the live camera, at `now` (ms): the number it read ("15"), or null when it read none. */
  see(text: string | null, now = performance.now()): void {
    const shown = this.#steady.push(text, now);
    if (shown !== null) this.#options.onDigit?.();
    this.#show(shown);
  }

  /** The camera is not live: nothing is on screen, and the next number must be held anew. */
  blank(): void {
    this.#steady.reset();
    this.#show(null);
  }

  #show(text: string | null): void {
    if (text === this.shown) return;
    this.shown = text;
    if (text !== null && this.#options.mode() === "show") this.#options.say(text);
    this.#options.game.answer(text);
  }
}

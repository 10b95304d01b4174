// Practice mode as reactive state: the question on screen, the score, and the verdict
// on the steady answer held up. A verdict stays a moment; then a right answer moves on
// to the next question and a wrong one asks the same question again.
import { afterVerdict, judge, spokenAnswer, startPractice, type PracticeState, type Question } from "./practice.js";

/** How long the verdict stays before the next question (ms). */
export const VERDICT_MS = 2500;

export interface PracticeGameOptions {
  /** The next question; `previous` is the answer just given right (null for a new game), so that it changes. */
  readonly ask: (previous: number | null) => Question;
  /** Says a sentence aloud (a no-op when sound is off). */
  readonly say: (text: string) => void;
  readonly verdictMs?: number;
}

export class PracticeGame {
  state = $state.raw<PracticeState>() as PracticeState;
  /** The steady number held up now, as read ("15"); null when nothing is. */
  #held: string | null = null;
  #playing = false;
  #verdictTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #ask: (previous: number | null) => Question;
  readonly #say: (text: string) => void;
  readonly #verdictMs: number;

  constructor(options: PracticeGameOptions) {
    this.#ask = options.ask;
    this.#say = options.say;
    this.#verdictMs = options.verdictMs ?? VERDICT_MS;
    this.state = startPractice(this.#ask(null));
  }

  /**
   * Practice is on screen from now: says the question and judges what is held up.
   * Returns the pause (the mode was switched away), which keeps the score.
   */
  play(): () => void {
    this.#playing = true;
    this.#say(this.state.question.spoken);
    this.#judge();
    if (this.state.verdict !== null) this.#scheduleNext();
    return () => {
      this.#playing = false;
      clearTimeout(this.#verdictTimer);
    };
  }

  /** The steady number changed (null: nothing is held up); judged while the game plays. */
  answer(text: string | null): void {
    this.#held = text;
    this.#judge();
  }

  /** Score back to nothing and a new question, e.g. for the next child. */
  newGame(): void {
    clearTimeout(this.#verdictTimer);
    this.state = startPractice(this.#ask(null));
    this.#judge();
  }

  #judge(): void {
    if (!this.#playing) return;
    const next = judge(this.state, this.#held);
    if (next === this.state) return;
    this.state = next;
    if (next.verdict === null) return;
    this.#say(next.verdict === "right" ? `Right! ${spokenAnswer(next.question)}` : `Not quite. Try again. ${next.question.spoken}`);
    this.#scheduleNext();
  }

  #scheduleNext(): void {
    clearTimeout(this.#verdictTimer);
    this.#verdictTimer = setTimeout(() => {
      const right = this.state.verdict === "right";
      this.state = afterVerdict(this.state, right ? this.#ask(this.state.question.answer) : this.state.question);
      if (right) this.#say(this.state.question.spoken);
      // An answer changed while the verdict showed is judged now.
      this.#judge();
    }, this.#verdictMs);
  }
}

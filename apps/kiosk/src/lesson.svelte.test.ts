import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Lesson } from "./lesson.svelte.js";
import { showQuestion, sumQuestion } from "./practice.js";
import { PracticeGame } from "./practice-game.svelte.js";
import type { KioskMode } from "./settings.js";
import { Steady } from "./steady.js";

/** A lesson in `mode` asking for a 7, with a steadiness filter of 500 ms to show and 1000 ms to clear. */
function lesson(mode: KioskMode) {
  const said: string[] = [];
  let digitsSeen = 0;
  const say = (text: string) => said.push(text);
  const game = new PracticeGame({ ask: () => showQuestion(7), say, verdictMs: 1000 });
  const lesson = new Lesson({ mode: () => mode, game, say, onDigit: () => digitsSeen++, steady: new Steady<string>({ holdMs: 500, clearMs: 1000 }) });
  return { lesson, game, said, digitsSeen: () => digitsSeen };
}

/** Readings of `text` every 100 ms from `from` to `to` (ms). */
function hold(target: Lesson, text: string | null, from: number, to: number): void {
  for (let now = from; now <= to; now += 100) target.see(text, now);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("Lesson", () => {
  it("in Show mode, shows and says a digit once it is held steadily, once", () => {
    const { lesson: show, said, digitsSeen } = lesson("show");
    hold(show, "4", 0, 400);
    expect(show.shown).toBeNull();
    hold(show, "4", 500, 2000);
    expect(show.shown).toBe("4");
    expect(said).toEqual(["4"]);
    expect(digitsSeen()).toBe(16);
    hold(show, null, 2100, 2900);
    expect(show.shown).toBe("4"); // a hand passing does not blank it
    hold(show, null, 3000, 3200);
    expect(show.shown).toBeNull();
  });

  it("in Practice mode, says nothing of its own and lets the game judge the steady digit", () => {
    const { lesson: practice, game, said } = lesson("practice");
    game.play();
    hold(practice, "3", 0, 1000);
    expect(practice.shown).toBe("3");
    expect(game.state).toMatchObject({ verdict: "wrong", tries: 1 });
    expect(said).toEqual(["Show me a 7.", "Not quite. Try again. Show me a 7."]);
  });

  it("blanks when the camera stops, and a digit must then be held anew", () => {
    const { lesson: show, said } = lesson("show");
    hold(show, "4", 0, 600);
    show.blank();
    expect(show.shown).toBeNull();
    show.see("4", 700);
    expect(show.shown).toBeNull();
    hold(show, "4", 800, 1200);
    expect(show.shown).toBe("4");
    expect(said).toEqual(["4", "4"]);
  });

  it("shows a number held steadily as one answer, and the game scores 15 for 7 + 8", () => {
    const said: string[] = [];
    const say = (text: string) => said.push(text);
    const game = new PracticeGame({ ask: () => sumQuestion(7, 8), say, verdictMs: 1000 });
    const practice = new Lesson({ mode: () => "practice", game, say, steady: new Steady<string>({ holdMs: 500, clearMs: 1000 }) });
    game.play();
    hold(practice, "1", 0, 200); // the 1 comes into view first, not for long enough to count
    hold(practice, "15", 300, 900);
    expect(practice.shown).toBe("15");
    expect(game.state).toMatchObject({ verdict: "right", score: 1, tries: 1 });
    expect(said).toEqual(["What is 7 plus 8?", "Right! 7 plus 8 is 15."]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Lesson } from "./lesson.svelte.js";
import { digitQuestion } from "./practice.js";
import { PracticeGame } from "./practice-game.svelte.js";
import type { KioskMode } from "./settings.js";
import { SteadyDigit } from "./steady.js";

/** A lesson in `mode` asking for a 7, with a steadiness filter of 500 ms to show and 1000 ms to clear. */
function lesson(mode: KioskMode) {
  const said: string[] = [];
  let digitsSeen = 0;
  const say = (text: string) => said.push(text);
  const game = new PracticeGame({ ask: () => digitQuestion(7), say, verdictMs: 1000 });
  const lesson = new Lesson({ mode: () => mode, game, say, onDigit: () => digitsSeen++, steady: new SteadyDigit({ holdMs: 500, clearMs: 1000 }) });
  return { lesson, game, said, digitsSeen: () => digitsSeen };
}

/** Readings of `digit` every 100 ms from `from` to `to` (ms). */
function hold(target: Lesson, digit: number | null, from: number, to: number): void {
  for (let now = from; now <= to; now += 100) target.see(digit, now);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("Lesson", () => {
  it("in Show mode, shows and says a digit once it is held steadily, once", () => {
    const { lesson: show, said, digitsSeen } = lesson("show");
    hold(show, 4, 0, 400);
    expect(show.shown).toBeNull();
    hold(show, 4, 500, 2000);
    expect(show.shown).toBe(4);
    expect(said).toEqual(["4"]);
    expect(digitsSeen()).toBe(16);
    hold(show, null, 2100, 2900);
    expect(show.shown).toBe(4); // a hand passing does not blank it
    hold(show, null, 3000, 3200);
    expect(show.shown).toBeNull();
  });

  it("in Practice mode, says nothing of its own and lets the game judge the steady digit", () => {
    const { lesson: practice, game, said } = lesson("practice");
    game.play();
    hold(practice, 3, 0, 1000);
    expect(practice.shown).toBe(3);
    expect(game.state).toMatchObject({ verdict: "wrong", tries: 1 });
    expect(said).toEqual(["Show me a 7.", "Not quite. Try again. Show me a 7."]);
  });

  it("blanks when the camera stops, and a digit must then be held anew", () => {
    const { lesson: show, said } = lesson("show");
    hold(show, 4, 0, 600);
    show.blank();
    expect(show.shown).toBeNull();
    show.see(4, 700);
    expect(show.shown).toBeNull();
    hold(show, 4, 800, 1200);
    expect(show.shown).toBe(4);
    expect(said).toEqual(["4", "4"]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseQuestion, questionSource, showQuestion, sumQuestion, type PracticeLevel } from "./practice.js";
import { PracticeGame } from "./practice-game.svelte.js";

const VERDICT_MS = 1000;

/** A game asking `answers` in turn, and everything it said. */
function game(...answers: number[]): { game: PracticeGame; said: string[] } {
  const said: string[] = [];
  let next = 0;
  const practice = new PracticeGame({
    ask: () => showQuestion(answers[next++ % answers.length]!),
    say: (text) => said.push(text),
    verdictMs: VERDICT_MS,
  });
  return { game: practice, said };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("PracticeGame", () => {
  it("asks when play starts, says right once, and moves on after the verdict", () => {
    const { game: practice, said } = game(7, 2);
    practice.play();
    expect(said).toEqual(["Show me a 7."]);
    practice.answer("7");
    expect(practice.state).toMatchObject({ verdict: "right", score: 1, tries: 1 });
    practice.answer("7");
    expect(said).toEqual(["Show me a 7.", "Right! That is a 7."]);

    vi.advanceTimersByTime(VERDICT_MS - 1);
    expect(practice.state.verdict).toBe("right");
    vi.advanceTimersByTime(1);
    expect(practice.state).toMatchObject({ verdict: null, question: { answer: 2 }, score: 1 });
    expect(said.at(-1)).toBe("Show me a 2.");
  });

  it("a wrong answer asks the same question again, and the card still held is not judged twice", () => {
    const { game: practice, said } = game(7);
    practice.play();
    practice.answer("3");
    expect(practice.state).toMatchObject({ verdict: "wrong", tries: 1 });
    expect(said.at(-1)).toBe("Not quite. Try again. Show me a 7.");
    vi.advanceTimersByTime(VERDICT_MS);
    expect(practice.state).toMatchObject({ verdict: null, question: { answer: 7 }, tries: 1 });
    vi.advanceTimersByTime(10 * VERDICT_MS);
    expect(practice.state.tries).toBe(1);
  });

  it("judges, when the verdict ends, an answer that changed while it showed", () => {
    const { game: practice } = game(7);
    practice.play();
    practice.answer("3");
    practice.answer("7"); // during the verdict: not judged yet
    expect(practice.state).toMatchObject({ verdict: "wrong", tries: 1 });
    vi.advanceTimersByTime(VERDICT_MS);
    expect(practice.state).toMatchObject({ verdict: "right", score: 1, tries: 2 });
  });

  it("judges nothing while paused, and keeps the verdict and score for when play resumes", () => {
    const { game: practice, said } = game(7, 5);
    practice.answer("7");
    expect(practice.state.tries).toBe(0);
    const pause = practice.play(); // the 7 already held is judged at once
    expect(practice.state).toMatchObject({ verdict: "right", score: 1 });
    pause();
    vi.advanceTimersByTime(10 * VERDICT_MS);
    expect(practice.state.verdict).toBe("right");
    practice.answer(null);
    practice.answer("3");
    expect(practice.state.tries).toBe(1);
    practice.answer(null);

    practice.play();
    expect(said.at(-1)).toBe("Show me a 7.");
    vi.advanceTimersByTime(VERDICT_MS);
    expect(practice.state).toMatchObject({ verdict: null, question: { answer: 5 }, score: 1, tries: 1 });
  });

  it("a new game starts from nothing, and judges the answer already held", () => {
    const { game: practice } = game(4, 3);
    practice.play();
    practice.answer("4");
    vi.advanceTimersByTime(VERDICT_MS);
    expect(practice.state).toMatchObject({ score: 1, question: { answer: 3 } });
    practice.answer(null);
    practice.answer("4");
    practice.newGame();
    expect(practice.state).toMatchObject({ question: { answer: 4 }, verdict: "right", score: 1, tries: 1 });
  });
});

describe("questionSource", () => {
  const digits = (): PracticeLevel => "digits";

  it("asks the set question every time, or follows the seed", () => {
    const sum = questionSource(parseQuestion("7+8")!, 1, digits);
    expect([sum(null), sum(15)]).toEqual([sumQuestion(7, 8), sumQuestion(7, 8)]);
    const a = questionSource(null, 42, digits);
    const b = questionSource(null, 42, digits);
    const first = a(null);
    expect(b(null)).toEqual(first);
    expect(a(first.answer).answer).not.toBe(first.answer);
    const unseeded = questionSource(null, null, digits);
    expect(unseeded(3).answer).not.toBe(3);
  });

  it("asks at the level chosen when the question is asked, so a teacher's change applies to the next one", () => {
    let level: PracticeLevel = "digits";
    const ask = questionSource(null, 5, () => level);
    expect(ask(null).answer).toBeLessThanOrEqual(9);
    level = "times-tables";
    expect(Array.from({ length: 20 }, () => ask(null).kind)).toEqual(new Array(20).fill("product"));
  });
});

describe("PracticeGame with two-digit answers", () => {
  it("scores 15 for 7 + 8 and says the sum back", () => {
    const said: string[] = [];
    const practice = new PracticeGame({ ask: () => sumQuestion(7, 8), say: (text) => said.push(text), verdictMs: VERDICT_MS });
    practice.play();
    practice.answer("1"); // the 1 of 15 seen alone first: wrong, as it is
    expect(practice.state).toMatchObject({ verdict: "wrong", score: 0, tries: 1 });
    vi.advanceTimersByTime(VERDICT_MS);
    practice.answer("15");
    expect(practice.state).toMatchObject({ verdict: "right", score: 1, tries: 2 });
    expect(said).toEqual(["What is 7 plus 8?", "Not quite. Try again. What is 7 plus 8?", "Right! 7 plus 8 is 15."]);
  });
});

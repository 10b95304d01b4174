import { describe, expect, it } from "vitest";
import { afterVerdict, digitQuestion, judge, nextQuestion, seededRandom, spokenAnswer, startPractice } from "./practice.js";

describe("questions", () => {
  it("are the same for the same seed, and always have a one-digit answer", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const kinds = new Set<string>();
    let previous: number | null = null;
    for (let i = 0; i < 500; i++) {
      const question = nextQuestion(a, previous);
      expect(nextQuestion(b, previous)).toEqual(question);
      expect(question.answer).toBeGreaterThanOrEqual(0);
      expect(question.answer).toBeLessThanOrEqual(9);
      expect(question.answer).not.toBe(previous);
      kinds.add(question.kind);
      if (question.kind !== "digit") {
        const [x, op, y] = question.prompt.split(" ");
        expect(op === "+" ? Number(x) + Number(y) : Number(x) - Number(y)).toBe(question.answer);
      }
      previous = question.answer;
    }
    expect(kinds).toEqual(new Set(["digit", "sum", "difference"]));
  });

  it("cover every answer 0…9", () => {
    const random = seededRandom(1);
    const answers = new Set(Array.from({ length: 300 }, () => nextQuestion(random).answer));
    expect(answers.size).toBe(10);
  });

  it("say what they ask", () => {
    expect(digitQuestion(4)).toEqual({ prompt: "4", spoken: "Show me a 4.", answer: 4, kind: "digit" });
  });

  it("say the answer back as a sentence", () => {
    expect(spokenAnswer(digitQuestion(4))).toBe("That is a 4.");
    expect(spokenAnswer({ prompt: "3 + 4", spoken: "What is 3 plus 4?", answer: 7, kind: "sum" })).toBe("3 plus 4 is 7.");
    expect(spokenAnswer({ prompt: "9 − 5", spoken: "What is 9 minus 5?", answer: 4, kind: "difference" })).toBe("9 minus 5 is 4.");
  });
});

describe("scoring", () => {
  const seven = digitQuestion(7);

  it("a right answer scores a point, once", () => {
    let state = judge(startPractice(seven), 7);
    expect(state).toMatchObject({ verdict: "right", score: 1, tries: 1 });
    state = judge(state, 7);
    expect(state).toMatchObject({ score: 1, tries: 1 });
  });

  it("a wrong answer scores nothing and is not judged again while it is held", () => {
    let state = judge(startPractice(seven), 3);
    expect(state).toMatchObject({ verdict: "wrong", score: 0, tries: 1 });
    state = afterVerdict(state, digitQuestion(5));
    expect(state.question).toBe(seven); // asked again
    expect(judge(state, 3)).toBe(state); // same card still held: no new try
    state = judge(state, 7); // a different answer is judged
    expect(state).toMatchObject({ verdict: "right", score: 1, tries: 2 });
  });

  it("taking the answer away lets the same answer be tried again", () => {
    let state = afterVerdict(judge(startPractice(seven), 3), seven);
    state = judge(state, null);
    expect(judge(state, 3)).toMatchObject({ verdict: "wrong", tries: 2 });
  });

  it("a right answer moves on, and the answer still held does not count for the next question", () => {
    let state = afterVerdict(judge(startPractice(seven), 7), digitQuestion(7));
    expect(state.verdict).toBeNull();
    expect(judge(state, 7)).toBe(state);
    state = judge(judge(state, null), 7);
    expect(state).toMatchObject({ score: 2, tries: 2 });
  });
});

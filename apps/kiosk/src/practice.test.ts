import { describe, expect, it } from "vitest";
import {
  afterVerdict,
  differenceQuestion,
  judge,
  LEVELS,
  MAX_ANSWER,
  nextQuestion,
  parseQuestion,
  productQuestion,
  questionOnScreen,
  seededRandom,
  showQuestion,
  spokenAnswer,
  startPractice,
  sumQuestion,
  type PracticeLevel,
  type Question,
} from "./practice.js";

/** The answer of a question worked out from its prompt, as a child would. */
function worked(question: Question): number {
  const [x, op, y] = question.prompt.split(" ");
  if (op === undefined) return Number(x);
  if (op === "+") return Number(x) + Number(y);
  if (op === "−") return Number(x) - Number(y);
  if (op === "×") return Number(x) * Number(y);
  throw new Error(`Unknown operation in ${question.prompt}`);
}

function questions(level: PracticeLevel, count: number, seed = 7): Question[] {
  const random = seededRandom(seed);
  const asked: Question[] = [];
  let previous: number | null = null;
  for (let i = 0; i < count; i++) {
    const question = nextQuestion(random, level, previous);
    asked.push(question);
    previous = question.answer;
  }
  return asked;
}

describe("questions", () => {
  it("are the same for the same seed, never repeat the last answer, and their prompt works out to their answer", () => {
    for (const level of LEVELS) {
      const asked = questions(level, 500);
      expect(questions(level, 500)).toEqual(asked);
      for (const [i, question] of asked.entries()) {
        expect(worked(question), question.prompt).toBe(question.answer);
        if (i > 0) expect(question.answer).not.toBe(asked[i - 1]!.answer);
      }
    }
  });

  it("digits: a digit to show, small sums and differences, every answer 0…9 and each of them asked", () => {
    const asked = questions("digits", 500);
    expect(new Set(asked.map((q) => q.kind))).toEqual(new Set(["show", "sum", "difference"]));
    expect(new Set(asked.map((q) => q.answer))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
  });

  it("numbers: a two-digit number to show, 10…99, many of them", () => {
    const asked = questions("numbers", 500);
    expect(asked.every((q) => q.kind === "show" && q.answer >= 10 && q.answer <= 99)).toBe(true);
    expect(new Set(asked.map((q) => q.answer)).size).toBeGreaterThan(80);
  });

  it("within 20: sums and differences of numbers up to 20, answers up to 20, often with two digits", () => {
    const asked = questions("within-20", 500);
    expect(new Set(asked.map((q) => q.kind))).toEqual(new Set(["sum", "difference"]));
    for (const question of asked) {
      const numbers = question.prompt.split(" ").filter((part) => /\d/.test(part)).map(Number);
      expect(Math.max(...numbers, question.answer), question.prompt).toBeLessThanOrEqual(20);
      expect(question.answer).toBeGreaterThanOrEqual(0);
    }
    expect(asked.filter((q) => q.answer >= 10).length).toBeGreaterThan(100);
  });

  it("times tables: products of 1…10 by 1…10 with at most two digits", () => {
    const asked = questions("times-tables", 1000);
    expect(asked.every((q) => q.kind === "product" && q.answer >= 1 && q.answer <= MAX_ANSWER)).toBe(true);
    const tables = new Set(asked.map((q) => Number(q.prompt.split(" ")[0])));
    expect(tables).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  });

  it("say what they ask, with an article for one digit only", () => {
    expect(showQuestion(4)).toEqual({ prompt: "4", spoken: "Show me a 4.", answer: 4, kind: "show" });
    expect(showQuestion(8).spoken).toBe("Show me an 8.");
    expect(showQuestion(42).spoken).toBe("Show me 42.");
    expect(sumQuestion(7, 8)).toEqual({ prompt: "7 + 8", spoken: "What is 7 plus 8?", answer: 15, kind: "sum" });
    expect(productQuestion(6, 7).spoken).toBe("What is 6 times 7?");
  });

  it("are written on screen as 'Show me 42' or '7 + 8 = ?'", () => {
    expect(questionOnScreen(showQuestion(7))).toEqual({ lead: "Show me a", emphasis: "7" });
    expect(questionOnScreen(showQuestion(8))).toEqual({ lead: "Show me an", emphasis: "8" });
    expect(questionOnScreen(showQuestion(42))).toEqual({ lead: "Show me", emphasis: "42" });
    expect(questionOnScreen(sumQuestion(7, 8))).toEqual({ lead: "", emphasis: "7 + 8 = ?" });
    expect(questionOnScreen(differenceQuestion(15, 6))).toEqual({ lead: "", emphasis: "15 − 6 = ?" });
  });

  it("say the answer back as a sentence", () => {
    expect(spokenAnswer(showQuestion(4))).toBe("That is a 4.");
    expect(spokenAnswer(showQuestion(42))).toBe("That is 42.");
    expect(spokenAnswer(sumQuestion(3, 4))).toBe("3 plus 4 is 7.");
    expect(spokenAnswer(differenceQuestion(9, 5))).toBe("9 minus 5 is 4.");
    expect(spokenAnswer(productQuestion(6, 7))).toBe("6 times 7 is 42.");
  });
});

describe("parseQuestion", () => {
  it("reads a number to show, and sums, differences and products as people write them in a link", () => {
    expect(parseQuestion("7")).toEqual(showQuestion(7));
    expect(parseQuestion(" 42 ")).toEqual(showQuestion(42));
    expect(parseQuestion("7+8")).toEqual(sumQuestion(7, 8));
    expect(parseQuestion("7 + 8")).toEqual(sumQuestion(7, 8));
    // "?practice=7+8" arrives as "7 8": a + in a query string means a space.
    expect(parseQuestion(new URLSearchParams("practice=7+8").get("practice")!)).toEqual(sumQuestion(7, 8));
    expect(parseQuestion("12-5")).toEqual(differenceQuestion(12, 5));
    expect(parseQuestion("12 − 5")).toEqual(differenceQuestion(12, 5));
    for (const times of ["6x7", "6X7", "6*7", "6 × 7"]) expect(parseQuestion(times)).toEqual(productQuestion(6, 7));
  });

  it("refuses answers a child cannot hold up in two digits, and anything else", () => {
    for (const raw of ["100", "10x10", "3-5", "", "seven", "7+", "1.5", "7/8", "-3", "7+8+1"]) expect(parseQuestion(raw), raw).toBeUndefined();
    expect(parseQuestion("99")).toEqual(showQuestion(99));
    expect(parseQuestion("9x11")).toEqual(productQuestion(9, 11));
  });
});

describe("scoring", () => {
  const seven = showQuestion(7);

  it("a right answer scores a point, once", () => {
    let state = judge(startPractice(seven), "7");
    expect(state).toMatchObject({ verdict: "right", score: 1, tries: 1 });
    state = judge(state, "7");
    expect(state).toMatchObject({ score: 1, tries: 1 });
  });

  it("a two-digit answer is right only as written: 15 for 7 + 8, not 1, 51 or 015", () => {
    const sum = startPractice(sumQuestion(7, 8));
    expect(judge(sum, "15")).toMatchObject({ verdict: "right", score: 1 });
    for (const wrong of ["1", "5", "51", "015"]) expect(judge(sum, wrong), wrong).toMatchObject({ verdict: "wrong", score: 0 });
  });

  it("a wrong answer scores nothing and is not judged again while it is held", () => {
    let state = judge(startPractice(seven), "3");
    expect(state).toMatchObject({ verdict: "wrong", score: 0, tries: 1 });
    state = afterVerdict(state, showQuestion(5));
    expect(state.question).toBe(seven); // asked again
    expect(judge(state, "3")).toBe(state); // same card still held: no new try
    state = judge(state, "7"); // a different answer is judged
    expect(state).toMatchObject({ verdict: "right", score: 1, tries: 2 });
  });

  it("taking the answer away lets the same answer be tried again", () => {
    let state = afterVerdict(judge(startPractice(seven), "3"), seven);
    state = judge(state, null);
    expect(judge(state, "3")).toMatchObject({ verdict: "wrong", tries: 2 });
  });

  it("a right answer moves on, and the answer still held does not count for the next question", () => {
    let state = afterVerdict(judge(startPractice(seven), "7"), showQuestion(7));
    expect(state.verdict).toBeNull();
    expect(judge(state, "7")).toBe(state);
    state = judge(judge(state, null), "7");
    expect(state).toMatchObject({ score: 2, tries: 2 });
  });
});

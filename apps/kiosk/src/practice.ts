// Practice mode, as pure functions: the levels and their questions (a number to show, a
// sum, difference or product, every answer 0 to 99, at most two digits to hold up), and
// the round's state as it is judged.

export type QuestionKind = "show" | "sum" | "difference" | "product";

export interface Question {
  /** The number to show, or the sum without its answer, e.g. "7", "42", "7 + 8", "6 × 7". */
  readonly prompt: string;
  /** What is said aloud, e.g. "Show me 42." or "What is 7 plus 8?". */
  readonly spoken: string;
  /** 0 to 99. */
  readonly answer: number;
  readonly kind: QuestionKind;
}

/** What a teacher chooses to practise; every answer has one or two digits. */
export type PracticeLevel = "digits" | "numbers" | "within-20" | "times-tables";
export const LEVELS: readonly PracticeLevel[] = ["digits", "numbers", "within-20", "times-tables"];
export const DEFAULT_LEVEL: PracticeLevel = "digits";

export const LEVEL_LABELS: Readonly<Record<PracticeLevel, string>> = {
  digits: "Digits: show a 7, sums like 3 + 4 (answers 0 to 9)",
  numbers: "Numbers: show 42 (10 to 99)",
  "within-20": "Sums and differences within 20: 7 + 8, 15 − 6",
  "times-tables": "Times tables: 6 × 7 (up to 9 × 10)",
};

/** The largest answer a question may have: a child holds up at most two digits. */
export const MAX_ANSWER = 99;

/** mulberry32: a small seeded generator, so a seed gives the same questions everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(random: () => number, below: number): number {
  return Math.min(below - 1, Math.floor(random() * below));
}

/** A whole number from `low` to `high`, both included. */
function between(random: () => number, low: number, high: number): number {
  return low + pick(random, high - low + 1);
}

/** "a 7", "an 8", "42": one digit takes an article (a card with a 7 on it), a number none. */
function shownNumber(value: number): string {
  if (value > 9) return String(value);
  return `${value === 8 ? "an" : "a"} ${value}`;
}

/** "Show me a 7" or "Show me 42": a number (0 to 99) to hold up. */
export function showQuestion(value: number): Question {
  return { prompt: String(value), spoken: `Show me ${shownNumber(value)}.`, answer: value, kind: "show" };
}

export function sumQuestion(a: number, b: number): Question {
  return { prompt: `${a} + ${b}`, spoken: `What is ${a} plus ${b}?`, answer: a + b, kind: "sum" };
}

export function differenceQuestion(a: number, b: number): Question {
  return { prompt: `${a} − ${b}`, spoken: `What is ${a} minus ${b}?`, answer: a - b, kind: "difference" };
}

export function productQuestion(a: number, b: number): Question {
  return { prompt: `${a} × ${b}`, spoken: `What is ${a} times ${b}?`, answer: a * b, kind: "product" };
}

/** How the screen writes the question: the words before it and the part in colour, e.g. "Show me" + "42", "" + "7 + 8 = ?". */
export function questionOnScreen(question: Question): { readonly lead: string; readonly emphasis: string } {
  if (question.kind !== "show") return { lead: "", emphasis: `${question.prompt} = ?` };
  const words = shownNumber(question.answer).split(" ");
  return { lead: ["Show me", ...words.slice(0, -1)].join(" "), emphasis: words.at(-1)! };
}

/** One question of `level`, never with the answer `avoid` (so the answer changes). */
export function nextQuestion(random: () => number, level: PracticeLevel = DEFAULT_LEVEL, avoid: number | null = null): Question {
  for (;;) {
    const question = QUESTIONS[level](random);
    if (question.answer !== avoid) return question;
  }
}

const QUESTIONS: Readonly<Record<PracticeLevel, (random: () => number) => Question>> = {
  digits: (random) => {
    const kind = pick(random, 3);
    if (kind === 0) return showQuestion(pick(random, 10));
    if (kind === 1) {
      const answer = pick(random, 9) + 1; // 1…9
      const a = pick(random, answer + 1);
      return sumQuestion(a, answer - a);
    }
    const a = pick(random, 9) + 1; // 1…9
    return differenceQuestion(a, pick(random, a + 1));
  },
  numbers: (random) => showQuestion(between(random, 10, 99)),
  "within-20": (random) => {
    if (pick(random, 2) === 0) {
      const answer = between(random, 2, 20);
      const a = between(random, 1, answer - 1);
      return sumQuestion(a, answer - a);
    }
    const a = between(random, 2, 20);
    return differenceQuestion(a, between(random, 1, a - 1));
  },
  "times-tables": (random) => {
    // 10 × 10 is the one product of the tables with three digits.
    const a = between(random, 1, 10);
    return productQuestion(a, between(random, 1, a === 10 ? 9 : 10));
  },
};

/**
 * A question written in a link (`?practice=…`): a number to show (42), or a sum, difference
 * or product (7+8, 12-5, 6x7), its answer from 0 to MAX_ANSWER; undefined for anything else.
 * A "+" typed into a link arrives as a space, so "7 8" is read as 7 + 8.
 */
export function parseQuestion(raw: string): Question | undefined {
  const match = /^\s*(\d{1,2})\s*(?:([+\s*x×−-])\s*(\d{1,2}))?\s*$/i.exec(raw);
  if (!match) return undefined;
  const a = Number(match[1]);
  const op = match[2];
  if (op === undefined) return showQuestion(a);
  const b = Number(match[3]);
  const question = op === "+" || /\s/.test(op) ? sumQuestion(a, b) : op === "-" || op === "−" ? differenceQuestion(a, b) : productQuestion(a, b);
  return question.answer >= 0 && question.answer <= MAX_ANSWER ? question : undefined;
}

/**
 * Where a session's questions come from: always `fixed` when one is set (a lesson on one
 * number, or a test), otherwise the order `seed` gives (a random one when null) at `level`.
 */
export function questionSource(fixed: Question | null, seed: number | null, level: () => PracticeLevel): (previous: number | null) => Question {
  if (fixed !== null) return () => fixed;
  const random = seededRandom(seed ?? Math.floor(Math.random() * 2 ** 31));
  return (previous) => nextQuestion(random, level(), previous);
}

/** What is said after a right answer, e.g. "7 plus 8 is 15." or "That is 42." */
export function spokenAnswer(question: Question): string {
  return question.kind === "show"
    ? `That is ${shownNumber(question.answer)}.`
    : `${question.spoken.replace(/^What is /, "").replace(/\?$/, "")} is ${question.answer}.`;
}

export type Verdict = "right" | "wrong";

export interface PracticeState {
  readonly question: Question;
  /** Questions answered right. */
  readonly score: number;
  /** Answers judged, right or wrong. */
  readonly tries: number;
  /** The verdict on the answer held up now; null while waiting for one. */
  readonly verdict: Verdict | null;
  /** The answer that was judged (the number as read, e.g. "15"); it is not judged again until it is taken away or changed. */
  readonly judged: string | null;
}

export function startPractice(question: Question): PracticeState {
  return { question, score: 0, tries: 0, verdict: null, judged: null };
}

/**
 * A steady reading arrived: the number held up, as read ("15"), or null when nothing is.
 * It is right when it is the answer written as is ("15"; "015" is not). The same answer
 * held up is judged once: a wrong one scores nothing until a different answer (or nothing,
 * then an answer) is shown.
 */
export function judge(state: PracticeState, answer: string | null): PracticeState {
  if (answer === null) return state.verdict === null && state.judged !== null ? { ...state, judged: null } : state;
  if (state.verdict !== null || answer === state.judged) return state;
  const right = answer === String(state.question.answer);
  return { ...state, verdict: right ? "right" : "wrong", judged: answer, score: state.score + (right ? 1 : 0), tries: state.tries + 1 };
}

/** After the verdict was shown: a right answer moves on to `next`; a wrong one asks the same question again. */
export function afterVerdict(state: PracticeState, next: Question): PracticeState {
  if (state.verdict === "right") return { ...state, question: next, verdict: null };
  if (state.verdict === "wrong") return { ...state, verdict: null };
  return state;
}

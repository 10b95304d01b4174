// Practice mode, as pure functions: the questions (a digit to show, or a small sum or
// difference whose answer is one digit), and the round's state as it is judged.

export interface Question {
  /** What the screen shows, e.g. "3 + 4" or "7". */
  readonly prompt: string;
  /** What is said aloud, e.g. "What is 3 plus 4?". */
  readonly spoken: string;
  readonly answer: number;
  readonly kind: "digit" | "sum" | "difference";
}

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

export function digitQuestion(digit: number): Question {
  return { prompt: String(digit), spoken: `Show me a ${digit}.`, answer: digit, kind: "digit" };
}

/** One question whose answer is a single digit, never the answer `avoid` (so the answer changes). */
export function nextQuestion(random: () => number, avoid: number | null = null): Question {
  for (;;) {
    const question = anyQuestion(random);
    if (question.answer !== avoid) return question;
  }
}

/**
 * Where a session's questions come from: always `digit` when one is set (a lesson on
 * one digit, or a test), otherwise the order `seed` gives (a random one when null).
 */
export function questionSource(digit: number | null, seed: number | null): (previous: number | null) => Question {
  if (digit !== null) return () => digitQuestion(digit);
  const random = seededRandom(seed ?? Math.floor(Math.random() * 2 ** 31));
  return (previous) => nextQuestion(random, previous);
}

/** What is said after a right answer, e.g. "3 plus 4 is 7." */
export function spokenAnswer(question: Question): string {
  return question.kind === "digit" ? `That is a ${question.answer}.` : `${question.spoken.replace(/^What is /, "").replace(/\?$/, "")} is ${question.answer}.`;
}

function anyQuestion(random: () => number): Question {
  const kind = pick(random, 3);
  if (kind === 0) return digitQuestion(pick(random, 10));
  if (kind === 1) {
    const answer = pick(random, 9) + 1; // 1…9
    const a = pick(random, answer + 1);
    const b = answer - a;
    return { prompt: `${a} + ${b}`, spoken: `What is ${a} plus ${b}?`, answer, kind: "sum" };
  }
  const a = pick(random, 9) + 1; // 1…9
  const b = pick(random, a + 1);
  return { prompt: `${a} − ${b}`, spoken: `What is ${a} minus ${b}?`, answer: a - b, kind: "difference" };
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
  /** The answer that was judged; it is not judged again until it is taken away or changed. */
  readonly judged: number | null;
}

export function startPractice(question: Question): PracticeState {
  return { question, score: 0, tries: 0, verdict: null, judged: null };
}

/**
 * A steady reading arrived (`digit`, or null when nothing is held up). The same
 * answer held up is judged once: a wrong one scores nothing until a different
 * answer (or nothing, then an answer) is shown.
 */
export function judge(state: PracticeState, digit: number | null): PracticeState {
  if (digit === null) return state.verdict === null && state.judged !== null ? { ...state, judged: null } : state;
  if (state.verdict !== null || digit === state.judged) return state;
  const right = digit === state.question.answer;
  return { ...state, verdict: right ? "right" : "wrong", judged: digit, score: state.score + (right ? 1 : 0), tries: state.tries + 1 };
}

/** After the verdict was shown: a right answer moves on to `next`; a wrong one asks the same question again. */
export function afterVerdict(state: PracticeState, next: Question): PracticeState {
  if (state.verdict === "right") return { ...state, question: next, verdict: null };
  if (state.verdict === "wrong") return { ...state, verdict: null };
  return state;
}

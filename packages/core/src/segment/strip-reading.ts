// What the number model's steps say: best path decoding of CTC — each step's likeliest
// class, runs of one digit merged, blanks dropped — with how sure each digit is.

/** One digit the steps read, left to right. */
export interface StripDigit {
  readonly digit: number;
  /** The digit's probability at the step most sure of it. */
  readonly confidence: number;
  /** Probabilities of 0…9 at that step, rescaled to sum to 1 (the blank left out). */
  readonly probabilities: readonly number[];
  /** The first and last step of its run. */
  readonly fromStep: number;
  readonly toStep: number;
}

export interface StripReading {
  readonly text: string;
  readonly digits: readonly StripDigit[];
}

/** Softmax over each step's logits (steps × classes, the blank last), divided by `temperature` first. */
export function stepProbabilities(logits: ArrayLike<number>, steps: number, classes: number, temperature = 1): Float32Array {
  const out = new Float32Array(steps * classes);
  for (let t = 0; t < steps; t++) {
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, logits[t * classes + c]! / temperature);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += out[t * classes + c] = Math.exp(logits[t * classes + c]! / temperature - max);
    for (let c = 0; c < classes; c++) out[t * classes + c]! /= sum;
  }
  return out;
}

/** Best path decoding of per-step probabilities (steps × classes, the blank last). */
export function decodeSteps(probabilities: ArrayLike<number>, steps: number, classes: number): StripReading {
  const blank = classes - 1;
  const best: number[] = [];
  for (let t = 0; t < steps; t++) {
    let top = 0;
    for (let c = 1; c < classes; c++) if (probabilities[t * classes + c]! > probabilities[t * classes + top]!) top = c;
    best.push(top);
  }
  const digits: StripDigit[] = [];
  for (let t = 0; t < steps; t++) {
    const symbol = best[t]!;
    if (symbol === blank || (t > 0 && best[t - 1] === symbol)) continue;
    let to = t;
    while (to + 1 < steps && best[to + 1] === symbol) to++;
    let peak = t;
    for (let s = t; s <= to; s++) if (probabilities[s * classes + symbol]! > probabilities[peak * classes + symbol]!) peak = s;
    let digitsMass = 0;
    for (let c = 0; c < blank; c++) digitsMass += probabilities[peak * classes + c]!;
    const rescaled = Array.from({ length: blank }, (_, c) => probabilities[peak * classes + c]! / Math.max(digitsMass, 1e-12));
    digits.push({ digit: symbol, confidence: probabilities[peak * classes + symbol]!, probabilities: rescaled, fromStep: t, toStep: to });
  }
  return { text: digits.map((d) => d.digit).join(""), digits };
}

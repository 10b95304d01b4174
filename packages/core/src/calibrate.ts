// Calibrated probabilities from a softmax, without TF.js: the reader applies this to every
// reading, and the trainer fits the temperature with the same maths.

/** What the model makes of one 28×28 input. */
export interface Classification {
  /** Calibrated probabilities of the digits 0…9; they sum to 1 − notDigit. */
  readonly probabilities: readonly number[];
  /** Calibrated probability that the input is no digit at all (0 for a model without that class). */
  readonly notDigit: number;
  /** The most probable digit. */
  readonly top: number;
  /** probabilities[top]. */
  readonly confidence: number;
}

/** Index of the "not a digit" output in an 11-output model. */
export const NOT_A_DIGIT_CLASS = 10;

/** The model's verdict that the input is no digit: "not a digit" outweighs the most probable digit. */
export function saysNotADigit({ notDigit, confidence }: Pick<Classification, "notDigit" | "confidence">): boolean {
  return notDigit > confidence;
}

/**
 * softmax(log p / T) over every output, split into the digits and "not a digit". A positive
 * notDigitOffset is taken off "not a digit"'s scaled log-probability first: training shows the model
 * far more non-digits than a reader meets, and the offset (fitted by the trainer on held-out digits)
 * keeps that class from taking real digits.
 */
export function calibrate(softmax: ArrayLike<number>, temperature: number, notDigitOffset = 0): Classification {
  const scaled = Array.from(softmax, (p, k) => Math.log(Math.max(p, 1e-30)) / temperature - (k === NOT_A_DIGIT_CLASS ? notDigitOffset : 0));
  const peak = Math.max(...scaled);
  const exp = scaled.map((s) => Math.exp(s - peak));
  const total = exp.reduce((a, b) => a + b, 0);
  const all = exp.map((e) => e / total);
  const probabilities = all.slice(0, 10);
  let top = 0;
  for (let d = 1; d < 10; d++) if (probabilities[d]! > probabilities[top]!) top = d;
  return { probabilities, notDigit: all[NOT_A_DIGIT_CLASS] ?? 0, top, confidence: probabilities[top]! };
}

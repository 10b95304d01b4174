// What the reading display says for each reading: a headline, a line of advice,
// and a short announcement for screen readers that changes only when the answer does.
import type { Reading } from "@livedigits/core";

export interface ReadingText {
  /** The digit, or a short instruction when there is none. */
  readonly headline: string;
  readonly detail: string;
  /** For aria-live: stable across frames that give the same answer. */
  readonly announcement: string;
}

export const PLACE_A_DIGIT = "Place a digit in the box";

export function describeReading(reading: Reading | null): ReadingText {
  if (reading === null) return { headline: PLACE_A_DIGIT, detail: "", announcement: PLACE_A_DIGIT };
  if (reading.state === "digit" && reading.digit !== null) {
    return { headline: String(reading.digit), detail: `${percent(reading.confidence)} sure`, announcement: `Digit ${reading.digit}` };
  }
  if (reading.state === "unsure") {
    const guess = topClass(reading.probabilities);
    return {
      headline: "Not sure",
      detail: `Looks most like ${guess} (${percent(reading.probabilities[guess] ?? 0)}), not sure enough to say. Hold it steady, closer or better lit.`,
      announcement: "Not sure",
    };
  }
  switch (reading.reason) {
    case "clutter":
      return {
        headline: "Too much in the box",
        detail: "Show one digit on plain paper, or make the box smaller.",
        announcement: "Too much in the box",
      };
    case "cut-by-edge":
      return {
        headline: "Move the digit into the box",
        detail: "It touches the edge of the box: centre it, or make the box bigger.",
        announcement: "The digit touches the edge of the box",
      };
    default:
      return { headline: PLACE_A_DIGIT, detail: "", announcement: PLACE_A_DIGIT };
  }
}

export function topClass(probabilities: readonly number[]): number {
  let top = 0;
  for (let d = 1; d < probabilities.length; d++) if (probabilities[d]! > probabilities[top]!) top = d;
  return top;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

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
/** Said while there is no picture (camera off, refused or starting): the camera's own message says why. */
export const NO_PICTURE = "No picture to read yet";

/** `picture`: whether there is a picture being read (the camera runs, or a photo is open). */
export function describeReading(reading: Reading | null, { picture = true }: { picture?: boolean } = {}): ReadingText {
  if (reading === null && !picture) return { headline: NO_PICTURE, detail: "", announcement: NO_PICTURE };
  if (reading === null) return { headline: PLACE_A_DIGIT, detail: "", announcement: PLACE_A_DIGIT };
  if (reading.state === "digit" && reading.digit !== null) {
    return { headline: String(reading.digit), detail: `${percent(reading.confidence)} sure`, announcement: `Digit ${reading.digit}` };
  }
  if (reading.state === "unsure") {
    const guess = topClass(reading.probabilities);
    return {
      headline: "Not sure",
      detail: `Looks most like ${guess} (${percent(reading.probabilities[guess] ?? 0)}), not sure enough to say. Hold it steady, or give it more light.`,
      announcement: "Not sure",
    };
  }
  const advice = adviceFor(reading);
  return advice ?? { headline: PLACE_A_DIGIT, detail: "", announcement: PLACE_A_DIGIT };
}

/**
 * What to do about a box that holds no readable digit, for each reason the
 * reader gives; null where there is nothing better to say than "place a digit".
 */
export function adviceFor(reading: Pick<Reading, "reason" | "overflow">): ReadingText | null {
  switch (reading.reason) {
    case "overflow": {
      const where = reading.overflow?.length ? ` at the ${sidesInWords(reading.overflow)}` : "";
      return {
        headline: "Move back",
        detail: `The digit runs out of the box${where}: hold the paper further away, or make the box bigger.`,
        announcement: "The digit runs out of the box: move back",
      };
    }
    case "cut-by-edge":
      return {
        headline: "Centre the digit",
        detail: "It touches the edge of the box: move it to the middle, or make the box bigger.",
        announcement: "The digit touches the edge of the box: centre it",
      };
    case "too-small":
      return {
        headline: "Hold it closer",
        detail: "The digit is small in the box: bring it closer, or make the box smaller.",
        announcement: "The digit is too small: hold it closer",
      };
    case "clutter":
      return {
        headline: "Too much in the box",
        detail: "Show one digit on plain paper, or make the box smaller.",
        announcement: "Too much in the box",
      };
    default:
      return null;
  }
}

function sidesInWords(sides: readonly string[]): string {
  return sides.length === 1 ? sides[0]! : `${sides.slice(0, -1).join(", ")} and ${sides.at(-1)!}`;
}

export function topClass(probabilities: readonly number[]): number {
  let top = 0;
  for (let d = 1; d < probabilities.length; d++) if (probabilities[d]! > probabilities[top]!) top = d;
  return top;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

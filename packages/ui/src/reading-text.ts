// What the reading display says for each reading: a headline, a line of advice,
// and a short announcement for screen readers that changes only when the answer does.
// A number is shown whole or not at all; a digit is a number of length one.
import type { Reading } from "@livedigits/core";

export interface ReadingText {
  /** The number (a digit is a number of length one), or a short instruction when there is none. */
  readonly headline: string;
  readonly detail: string;
  /** For aria-live: stable across frames that give the same answer. */
  readonly announcement: string;
}

export const PLACE_A_DIGIT = "Place a digit in the box";
/** Said while there is no picture (camera off, refused or starting): the camera's own message says why. */
export const NO_PICTURE = "No picture to read yet";

/** The number a reading shows, its digits left to right ("7", "2026"), or null: nothing is shown unless every digit is sure. */
export function shownNumber(reading: Reading | null): string | null {
  return reading?.state === "digit" ? reading.text : null;
}

/** `picture`: whether there is a picture being read (the camera runs, or a photo is open). */
export function describeReading(reading: Reading | null, { picture = true }: { picture?: boolean } = {}): ReadingText {
  if (reading === null && !picture) return { headline: NO_PICTURE, detail: "", announcement: NO_PICTURE };
  if (reading === null) return { headline: PLACE_A_DIGIT, detail: "", announcement: PLACE_A_DIGIT };
  const number = shownNumber(reading);
  if (number !== null && number.length === 1) return { headline: number, detail: `${percent(reading.confidence)} sure`, announcement: `Digit ${number}` };
  if (number !== null) {
    const leastSure = Math.min(...reading.digits.map((digit) => digit.confidence));
    return { headline: number, detail: `Every digit at least ${percent(leastSure)} sure`, announcement: `Number ${number}` };
  }
  if (reading.state === "unsure" && reading.digits.length > 1) {
    const unsure = reading.unsureDigit ?? 0;
    const digit = reading.digits[unsure]!;
    const written = reading.digits.map((d, k) => (k === unsure ? "?" : String(d.digit))).join("");
    return {
      headline: "Not sure",
      detail: `Reads “${written}”: the ${ordinal(unsure + 1)} digit looks most like ${digit.digit} (${percent(digit.confidence)}), not sure enough to say. Write that digit more clearly, hold it steady, or give it more light.`,
      announcement: "Not sure",
    };
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
    case "not-a-digit":
      return {
        headline: "Not a digit",
        detail: "That looks like a letter, a word or a mark: show a digit or a number, on plain paper.",
        announcement: "Not a digit",
      };
    case "too-many-digits":
      return {
        headline: "Too many digits",
        detail: "The box holds a longer number than the reader is set to read: make the box smaller, or choose longer numbers in the settings.",
        announcement: "Too many digits",
      };
    case "covered":
      return {
        headline: "Move your hand away",
        detail: "Something in front of the paper, a hand or a sleeve, is in the box: hold the paper by its edge and show the digit.",
        announcement: "Something covers the box: move your hand away",
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

/** "1st", "2nd", "3rd", "4th"… for the digits of a number (at most a dozen). */
export function ordinal(position: number): string {
  const suffix = position % 100 >= 11 && position % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][position % 10] ?? "th");
  return `${position}${suffix}`;
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

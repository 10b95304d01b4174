import { describe, expect, it } from "vitest";
import { chooseDigits, chooseDigitsSpelling, doubtBesideStrays, shortOfADigit, type CandidateVerdict } from "./choose.js";
import type { Segmentation } from "./segmentation.js";

const HEIGHT = 40;
/** One blob 1.4 digit heights wide: read whole (candidate 0), or cut in two halves (candidates 1 and 2). */
function wideBlob(strays: Segmentation["strays"] = []): Segmentation {
  const box = (minX: number, maxX: number) => ({ minX, maxX, minY: 0, maxY: HEIGHT - 1 });
  return {
    candidates: [
      { blob: 0, box: box(0, 55), input: new Float32Array(784) },
      { blob: 0, box: box(0, 27), input: new Float32Array(784) },
      { blob: 0, box: box(28, 55), input: new Float32Array(784) },
    ],
    blobs: [{ box: box(0, 55), width: 1.4, height: 1, splits: [{ candidates: [0], score: -1 }, { candidates: [1, 2], score: 0 }] }],
    strays,
    digitHeight: HEIGHT,
    strokeWidth: 4,
  };
}
const halves: CandidateVerdict[] = [
  { top: 6, confidence: 0.98 },
  { top: 7, confidence: 0.97 },
];

describe("choosing a blob's digits", () => {
  it("cuts a wide blob in two where the model reads it whole only unsurely", () => {
    const chosen = chooseDigits(wideBlob(), [{ top: 0, confidence: 0.5 }, ...halves]);
    expect(chosen.map((c) => c.candidate)).toEqual([1, 2]);
    for (const c of chosen) expect(c.splitSureness).toBeGreaterThan(0.8);
  });

  it("doubts the cut where the model reads the blob whole, surely, as one digit: a wide 0 is no 67", () => {
    const chosen = chooseDigits(wideBlob(), [{ top: 0, confidence: 0.97 }, ...halves]);
    expect(chosen.map((c) => c.candidate)).toEqual([1, 2]);
    for (const c of chosen) expect(c.splitSureness).toBeLessThan(0.05);
  });

  it("doubts the digit beside a mark left out of the number, whichever reader read it: all the camera kept of a lost digit", () => {
    const box = (x: number) => ({ x, y: 0, width: 28, height: 40 });
    const digits = [{ box: box(0), confidence: 0.99 }, { box: box(30), confidence: 0.98 }];
    // A speck a little right of the number: the right digit is the one beside it.
    const speck = { x: 70, y: 20, width: 6, height: 6 };
    const doubted = doubtBesideStrays(digits, [speck]);
    expect(doubted[0]).toEqual(digits[0]);
    expect(doubted[1]!.confidence).toBeCloseTo(0.49, 10);
    expect(doubtBesideStrays(digits, [])).toEqual(digits);
  });

  it("finds the cuts that spell another reader's number, each piece read as its digit and none as no digit", () => {
    const verdicts = [{ top: 0, confidence: 0.5 }, ...halves];
    const anyDigit = () => true;
    expect(chooseDigitsSpelling(wideBlob(), verdicts, "67", anyDigit)).toEqual([1, 2]);
    expect(chooseDigitsSpelling(wideBlob(), verdicts, "0", anyDigit)).toEqual([0]);
    // No split reads 68, nor 6 alone; a half the model calls no digit spells nothing.
    expect(chooseDigitsSpelling(wideBlob(), verdicts, "68", anyDigit)).toBeNull();
    expect(chooseDigitsSpelling(wideBlob(), verdicts, "6", anyDigit)).toBeNull();
    expect(chooseDigitsSpelling(wideBlob(), verdicts, "67", (k) => k !== 2)).toBeNull();
  });

  it("tells when a blob is wide enough for a digit more than were read in it", () => {
    // 1.4 digit heights: two digits likelier than one; read as two, none short.
    expect(shortOfADigit(wideBlob(), [0])).toBe(true);
    expect(shortOfADigit(wideBlob(), [1, 2])).toBe(false);
    // 1.8 digit heights, read as two: three touching digits are likelier.
    const wider = wideBlob();
    const threeWide = { ...wider, blobs: [{ ...wider.blobs[0]!, width: 1.8 }] };
    expect(shortOfADigit(threeWide, [1, 2])).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { chooseDigits, type CandidateVerdict } from "./choose.js";
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
    blobs: [{ width: 1.4, height: 1, splits: [{ candidates: [0], score: -1 }, { candidates: [1, 2], score: 0 }] }],
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

  it("doubts the digit beside a mark left out of the number: all the camera kept of a lost digit", () => {
    const verdicts = [{ top: 0, confidence: 0.5 }, ...halves];
    const plain = chooseDigits(wideBlob(), verdicts);
    // A speck a little right of the blob: the right half is the digit beside it.
    const speck = { minX: 70, maxX: 75, minY: 20, maxY: 25 };
    const beside = chooseDigits(wideBlob([speck]), verdicts);
    expect(beside.map((c) => c.candidate)).toEqual([1, 2]);
    expect(beside[0]!.splitSureness).toBe(plain[0]!.splitSureness);
    expect(beside[1]!.splitSureness).toBeCloseTo(plain[1]!.splitSureness / 2, 10);
  });
});

import { describe, expect, it } from "vitest";
import { Random } from "@livedigits/core/synthetic";
import {
  DIGIT_LIKE_ALONE,
  DIGIT_SHAPED_CHARACTERS,
  drawNonDigitInk,
  drawNonDigitInkOfKind,
  NON_DIGIT_INK_KINDS,
  NON_DIGIT_INK_WEIGHTS,
  NON_DIGIT_LETTERS,
  NON_DIGIT_SYMBOLS,
  WORDS,
  type NonDigitInk,
} from "./non-digit-ink.js";

const isDigitShaped = (char: string) => DIGIT_SHAPED_CHARACTERS.includes(char);

function inkSum({ ink }: NonDigitInk): number {
  return ink.reduce((sum, v) => sum + v, 0);
}

function borderInk({ ink }: NonDigitInk, size: number): number {
  let sum = 0;
  for (let k = 0; k < size; k++) sum += ink[k]! + ink[(size - 1) * size + k]! + ink[k * size]! + ink[k * size + size - 1]!;
  return sum;
}

/** The steepest step in coverage between two pixels side by side: a pen's edge is sharp. */
function steepestStep({ ink }: NonDigitInk, size: number): number {
  let step = 0;
  for (let y = 0; y < size; y++) for (let x = 0; x + 1 < size; x++) step = Math.max(step, Math.abs(ink[y * size + x + 1]! - ink[y * size + x]!));
  return step;
}

describe("drawNonDigitInk", () => {
  it("draws size×size coverage in 0…1 with visible ink, and a darkness in (0, 1]", () => {
    const random = new Random(5);
    for (let k = 0; k < 300; k++) {
      const mark = drawNonDigitInk(random);
      expect(mark.ink).toHaveLength(64 * 64);
      expect(Math.min(...mark.ink)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...mark.ink)).toBeLessThanOrEqual(1);
      expect(inkSum(mark), mark.kind).toBeGreaterThan(4);
      expect(mark.darkness).toBeGreaterThan(0);
      expect(mark.darkness).toBeLessThanOrEqual(1);
    }
    expect(drawNonDigitInk(new Random(1), 28).ink).toHaveLength(28 * 28);
  });

  it("is the same for the same seed and differs between seeds", () => {
    for (let seed = 0; seed < 20; seed++) expect(drawNonDigitInk(new Random(seed))).toEqual(drawNonDigitInk(new Random(seed)));
    expect(drawNonDigitInk(new Random(1)).ink).not.toEqual(drawNonDigitInk(new Random(2)).ink);
  });

  it("reaches every kind it weighs, about as often as weighted, and never one weighed 0", () => {
    const random = new Random(11);
    const counts = new Map<string, number>();
    const draws = 2000;
    for (let k = 0; k < draws; k++) {
      const { kind } = drawNonDigitInk(random, 24);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    expect(new Set(counts.keys())).toEqual(new Set(NON_DIGIT_INK_KINDS.filter((kind) => NON_DIGIT_INK_WEIGHTS[kind] > 0)));
    for (const kind of NON_DIGIT_INK_KINDS) {
      expect((counts.get(kind) ?? 0) / draws, kind).toBeCloseTo(NON_DIGIT_INK_WEIGHTS[kind], 1);
    }
  });

  it("never draws a digit-shaped letter or symbol alone, and words are mostly other letters", () => {
    expect(NON_DIGIT_LETTERS).toMatch(/[A-Z]/);
    expect(NON_DIGIT_LETTERS).toMatch(/[a-z]/);
    for (const char of [...NON_DIGIT_LETTERS, ...NON_DIGIT_SYMBOLS]) expect(isDigitShaped(char), char).toBe(false);
    for (const char of DIGIT_LIKE_ALONE) {
      expect(NON_DIGIT_LETTERS, char).not.toContain(char);
      expect(NON_DIGIT_SYMBOLS, char).not.toContain(char);
    }
    for (const word of WORDS) expect([...word].filter(isDigitShaped).length, word).toBeLessThanOrEqual(word.length / 2);
    const random = new Random(21);
    const seen = new Set<string>();
    for (let k = 0; k < 600; k++) {
      const { text } = drawNonDigitInkOfKind((["letter", "symbol", "word"] as const)[k % 3]!, random, 24);
      expect(text).toBeDefined();
      if (k % 3 === 2) {
        expect(text!.length).toBeGreaterThanOrEqual(2);
        expect([...text!].filter(isDigitShaped).length, text).toBeLessThanOrEqual(text!.length / 2);
      } else {
        expect(isDigitShaped(text!) || DIGIT_LIKE_ALONE.includes(text!), text).toBe(false);
        seen.add(text!);
      }
    }
    // Not a handful repeated: most of the alphabet and the symbols come out.
    expect(seen.size).toBeGreaterThan(40);
  });

  it("keeps letters and symbols whole inside the box, and sometimes lets a word run past its edge", () => {
    const random = new Random(8);
    let cutWords = 0;
    for (let k = 0; k < 150; k++) {
      for (const kind of ["letter", "symbol"] as const) expect(borderInk(drawNonDigitInkOfKind(kind, random), 64), kind).toBe(0);
      if (borderInk(drawNonDigitInkOfKind("word", random), 64) > 0) cutWords++;
    }
    expect(cutWords).toBeGreaterThan(10);
    expect(cutWords).toBeLessThan(100);
  });

  it("brings a hand, arm or sleeve in from the box's edge as a large shape in a skin or cloth tone", () => {
    const random = new Random(4);
    for (let k = 0; k < 60; k++) {
      const kind = (["hand", "arm", "sleeve"] as const)[k % 3]!;
      const mark = drawNonDigitInkOfKind(kind, random);
      expect(borderInk(mark, 64), kind).toBeGreaterThan(0);
      expect(inkSum(mark), kind).toBeGreaterThan(64 * 64 * 0.03);
      expect(mark.darkness).toBeLessThan(1);
    }
  });

  it("draws smudges soft and grey, without the sharp edge every pen mark has", () => {
    const random = new Random(4);
    for (let k = 0; k < 100; k++) {
      const smudge = drawNonDigitInkOfKind("smudge", random);
      expect(smudge.darkness).toBeLessThan(1);
      expect(inkSum(smudge)).toBeGreaterThan(4);
      expect(steepestStep(smudge, 64)).toBeLessThan(0.45);
      expect(steepestStep(drawNonDigitInkOfKind("letter", random), 64)).toBeGreaterThan(0.5);
    }
  });
});

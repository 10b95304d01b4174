import { Random } from "@livedigits/core/synthetic";
import { BENCH_STROKE_FONTS, DIGIT_SHAPED_CHARACTERS, TRAINING_STROKE_FONTS, WORDS } from "@livedigits/trainer/marks";
import { describe, expect, it } from "vitest";
import { CLUTTER, renderClutter } from "./clutter.js";
import { armAcross } from "./marks.js";
import { BOX_IN_REGION, REGION_SIZE } from "./scene.js";
import { BENCH_CAPITALS, BENCH_LOWERCASE, BENCH_SYMBOLS, BENCH_WORDS, bounds, pickFont, pickText, writeInBox } from "./writing.js";

const digitShaped = (text: string) => [...text].filter((char) => DIGIT_SHAPED_CHARACTERS.includes(char)).length;

describe("the clutter table", () => {
  it("has every kind #13 asks for, each with its own random stream", () => {
    expect(CLUTTER.map((k) => k.name)).toEqual([
      "empty sheet",
      "lined paper",
      "squared paper",
      "lined or squared paper, camera conditions",
      "smudges",
      "a capital letter",
      "a lowercase letter",
      "a word",
      "a symbol",
      "part of a hand",
      "a sleeve or arm across the box",
    ]);
    expect(new Set(CLUTTER.map((k) => k.stream)).size).toBe(CLUTTER.length);
  });

  it("draws the same frame from the same seed", () => {
    for (const kind of CLUTTER.filter((k) => ["a word", "a sleeve or arm across the box"].includes(k.name))) {
      const a = renderClutter(kind, false, new Random(11));
      const b = renderClutter(kind, false, new Random(11));
      expect(Buffer.from(a.data).equals(Buffer.from(b.data)), kind.name).toBe(true);
    }
  });
});

describe("the bench's writing", () => {
  it("comes only from fonts training never uses", () => {
    expect(BENCH_STROKE_FONTS.filter((font) => TRAINING_STROKE_FONTS.includes(font))).toEqual([]);
    const random = new Random(1);
    const used = new Set(Array.from({ length: 300 }, () => pickFont(random)));
    expect([...used].sort()).toEqual([...BENCH_STROKE_FONTS].sort());
  });

  it("never writes a digit-shaped letter or symbol alone", () => {
    for (const chars of [BENCH_CAPITALS, BENCH_LOWERCASE, BENCH_SYMBOLS]) expect(digitShaped(chars), chars).toBe(0);
    expect(BENCH_CAPITALS).toContain("A");
    expect(BENCH_LOWERCASE).toContain("e");
    const random = new Random(2);
    for (let k = 0; k < 500; k++) {
      for (const kind of ["capital", "lowercase", "symbol"] as const) expect(digitShaped(pickText(kind, random))).toBe(0);
    }
  });

  it("writes words of 2–6 letters that training's word list lacks, mostly in lowercase", () => {
    const training = new Set(WORDS.map((w) => w.toLowerCase()));
    for (const word of BENCH_WORDS) {
      expect(word.length, word).toBeGreaterThanOrEqual(2);
      expect(word.length, word).toBeLessThanOrEqual(6);
      expect(training.has(word.toLowerCase()), word).toBe(false);
      for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) expect(digitShaped(form) * 2, form).toBeLessThanOrEqual(form.length);
    }
    const random = new Random(3);
    const words = Array.from({ length: 400 }, () => pickText("word", random));
    const lowercase = words.filter((w) => w === w.toLowerCase()).length;
    expect(lowercase / words.length).toBeGreaterThan(0.6);
    expect(words.some((w) => w === w.toUpperCase())).toBe(true);
  });

  it("keeps the writing inside the box at the size asked for", () => {
    const random = new Random(4);
    for (let k = 0; k < 60; k++) {
      const kind = (["capital", "lowercase", "symbol", "word"] as const)[k % 4]!;
      const writing = writeInBox(pickText(kind, random), pickFont(random), { longer: [0.4, 0.8], maxHeight: 0.6 }, random);
      const { minX, maxX, minY, maxY } = bounds(writing.strokes);
      expect(minX, writing.text).toBeGreaterThanOrEqual(0.03);
      expect(minY, writing.text).toBeGreaterThanOrEqual(0.03);
      expect(maxX, writing.text).toBeLessThanOrEqual(0.97);
      expect(maxY, writing.text).toBeLessThanOrEqual(0.97);
      expect(Math.max(maxX - minX, maxY - minY), writing.text).toBeLessThanOrEqual(0.8 + 1e-9);
      expect(maxY - minY, writing.text).toBeLessThanOrEqual(0.6 + 1e-9);
    }
  });
});

describe("armAcross", () => {
  it("lays a broad, shaded band from outside the box across it", () => {
    const { width, height } = REGION_SIZE;
    const random = new Random(5);
    for (let k = 0; k < 12; k++) {
      const cloth = k % 2 === 0;
      const { coverage, shade } = armAcross(random, cloth);
      let inBox = 0;
      let boxPixels = 0;
      let onRegionEdge = 0;
      const lit: number[] = [];
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const c = coverage[y * width + x]!;
          const inside = x >= BOX_IN_REGION.x && x < BOX_IN_REGION.x + BOX_IN_REGION.side && y >= BOX_IN_REGION.y && y < BOX_IN_REGION.y + BOX_IN_REGION.side;
          if (inside) {
            boxPixels++;
            if (c > 0.5) inBox++;
          }
          if ((x === 0 || y === 0 || x === width - 1 || y === height - 1) && c > 0.5) onRegionEdge++;
          if (c === 1) lit.push(shade[y * width + x]!);
        }
      }
      // Broad: a good part of the box; and it comes from beyond the scene's edge.
      expect(inBox / boxPixels).toBeGreaterThan(0.2);
      expect(onRegionEdge).toBeGreaterThan(0);
      // Shaded, not flat: the lit side and the far side differ.
      const sorted = lit.sort((a, b) => a - b);
      expect(sorted[Math.floor(sorted.length * 0.95)]! - sorted[Math.floor(sorted.length * 0.05)]!).toBeGreaterThan(0.15);
    }
  });
});

import { describe, expect, it } from "vitest";
import { BENCH_STROKE_FONTS, loadStrokeFont, strokeFontStyle, textToPolylines, TRAINING_STROKE_FONTS, type StrokeFontName } from "./stroke-fonts.js";

describe("the stroke-font split", () => {
  it("gives training and the bench disjoint, non-empty sets, each with script and print fonts", () => {
    expect(TRAINING_STROKE_FONTS.filter((name) => BENCH_STROKE_FONTS.includes(name))).toEqual([]);
    for (const fonts of [TRAINING_STROKE_FONTS, BENCH_STROKE_FONTS]) {
      expect(new Set(fonts.map(strokeFontStyle))).toEqual(new Set(["script", "print"]));
    }
  });

  it("shares no glyph drawing between a training and a bench font (the package ships Hershey fonts twice)", () => {
    const shape = (name: StrokeFontName, char: string) =>
      JSON.stringify(loadStrokeFont(name).glyph(char)!.strokes.map((line) => line.map(([x, y]) => [Math.round(x * 20), Math.round(y * 20)])));
    for (const char of "AkM") {
      const bench = new Set(BENCH_STROKE_FONTS.map((name) => shape(name, char)));
      for (const name of TRAINING_STROKE_FONTS) expect(bench.has(shape(name, char)), `${name} "${char}"`).toBe(false);
    }
  });
});

describe("loadStrokeFont", () => {
  it("has every ASCII letter in every font, scaled to a cap height of 1 on the baseline y = 0", () => {
    for (const name of [...TRAINING_STROKE_FONTS, ...BENCH_STROKE_FONTS]) {
      const font = loadStrokeFont(name);
      for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+=?#*%&@!<>") {
        const glyph = font.glyph(char);
        expect(glyph?.strokes.length, `${name} "${char}"`).toBeGreaterThan(0);
        expect(glyph!.advance).toBeGreaterThan(0);
      }
      const ys = font.glyph("H")!.strokes.flat().map(([, y]) => y);
      expect(Math.min(...ys)).toBeCloseTo(-1, 6);
      expect(Math.max(...ys)).toBeCloseTo(0, 6);
      // A capital's strokes stay near the cap height and baseline (script capitals swing a little past them).
      const capital = font.glyph("E")!.strokes.flat().map(([, y]) => y);
      expect(Math.min(...capital)).toBeGreaterThan(-1.6);
      expect(Math.max(...capital)).toBeLessThan(0.6);
    }
  });

  it("refuses an unknown font by name", () => {
    expect(() => loadStrokeFont("comic" as StrokeFontName)).toThrow(/Unknown stroke font 'comic'/);
  });
});

describe("textToPolylines", () => {
  it("lays letters out left to right by their advances", () => {
    const font = loadStrokeFont("futural");
    const one = textToPolylines("H", font);
    const two = textToPolylines("HH", font);
    expect(two.width).toBeCloseTo(2 * one.width, 9);
    expect(two.strokes).toHaveLength(2 * one.strokes.length);
    const shifted = two.strokes[one.strokes.length]!;
    expect(shifted[0]![0]).toBeCloseTo(one.strokes[0]![0]![0] + one.width, 9);
    expect(textToPolylines("H H", "futural").width).toBeCloseTo(2 * one.width + 0.5, 9);
  });
});

import { mnistTestDigits } from "@livedigits/core/testing";
import { describe, expect, it } from "vitest";
import { digitsFor, drawNumberFrame, numberBox } from "./number-frames.js";

const pool = mnistTestDigits(200);

describe("numberBox", () => {
  it("is the default square's height and twice as wide, centred", () => {
    expect(numberBox(640, 480)).toEqual({ x: 128, y: 144, width: 384, height: 192 });
    const wide = numberBox(1280, 720);
    expect(wide.width).toBe(2 * wide.height);
    expect(wide.x * 2 + wide.width).toBe(1280);
  });
});

describe("digitsFor", () => {
  it("writes each character with a test digit of that class, a different one where a digit repeats", () => {
    const fields = digitsFor("2026", pool);
    const labels = fields.map((field) => pool.find((s) => s.image === field)!.label);
    expect(labels).toEqual([2, 0, 2, 6]);
    expect(fields[0]).not.toBe(fields[2]);
  });

  it("gives the next number other hands when asked to", () => {
    const used = new Set<(typeof pool)[number]>();
    const [first] = digitsFor("7", pool, used);
    const [second] = digitsFor("7", pool, used);
    expect(second).not.toBe(first);
  });
});

describe("drawNumberFrame", () => {
  const box = numberBox(640, 480);
  const look = { width: 640, height: 480, box, paper: 225, ink: 35, digitHeight: 0.55, offset: [0, 0] as const, gradient: 0, noise: 0, seed: 1 };

  /** Runs of columns holding ink (darker than halfway between paper and ink). */
  function inkRuns(data: Uint8ClampedArray): { from: number; to: number }[] {
    const runs: { from: number; to: number }[] = [];
    for (let x = 0; x < 640; x++) {
      let inked = false;
      for (let y = 0; y < 480 && !inked; y++) inked = data[(y * 640 + x) * 4]! < 130;
      const last = runs[runs.length - 1];
      if (inked && last && last.to === x - 1) last.to = x;
      else if (inked) runs.push({ from: x, to: x });
    }
    return runs;
  }

  it("writes the digits apart from each other, left to right, inside the box", () => {
    const runs = inkRuns(drawNumberFrame(digitsFor("2026", pool), look));
    expect(runs).toHaveLength(4);
    expect(runs[0]!.from).toBeGreaterThanOrEqual(box.x);
    expect(runs[3]!.to).toBeLessThan(box.x + box.width);
  });

  it("keeps a long number within the box's width", () => {
    const runs = inkRuns(drawNumberFrame(digitsFor("808808", pool), look));
    expect(runs).toHaveLength(6);
    expect(runs[0]!.from).toBeGreaterThanOrEqual(box.x);
    expect(runs[5]!.to).toBeLessThan(box.x + box.width);
  });
});

import { describe, expect, it } from "vitest";
import { drawNonDigit } from "./non-digits.js";
import { Random } from "@livedigits/core/synthetic";

describe("drawNonDigit", () => {
  it("draws marks in MNIST's format: ink inside the central 20×20, nothing on the border", () => {
    const random = new Random(3);
    for (let k = 0; k < 200; k++) {
      const field = drawNonDigit(random);
      let ink = 0;
      for (let y = 0; y < 28; y++) {
        for (let x = 0; x < 28; x++) {
          const v = field[y * 28 + x]!;
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
          if (x < 2 || y < 2 || x > 25 || y > 25) expect(v).toBe(0);
          ink += v;
        }
      }
      expect(ink).toBeGreaterThan(5);
    }
  });

  it("is the same for the same seed", () => {
    expect(drawNonDigit(new Random(9))).toEqual(drawNonDigit(new Random(9)));
  });
});

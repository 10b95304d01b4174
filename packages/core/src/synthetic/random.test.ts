import { describe, expect, it } from "vitest";
import { Random } from "./random.js";

describe("Random", () => {
  it("repeats its sequence from a seed, within [0, 1)", () => {
    const [a, b] = [new Random(42), new Random(42)];
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Random(43).next()).not.toBe(values[0]);
  });

  it("shuffles into a permutation", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = new Random(1).shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((p, q) => p - q)).toEqual(items);
  });
});

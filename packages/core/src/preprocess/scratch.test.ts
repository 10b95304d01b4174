import { describe, expect, it } from "vitest";
import { Scratch } from "./scratch.js";

describe("Scratch", () => {
  it("gives as many values as asked for, in one buffer kept between calls", () => {
    const scratch = new Scratch((n) => new Float32Array(n));
    const first = scratch.take(10);
    expect(first).toHaveLength(10);
    first[3] = 7;
    const again = scratch.take(6);
    expect(again).toHaveLength(6);
    expect(again.buffer).toBe(first.buffer);
    expect(again[3]).toBe(7);
  });

  it("grows to a larger request, and zeroes on demand", () => {
    const scratch = new Scratch((n) => new Int32Array(n));
    scratch.take(4).fill(5);
    const larger = scratch.zeroed(100);
    expect(larger).toHaveLength(100);
    expect(Array.from(larger).every((v) => v === 0)).toBe(true);
    expect(scratch.take(4).buffer).toBe(larger.buffer);
  });
});

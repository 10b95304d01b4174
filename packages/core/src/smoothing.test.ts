import { describe, expect, it } from "vitest";
import { FrameSmoother } from "./smoothing.js";

describe("FrameSmoother", () => {
  it("reports a digit only once it won k of the last n frames", () => {
    const smoother = new FrameSmoother({ window: 5, minAgreeing: 3 });
    expect([7, 7].map((d) => smoother.push(d))).toEqual([null, null]);
    expect(smoother.push(7)).toBe(7);
  });

  it("does not flicker on a single stray frame, and lets go when the digit leaves", () => {
    const smoother = new FrameSmoother({ window: 5, minAgreeing: 3 });
    const shown = [3, 3, 3, 8, 3, null, null, null, null].map((d) => smoother.push(d));
    expect(shown).toEqual([null, null, 3, 3, 3, 3, null, null, null]);
  });

  it("switches to a new digit once it is held steadily", () => {
    const smoother = new FrameSmoother({ window: 5, minAgreeing: 3 });
    const shown = [1, 1, 1, 4, 4, 4, 4].map((d) => smoother.push(d));
    expect(shown.at(-1)).toBe(4);
    expect(shown).not.toContain(null === shown[2] ? 4 : -1);
  });

  it("reset forgets history; bad options are refused", () => {
    const smoother = new FrameSmoother({ window: 3, minAgreeing: 2 });
    smoother.push(5);
    smoother.reset();
    expect(smoother.push(5)).toBeNull();
    expect(() => new FrameSmoother({ window: 2, minAgreeing: 3 })).toThrow(RangeError);
  });

  it("smooths a number's whole text, and keeps the latest frame's details of the steady one", () => {
    const smoother = new FrameSmoother<string, string>({ window: 5, minAgreeing: 3 });
    const shown = [["42", "a"], ["42", "b"], ["47", "c"], ["42", "d"], ["47", "e"], ["47", "f"]].map(([text, detail]) => smoother.push(text!, detail));
    // 47 shares a digit with 42 but is another number: it counts only for itself.
    expect(shown).toEqual([null, null, null, "42", "42", "47"]);
    expect(smoother.latestDetail("42")).toBe("d");
    expect(smoother.latestDetail("47")).toBe("f");
    expect(smoother.latestDetail("7")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { addTallies, emptyTally, record, score } from "./score.js";

describe("score", () => {
  it("separates accuracy, coverage and accuracy among answered", () => {
    const t = emptyTally();
    record(t, 3, 3); // right
    record(t, 5, 3); // wrong
    record(t, null, 3); // silent
    record(t, null, 1); // silent
    expect(score(t)).toEqual({ count: 4, accuracy: 0.25, coverage: 0.5, precision: 0.5 });
  });

  it("counts any digit named on clutter (label null) as answered and wrong", () => {
    const t = emptyTally();
    record(t, 7, null);
    record(t, null, null);
    expect(score(t)).toEqual({ count: 2, accuracy: 0, coverage: 0.5, precision: 0 });
  });

  it("has no precision when nothing was answered, and adds tallies", () => {
    expect(score(emptyTally()).precision).toBeNull();
    const a = { total: 2, answered: 1, right: 1 };
    expect(addTallies(a, a)).toEqual({ total: 4, answered: 2, right: 2 });
  });
});

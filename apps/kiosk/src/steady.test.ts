import { describe, expect, it } from "vitest";
import { Steady } from "./steady.js";

describe("Steady", () => {
  it("shows a digit only once it is held, and ignores flickers", () => {
    const steady = new Steady<string>({ holdMs: 500, clearMs: 1000 });
    expect(steady.push("3", 0)).toBeNull();
    expect(steady.push("3", 400)).toBeNull();
    expect(steady.push("3", 500)).toBe("3");
    expect(steady.push("8", 600)).toBe("3"); // a flicker
    expect(steady.push("3", 700)).toBe("3");
    expect(steady.push("8", 800)).toBe("3");
    expect(steady.push("8", 1300)).toBe("8"); // held: it changes
  });

  it("takes a number as one value: 15 is not 1, and holding 15 after a flicker of 1 shows 15", () => {
    const steady = new Steady<string>({ holdMs: 500, clearMs: 1000 });
    steady.push("1", 0);
    expect(steady.push("15", 100)).toBeNull();
    expect(steady.push("15", 600)).toBe("15");
    expect(steady.push("1", 700)).toBe("15");
  });

  it("goes back to idle only after nothing is read for a while", () => {
    const steady = new Steady<string>({ holdMs: 500, clearMs: 1000 });
    steady.push("5", 0);
    steady.push("5", 500);
    expect(steady.push(null, 600)).toBe("5");
    expect(steady.push(null, 1500)).toBe("5");
    expect(steady.push(null, 1600)).toBeNull();
  });
});

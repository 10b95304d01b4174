import type { NoDigitReason, Reading } from "@livedigits/core";
import { describe, expect, it } from "vitest";
import { Advice } from "./advice.svelte.js";
import { Steady } from "./steady.js";

function refused(reason: NoDigitReason): Reading {
  return { digit: null, state: "no-digit", reason, overflow: reason === "overflow" ? ["top"] : undefined } as Partial<Reading> as Reading;
}

const DIGIT = { digit: 5, state: "digit" } as Partial<Reading> as Reading;

/** Advice held 500 ms before it shows, cleared after 1000 ms without any. */
function advice(): Advice {
  return new Advice(new Steady<string>({ holdMs: 500, clearMs: 1000 }));
}

/** The same reading every 100 ms from `from` to `to` (ms). */
function hold(target: Advice, reading: Reading | null, from: number, to: number): void {
  for (let now = from; now <= to; now += 100) target.see(reading, now);
}

describe("Advice", () => {
  it("says what to do once the same refusal holds: move back for a digit running out of the box, closer for a small one", () => {
    const overflowing = advice();
    hold(overflowing, refused("overflow"), 0, 400);
    expect(overflowing.shown).toBeNull();
    hold(overflowing, refused("overflow"), 500, 500);
    expect(overflowing.shown).toBe("Move back");

    const small = advice();
    hold(small, refused("too-small"), 0, 500);
    expect(small.shown).toBe("Hold it closer");

    const covered = advice();
    hold(covered, refused("covered"), 0, 500);
    expect(covered.shown).toBe("Move your hand away");
  });

  it("gives none for an empty box or a digit read, and none for a refusal that flickers", () => {
    const target = advice();
    hold(target, refused("empty"), 0, 1000);
    hold(target, DIGIT, 1100, 2000);
    for (let now = 2100; now <= 3000; now += 100) target.see(now % 200 === 0 ? refused("overflow") : null, now);
    expect(target.shown).toBeNull();
  });

  it("keeps the advice through a passing frame without it, and drops it once none is called for a while", () => {
    const target = advice();
    hold(target, refused("overflow"), 0, 500);
    target.see(DIGIT, 600);
    expect(target.shown).toBe("Move back");
    hold(target, DIGIT, 700, 1600);
    expect(target.shown).toBeNull();
  });

  it("forgets it when the camera is not live", () => {
    const target = advice();
    hold(target, refused("cut-by-edge"), 0, 500);
    expect(target.shown).toBe("Centre the digit");
    target.blank();
    expect(target.shown).toBeNull();
    target.see(refused("cut-by-edge"), 600);
    expect(target.shown).toBeNull();
  });
});

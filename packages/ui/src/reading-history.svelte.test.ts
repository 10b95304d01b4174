import type { Reading } from "@livedigits/core";
import { describe, expect, it } from "vitest";
import { ReadingHistory } from "./reading-history.svelte.js";

let clock = 0;
const digit = (value: number, confidence = 0.9) => ({ state: "digit", digit: value, text: String(value), confidence, timestamp: ++clock }) as Reading;
const number = (text: string, confidence = 0.9) => ({ state: "digit", digit: null, text, confidence, timestamp: ++clock }) as Reading;
const unsureNumber = { state: "unsure", digit: null, text: null, timestamp: 0 } as unknown as Reading;
const empty = { state: "no-digit", digit: null, reason: "empty", timestamp: 0 } as unknown as Reading;
const unsure = { state: "unsure", digit: null, timestamp: 0 } as unknown as Reading;

const digits = (history: ReadingHistory) => history.entries.map((entry) => Number(entry.text));
const texts = (history: ReadingHistory) => history.entries.map((entry) => entry.text);

describe("ReadingHistory", () => {
  it("keeps a digit held steady once, newest first, with its confidence and time", () => {
    const history = new ReadingHistory();
    for (let i = 0; i < 5; i++) history.see(digit(3));
    history.see(digit(7, 0.95));
    expect(digits(history)).toEqual([7, 3]);
    expect(history.entries[0]).toEqual({ text: "7", confidence: 0.95, at: clock });
  });

  it("keeps a number whole, as one entry, and a digit or another number after it as others", () => {
    const history = new ReadingHistory();
    for (let i = 0; i < 3; i++) history.see(number("2026"));
    history.see(unsureNumber);
    history.see(number("2026"));
    history.see(digit(4));
    history.see(number("042"));
    expect(texts(history)).toEqual(["042", "4", "2026"]);
    expect(history.entries[2]).toMatchObject({ text: "2026", confidence: 0.9 });
  });

  it("counts the same digit again once the box held none in between, but not after a moment of doubt", () => {
    const history = new ReadingHistory();
    history.see(digit(1));
    history.see(unsure);
    history.see(digit(1));
    expect(digits(history)).toEqual([1]);
    history.see(empty);
    history.see(digit(1));
    history.see(null);
    history.see(digit(1));
    expect(digits(history)).toEqual([1, 1, 1]);
  });

  it("keeps only the last few, and forgets them all on clear", () => {
    const history = new ReadingHistory(3);
    for (const value of [1, 2, 3, 4, 5]) history.see(digit(value));
    expect(digits(history)).toEqual([5, 4, 3]);
    history.clear();
    expect(history.entries).toEqual([]);
    history.see(digit(5));
    expect(digits(history)).toEqual([5]);
  });

  it("refuses a size that holds nothing", () => {
    expect(() => new ReadingHistory(0)).toThrow(RangeError);
    expect(() => new ReadingHistory(2.5)).toThrow(RangeError);
  });
});

import type { Reading } from "@livedigits/core";
import { describe, expect, it } from "vitest";
import { DigitClipboard, isCopyKey } from "./digit-clipboard.svelte.js";

const digit = (value: number) => ({ state: "digit", digit: value, text: String(value) }) as Reading;
const number = (text: string) => ({ state: "digit", digit: null, text }) as Reading;
const unsure = { state: "unsure", digit: null, text: null } as unknown as Reading;

/** The clipboard's writeText, keeping what was written or refusing as a browser without focus does. */
function clipboard(refuse = false): { writeText(text: string): Promise<void>; written: string[] } {
  const written: string[] = [];
  return {
    written,
    async writeText(text) {
      if (refuse) throw new DOMException("Document is not focused.", "NotAllowedError");
      written.push(text);
    },
  };
}

describe("DigitClipboard", () => {
  it("copies the last digit read, which readings without one leave as it was", async () => {
    const copier = new DigitClipboard();
    copier.see(digit(3));
    copier.see(unsure);
    copier.see(null);
    const target = clipboard();
    await copier.copy(target);
    expect(target.written).toEqual(["3"]);
    expect(copier.message).toBe("Copied “3”.");
    copier.see(digit(8));
    await copier.copy(target);
    expect(target.written).toEqual(["3", "8"]);
  });

  it("says there is nothing to copy before the first digit", async () => {
    const copier = new DigitClipboard();
    const target = clipboard();
    await copier.copy(target);
    expect([copier.message, target.written]).toEqual(["Nothing to copy yet: hold a number in the box.", []]);
  });

  it("copies a number whole, leading zeros kept", async () => {
    const copier = new DigitClipboard();
    copier.see(number("2026"));
    copier.see(unsure);
    const target = clipboard();
    await copier.copy(target);
    copier.see(number("007"));
    await copier.copy(target);
    expect(target.written).toEqual(["2026", "007"]);
    expect(copier.lastNumber).toBe("007");
  });

  it("says why the clipboard refused", async () => {
    const copier = new DigitClipboard();
    copier.see(digit(1));
    await copier.copy(clipboard(true));
    expect(copier.message).toBe("Could not copy: Document is not focused.");
  });
});

describe("isCopyKey", () => {
  const on = (target: { closest(selector: string): unknown } | null, key = "Enter", defaultPrevented = false) =>
    ({ key, defaultPrevented, target }) as unknown as KeyboardEvent;
  const page = { closest: () => null };
  const button = { closest: () => ({}) };

  it("is Enter on the page itself", () => {
    expect(isCopyKey(on(page))).toBe(true);
    expect(isCopyKey(on(null))).toBe(true);
  });

  it("leaves other keys, handled keys and Enter on a control alone", () => {
    expect([isCopyKey(on(page, "c")), isCopyKey(on(page, "Enter", true)), isCopyKey(on(button))]).toEqual([false, false, false]);
  });
});

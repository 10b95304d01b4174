import { describe, expect, it } from "vitest";
import { specksMakeADigitBeside } from "./specks-beside.js";

/** A speck: a box of ink and its pixel count. */
const speck = (minX: number, minY: number, maxX: number, maxY: number, area = (maxX - minX + 1) * (maxY - minY + 1)) => ({ minX, minY, maxX, maxY, area });

describe("specksMakeADigitBeside", () => {
  // A number 40 px tall from x 10 to 100.
  const box = { minX: 10, minY: 20, maxX: 100, maxY: 59 };
  const digitHeight = 40;
  // What a broken stroke leaves of a digit beyond the number: a column of specks a few pixels apart.
  const brokenStroke = [speck(120, 25, 122, 28), speck(121, 32, 123, 35), speck(122, 39, 124, 42), speck(123, 46, 125, 49)];

  it("specks close together beside the number, on its line, make a mark that may be a lost digit", () => {
    expect(specksMakeADigitBeside(brokenStroke, box, digitHeight)).toBe(true);
    // … on either side.
    expect(specksMakeADigitBeside(brokenStroke.map((s) => ({ ...s, minX: s.minX - 120, maxX: s.maxX - 120 })), box, digitHeight)).toBe(true);
  });

  it("the same specks far apart are dirt, not a mark", () => {
    const scattered = brokenStroke.map((s, k) => ({ ...s, minX: s.minX + 30 * k, maxX: s.maxX + 30 * k }));
    expect(specksMakeADigitBeside(scattered, box, digitHeight)).toBe(false);
  });

  it("a mark too short, or as tall but too light (the dots erased squared paper leaves), is no digit", () => {
    expect(specksMakeADigitBeside(brokenStroke.slice(0, 2), box, digitHeight)).toBe(false);
    const gridRemnant = [22, 30, 38, 46, 52].map((y) => speck(130, y, 130, y));
    expect(specksMakeADigitBeside(gridRemnant, box, digitHeight)).toBe(false);
  });

  it("specks off the number's line, or within its span, are not beside it", () => {
    const below = brokenStroke.map((s) => ({ ...s, minY: s.minY + 40, maxY: s.maxY + 40 }));
    expect(specksMakeADigitBeside(below, box, digitHeight)).toBe(false);
    const within = brokenStroke.map((s) => ({ ...s, minX: s.minX - 60, maxX: s.maxX - 60 }));
    expect(specksMakeADigitBeside(within, box, digitHeight)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { isDottedStroke } from "./dotted-stroke.js";
import { createGrayImage, type GrayImage } from "./gray-image.js";
import { defaultLocateOptions, locateDigit } from "./locate.js";

const SIZE = 96;

/** An ink map of the box with whatever `draw` inks (1) at each pixel. */
function inkMap(draw: (x: number, y: number) => boolean): GrayImage {
  const image = createGrayImage(SIZE, SIZE);
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) image.data[y * SIZE + x] = draw(x, y) ? 1 : 0;
  return image;
}

/** A j: an upright stroke 6 px wide from y 30 to 80 with a hook to the left at its foot. */
const jStroke = (x: number, y: number) => (x >= 48 && x < 54 && y >= 30 && y < 80) || (x >= 34 && x < 54 && y >= 74 && y < 80);
/** A round dot 7 px across, its centre (cx, cy). */
const dot = (cx: number, cy: number) => (x: number, y: number) => (x - cx) ** 2 + (y - cy) ** 2 <= 12;

function located(draw: (x: number, y: number) => boolean) {
  return locateDigit(inkMap(draw), defaultLocateOptions);
}

describe("isDottedStroke", () => {
  it("refuses an i or a j: a stroke with a dot above it is no digit (golden frames)", () => {
    expect(located((x, y) => jStroke(x, y) || dot(51, 20)(x, y))).toEqual({ found: false, reason: "not-a-digit" });
    const iStroke = (x: number, y: number) => x >= 46 && x < 52 && y >= 34 && y < 82;
    expect(located((x, y) => iStroke(x, y) || dot(49, 24)(x, y))).toEqual({ found: false, reason: "not-a-digit" });
  });

  it("reads the stroke alone, a 1 with a broken-off top, a 7 with its bar apart, and a dot at the box's edge as marks to read", () => {
    expect(located(jStroke).found).toBe(true);
    // A thin slanted bit of stroke above a 1, as wide as tall, fills little of its box: a broken stroke, not a dot.
    const slantedBit = (x: number, y: number) => y >= 12 && y <= 22 && Math.abs(x - 48 - (22 - y)) <= 1;
    expect(located((x, y) => jStroke(x, y) || slantedBit(x, y)).found).toBe(true);
    // A short bar written apart above a stem is flat: more than twice as wide as tall.
    const bar = (x: number, y: number) => x >= 44 && x < 56 && y >= 18 && y < 23;
    expect(located((x, y) => jStroke(x, y) || bar(x, y)).found).toBe(true);
    // Something at the box's top edge runs on past it (a shadow's corner), however dot-like its part inside.
    const tallStroke = (x: number, y: number) => x >= 48 && x < 54 && y >= 10 && y < 80;
    expect(located((x, y) => tallStroke(x, y) || (x >= 48 && x < 55 && y < 6)).found).toBe(true);
  });

  it("needs exactly a stroke and one dot, the stroke narrow, the dot small and close above it", () => {
    const piece = (minX: number, minY: number, maxX: number, maxY: number, area = (maxX - minX + 1) * (maxY - minY + 1)) => ({ minX, minY, maxX, maxY, area, pixels: new Int32Array() });
    const stroke = piece(40, 30, 55, 79); // 16 × 50
    const aDot = piece(46, 18, 52, 24, 40); // 7 × 7, 25 px above
    expect(isDottedStroke([stroke, aDot], SIZE, SIZE)).toBe(true);
    expect(isDottedStroke([stroke], SIZE, SIZE)).toBe(false);
    expect(isDottedStroke([stroke, aDot, piece(46, 84, 50, 88)], SIZE, SIZE)).toBe(false);
    // A wide mark under the dot (a 0) is no stroke.
    expect(isDottedStroke([piece(25, 30, 64, 79), aDot], SIZE, SIZE)).toBe(false);
    // A dot as big as a third of the stroke is a mark of its own.
    expect(isDottedStroke([stroke, piece(40, 10, 56, 26)], SIZE, SIZE)).toBe(false);
    // Below the stroke, or far above it, or far to its side.
    expect(isDottedStroke([stroke, piece(46, 84, 52, 90, 40)], SIZE, SIZE)).toBe(false);
    expect(isDottedStroke([piece(40, 60, 55, 94), piece(46, 2, 52, 8, 40)], SIZE, SIZE)).toBe(false);
    expect(isDottedStroke([stroke, piece(72, 18, 78, 24, 40)], SIZE, SIZE)).toBe(false);
    // A 1 broken by a hairline (its top barely apart), or its broken-off top running along the stroke (taller than wide).
    expect(isDottedStroke([stroke, piece(46, 21, 52, 27, 40)], SIZE, SIZE)).toBe(false);
    expect(isDottedStroke([stroke, piece(47, 12, 52, 20, 45)], SIZE, SIZE)).toBe(false);
  });
});

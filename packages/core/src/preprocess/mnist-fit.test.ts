import { describe, expect, it } from "vitest";
import { createGrayImage } from "./gray-image.js";
import { centreByMass, estimateStrokeWidth, fitToMnist, maxFilter } from "./mnist-fit.js";

describe("fitToMnist", () => {
  it("fits a tall shape's longer side to 20 px, keeps its aspect ratio and centres its mass at (14, 14)", () => {
    const ink = createGrayImage(96, 96);
    const mask = new Uint8Array(96 * 96);
    for (let y = 10; y < 70; y++) for (let x = 30; x < 45; x++) { ink.data[y * 96 + x] = 1; mask[y * 96 + x] = 1; }
    const out = fitToMnist(ink, { minX: 30, minY: 10, maxX: 44, maxY: 69 }, mask);
    let rows = 0, cols = 0, mass = 0, mx = 0, my = 0;
    for (let y = 0; y < 28; y++) if (out.subarray(y * 28, y * 28 + 28).some((v) => v > 0.5)) rows++;
    for (let x = 0; x < 28; x++) if (Array.from({ length: 28 }, (_, y) => out[y * 28 + x]!).some((v) => v > 0.5)) cols++;
    out.forEach((v, i) => { mass += v; mx += v * (i % 28); my += v * Math.floor(i / 28); });
    expect(rows).toBe(20);
    expect(cols).toBe(5);
    // Shifts are whole pixels, as in MNIST: an even-sized shape lands half a pixel off.
    expect(Math.abs(mx / mass - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(my / mass - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.max(...out)).toBe(1);
  });

  it("ignores ink outside the digit's mask (other marks in the box)", () => {
    const ink = createGrayImage(96, 96);
    const mask = new Uint8Array(96 * 96);
    for (let y = 20; y < 60; y++) for (let x = 40; x < 50; x++) { ink.data[y * 96 + x] = 1; mask[y * 96 + x] = 1; }
    for (let y = 20; y < 60; y++) ink.data[y * 96 + 56] = 1; // a nearby mark not in the mask
    const out = fitToMnist(ink, { minX: 40, minY: 20, maxX: 49, maxY: 59 }, mask);
    const withoutMark = fitToMnist(createMaskedCopy(ink, mask), { minX: 40, minY: 20, maxX: 49, maxY: 59 }, mask);
    expect(Array.from(out)).toEqual(Array.from(withoutMark));
  });

  it("thickens hairline strokes towards MNIST's pen width", () => {
    const ink = createGrayImage(96, 96);
    const mask = new Uint8Array(96 * 96);
    for (let y = 10; y < 80; y++) { ink.data[y * 96 + 48] = 1; mask[y * 96 + 48] = 1; } // a 1 px line, 70 px tall
    const out = fitToMnist(ink, { minX: 48, minY: 10, maxX: 48, maxY: 79 }, mask);
    const middleRow = Array.from(out.subarray(14 * 28, 15 * 28));
    expect(middleRow.filter((v) => v > 0.3).length).toBeGreaterThanOrEqual(1);
    expect(middleRow.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.9);
  });
});

describe("helpers", () => {
  it("centreByMass puts a single bright pixel at (14, 14)", () => {
    const image = createGrayImage(5, 5);
    image.data[0] = 1;
    const out = centreByMass(image);
    expect(out[14 * 28 + 14]).toBe(1);
  });

  it("estimateStrokeWidth measures a 4 px bar as about 4", () => {
    const mask = new Uint8Array(40 * 40);
    for (let y = 5; y < 35; y++) for (let x = 10; x < 14; x++) mask[y * 40 + x] = 1;
    expect(estimateStrokeWidth(mask, 40, 40)).toBeGreaterThan(3);
    expect(estimateStrokeWidth(mask, 40, 40)).toBeLessThan(5);
  });

  it("maxFilter grows a dot into a (2r+1)² square", () => {
    const image = createGrayImage(9, 9);
    image.data[4 * 9 + 4] = 1;
    expect(maxFilter(image, 2).data.reduce((a, b) => a + b, 0)).toBe(25);
  });
});

function createMaskedCopy(ink: ReturnType<typeof createGrayImage>, mask: Uint8Array) {
  const copy = createGrayImage(ink.width, ink.height);
  ink.data.forEach((v, i) => (copy.data[i] = mask[i] ? v : 0));
  return copy;
}

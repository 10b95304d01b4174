import { describe, expect, it } from "vitest";
import { sampleDigit } from "./sample-digit.js";

const field = Float32Array.from({ length: 784 }, (_, i) => ((i * 37) % 101) / 100);
const pixel = (x: number, y: number) => field[y * 28 + x]!;

describe("sampleDigit", () => {
  it("returns each pixel at its centre and blends neighbours between them", () => {
    for (const [x, y] of [[0, 0], [27, 27], [13, 5], [3, 20]] as const) expect(sampleDigit(field, x, y)).toBe(pixel(x, y));
    expect(sampleDigit(field, 4.5, 7)).toBeCloseTo((pixel(4, 7) + pixel(5, 7)) / 2, 12);
    expect(sampleDigit(field, 4, 7.25)).toBeCloseTo(0.75 * pixel(4, 7) + 0.25 * pixel(4, 8), 12);
  });

  it("fades to no ink across the border and is 0 beyond it", () => {
    expect(sampleDigit(field, -0.5, 9)).toBeCloseTo(pixel(0, 9) / 2, 12);
    expect(sampleDigit(field, 9, 27.5)).toBeCloseTo(pixel(9, 27) / 2, 12);
    for (const [x, y] of [[-1, 5], [28, 5], [5, -3], [5, 40], [-Infinity, 0], [0, Infinity]] as const) expect(sampleDigit(field, x, y)).toBe(0);
  });
});

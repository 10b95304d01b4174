import { describe, expect, it } from "vitest";
import type { Component } from "../preprocess/components.js";
import { createGrayImage } from "../preprocess/gray-image.js";
import { numberStrip, STRIP_HEIGHT, STRIP_WIDTH } from "./number-strip.js";

/** A filled rectangle of ink as a piece of a number. */
function piece(width: number, minX: number, minY: number, maxX: number, maxY: number): Component {
  const pixels: number[] = [];
  for (let y = minY; y <= maxY; y++) for (let x = minX; x <= maxX; x++) pixels.push(y * width + x);
  return { area: pixels.length, minX, minY, maxX, maxY, pixels: Int32Array.from(pixels) };
}

function inkBoxOf(pixels: Float32Array): { minX: number; minY: number; maxX: number; maxY: number } {
  let minX = STRIP_WIDTH, minY = STRIP_HEIGHT, maxX = -1, maxY = -1;
  for (let y = 0; y < STRIP_HEIGHT; y++) {
    for (let x = 0; x < STRIP_WIDTH; x++) {
      if (pixels[y * STRIP_WIDTH + x]! < 0.5) continue;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return { minX, minY, maxX, maxY };
}

describe("numberStrip", () => {
  const width = 200;
  const height = 100;

  it("scales the number's pieces to an MNIST digit's 20 rows, centred, its faint ink made full", () => {
    const ink = createGrayImage(width, height);
    const pieces = [piece(width, 50, 20, 69, 59), piece(width, 80, 20, 99, 59)];
    for (const c of pieces) for (const p of c.pixels) ink.data[p] = 0.5;
    const strip = numberStrip({ ink, pieces });
    expect(strip.scale).toBeCloseTo(0.5, 6);
    expect(inkBoxOf(strip.pixels)).toEqual({ minX: 51, minY: 4, maxX: 75, maxY: 23 });
    expect(strip.pixels[14 * STRIP_WIDTH + 63]).toBe(0); // the gap between the pieces
    expect(Math.max(...strip.pixels)).toBeCloseTo(1, 6);
  });

  it("leaves out ink that is no piece of the number", () => {
    const ink = createGrayImage(width, height);
    const pieces = [piece(width, 50, 20, 69, 59)];
    for (const p of pieces[0]!.pixels) ink.data[p] = 1;
    for (const p of piece(width, 150, 20, 160, 59).pixels) ink.data[p] = 1; // a mark the number left out
    const strip = numberStrip({ ink, pieces });
    expect(inkBoxOf(strip.pixels)).toEqual({ minX: 59, minY: 4, maxX: 68, maxY: 23 });
  });

  it("straightens a number written uphill, so its digits stand as tall as a level number's", () => {
    const ink = createGrayImage(width, height);
    // Three digits 20 wide and 30 tall, each 12 rows higher than the one before: a line about 20° uphill.
    const pieces = [piece(width, 20, 50, 39, 79), piece(width, 55, 38, 74, 67), piece(width, 90, 26, 109, 55)];
    for (const c of pieces) for (const p of c.pixels) ink.data[p] = 1;
    const strip = numberStrip({ ink, pieces });
    const box = inkBoxOf(strip.pixels);
    // Unstraightened, the ink box (54 rows) would be scaled to 20 and each digit to about 11 rows.
    const digitRows = (x: number) => strip.pixels.filter((_, i) => i % STRIP_WIDTH === x && strip.pixels[i]! >= 0.5).length;
    expect(digitRows(Math.round((box.minX + box.maxX) / 2))).toBeGreaterThanOrEqual(14);
  });

  it("shrinks a number too long for the strip to fit its width, ends kept clear", () => {
    const ink = createGrayImage(width, height);
    const pieces = [piece(width, 0, 45, 199, 54)];
    for (const p of pieces[0]!.pixels) ink.data[p] = 1;
    const strip = numberStrip({ ink, pieces });
    const box = inkBoxOf(strip.pixels);
    expect(box.minX).toBe(4);
    expect(box.maxX).toBe(STRIP_WIDTH - 5);
    expect(box.maxY - box.minY + 1).toBeLessThan(20);
  });
});

import { describe, expect, it } from "vitest";
import type { Component } from "../preprocess/components.js";
import { createGrayImage, type GrayImage } from "../preprocess/gray-image.js";
import { straighten, writingAngle } from "./straighten.js";

/** A piece of ink: its box (the pixels do not matter to the angle, only the box). */
function box(minX: number, minY: number, maxX: number, maxY: number): Component {
  return { area: (maxX - minX + 1) * (maxY - minY + 1), minX, minY, maxX, maxY, pixels: new Int32Array(0) };
}

/** Digit-sized pieces (30×50) whose centres lie on a line through (50, 100) at `degrees`. */
function digitsAlong(degrees: number, count: number): Component[] {
  const slope = Math.tan((degrees * Math.PI) / 180);
  return Array.from({ length: count }, (_, k) => {
    const cx = 50 + 60 * k;
    const cy = 100 + slope * (cx - 50);
    return box(Math.round(cx - 15), Math.round(cy - 25), Math.round(cx + 14), Math.round(cy + 24));
  });
}

const degrees = (radians: number) => (radians * 180) / Math.PI;

/** A bar of ink `length` long and 3 px thick through the image's centre at `angleDegrees`. */
function barImage(length: number, angleDegrees: number): GrayImage {
  const image = createGrayImage(200, 200);
  const a = (angleDegrees * Math.PI) / 180;
  for (let t = -length / 2; t <= length / 2; t += 0.25) {
    for (let n = -1; n <= 1; n++) {
      const x = Math.round(100 + t * Math.cos(a) - n * Math.sin(a));
      const y = Math.round(100 + t * Math.sin(a) + n * Math.cos(a));
      image.data[y * image.width + x] = 1;
    }
  }
  return image;
}

describe("writingAngle", () => {
  it("is the angle of the line through the digits' centres, uphill or downhill", () => {
    expect(degrees(writingAngle(digitsAlong(12, 4)))).toBeCloseTo(12, 0);
    expect(degrees(writingAngle(digitsAlong(-8, 5)))).toBeCloseTo(-8, 0);
    expect(degrees(writingAngle(digitsAlong(0, 3)))).toBeCloseTo(0, 5);
  });

  it("ignores a piece shorter than half a digit (a 5's flag, a dot) lying off the line", () => {
    const level = digitsAlong(0, 3);
    expect(writingAngle([...level, box(200, 20, 215, 30)])).toBeCloseTo(0, 5);
  });

  it("is 0 where the line cannot be told: one digit-sized piece (digits that all touch), or pieces stacked too close", () => {
    expect(writingAngle([box(10, 10, 150, 60)])).toBe(0);
    expect(writingAngle([box(10, 10, 40, 60), box(20, 70, 50, 120)])).toBe(0);
  });

  it("holds a steeper line at the largest turn paper is held at", () => {
    expect(degrees(writingAngle(digitsAlong(60, 3)))).toBeCloseTo(25, 5);
  });
});

describe("straighten", () => {
  it("turns a tilted bar level: as long as the bar, as thin as its stroke", () => {
    const level = straighten(barImage(120, 15), (15 * Math.PI) / 180);
    expect(level.width).toBeGreaterThanOrEqual(118);
    expect(level.width).toBeLessThanOrEqual(126);
    expect(level.height).toBeLessThanOrEqual(6);
  });

  it("turned the wrong way, the bar stands steeper, never level", () => {
    const steeper = straighten(barImage(120, 15), (-15 * Math.PI) / 180);
    expect(steeper.height).toBeGreaterThan(50);
  });

  it("leaves an image alone for a turn too small to matter", () => {
    const image = barImage(120, 1);
    expect(straighten(image, (1 * Math.PI) / 180)).toBe(image);
  });
});

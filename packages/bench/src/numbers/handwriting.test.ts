import { mnistTestDigits } from "@livedigits/core/testing";
import { Random } from "@livedigits/core/synthetic";
import { beforeAll, describe, expect, it } from "vitest";
import { CONDITIONS } from "../accuracy/conditions.js";
import { cameraNumber, NUMBER_BOX } from "./camera-numbers.js";
import { numberInk, writeNumber, type DigitsByLabel, type NumberPlacement, type WrittenNumber } from "./handwriting.js";

let byLabel: DigitsByLabel;
beforeAll(() => {
  const pools: Float32Array[][] = Array.from({ length: 10 }, () => []);
  for (const { image, label } of mnistTestDigits(1_000)) pools[label]!.push(image);
  byLabel = pools;
});

const grid = { width: 700, height: 260 };
const placement: NumberPlacement = { centre: [350, 130], digitHeight: 90, rotation: 0, keystone: 0, pen: 0 };

/** The number written with only digit i (same place, same pen). */
function alone(number: WrittenNumber, i: number): WrittenNumber {
  return { ...number, digits: [number.digits[i]!] };
}

/**
 * Independently of numberInk's neighbour test: label the 8-connected pieces of the two
 * digits' ink together; they touch when a piece holds ink of both.
 */
function onePieceHoldsBoth(a: Float32Array, b: Float32Array, width: number, height: number): boolean {
  const piece = new Int32Array(width * height).fill(-1);
  let next = 0;
  for (let start = 0; start < piece.length; start++) {
    if (piece[start]! >= 0 || (a[start]! < 0.5 && b[start]! < 0.5)) continue;
    const stack = [start];
    piece[start] = next;
    let [hasA, hasB] = [false, false];
    while (stack.length) {
      const p = stack.pop()!;
      hasA ||= a[p]! >= 0.5;
      hasB ||= b[p]! >= 0.5;
      const [x, y] = [p % width, Math.floor(p / width)];
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const q = ny * width + nx;
          if (piece[q]! < 0 && (a[q]! >= 0.5 || b[q]! >= 0.5)) {
            piece[q] = next;
            stack.push(q);
          }
        }
      }
    }
    if (hasA && hasB) return true;
    next++;
  }
  return false;
}

describe("writeNumber and numberInk", () => {
  it("writes the same number, ink and touching for the same seed, and another for another seed", () => {
    const draw = (seed: number) => {
      const number = writeNumber("40317", byLabel, new Random(seed));
      return { number, ink: numberInk(number, placement, grid) };
    };
    const [a, b, c] = [draw(7), draw(7), draw(8)];
    expect(b.number).toEqual(a.number);
    expect(b.ink.coverage).toEqual(a.ink.coverage);
    expect(b.ink.touching).toEqual(a.ink.touching);
    expect(c.number.digits.map((d) => d.x)).not.toEqual(a.number.digits.map((d) => d.x));
    expect(a.number.text).toBe("40317");
    expect(a.number.digits.map((d) => d.label)).toEqual([4, 0, 3, 1, 7]);
    // Left to right: each digit's ink box starts right of the one before's start.
    const boxes = a.ink.digitBoxes;
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x);
  });

  it("calls neighbours touching exactly when their ink forms one piece", () => {
    let [touching, apart] = [0, 0];
    for (let seed = 0; seed < 30; seed++) {
      const random = new Random(seed);
      const number = writeNumber(String(10_000 + random.int(90_000)), byLabel, random);
      const pen = [0, 3, -2][seed % 3]!;
      const at = { ...placement, pen, rotation: random.uniform(-10, 10), keystone: random.uniform(-0.2, 0.2) };
      const { touching: flags } = numberInk(number, at, grid);
      const layers = number.digits.map((_, i) => numberInk(alone(number, i), at, grid).coverage);
      for (let i = 0; i + 1 < layers.length; i++) {
        expect(flags[i], `seed ${seed}, digits ${i} and ${i + 1}`).toBe(onePieceHoldsBoth(layers[i]!, layers[i + 1]!, grid.width, grid.height));
        if (flags[i]) touching++;
        else apart++;
      }
    }
    // The rhythm writes both: neighbours that touch and neighbours apart.
    expect(touching).toBeGreaterThan(10);
    expect(apart).toBeGreaterThan(10);
  });

  it("overlapping digits touch, digits far apart do not", () => {
    const number = writeNumber("00", byLabel, new Random(3));
    const [left, right] = number.digits as [WrittenNumber["digits"][0], WrittenNumber["digits"][0]];
    const widthOf = (d: typeof left) => (d.ink.width / d.ink.height) * d.height;
    const at = (gap: number): WrittenNumber => ({
      ...number,
      slant: 0,
      digits: [
        { ...left, x: -widthOf(left) / 2, y: 0, rotation: 0 },
        { ...right, x: gap + widthOf(right) / 2, y: 0, rotation: 0, height: left.height },
      ],
    });
    expect(numberInk(at(-0.2), placement, grid).touching).toEqual([true]);
    expect(numberInk(at(0.4), placement, grid).touching).toEqual([false]);
  });

  it("refuses a number with anything but digits", () => {
    expect(() => writeNumber("4a", byLabel, new Random(1))).toThrow(/digits 0–9/);
  });
});

describe("cameraNumber", () => {
  it("is the same frame for the same index and seed, cycles lengths, polarities and conditions, and holds the number in the number box", () => {
    const first = cameraNumber(5, 2026, byLabel);
    expect(cameraNumber(5, 2026, byLabel)).toEqual(first);
    expect(cameraNumber(5, 2027, byLabel).frame.data).not.toEqual(first.frame.data);
    const numbers = Array.from({ length: 12 }, (_, i) => cameraNumber(i, 2026, byLabel));
    expect(numbers.map((n) => n.text.length)).toEqual([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]);
    expect(numbers.map((n) => n.lightOnDark)).toEqual([...Array<boolean>(6).fill(false), ...Array<boolean>(6).fill(true)]);
    expect([0, 11, 12, 24, 12 * CONDITIONS.length].map((i) => cameraNumber(i, 2026, byLabel).condition)).toEqual([
      CONDITIONS[0]!.name,
      CONDITIONS[0]!.name,
      CONDITIONS[1]!.name,
      CONDITIONS[2]!.name,
      CONDITIONS[0]!.name,
    ]);
    for (const n of numbers) {
      expect(n.text).toMatch(/^\d+$/);
      expect(n.box).toEqual(NUMBER_BOX);
      expect(n.touchingPairs).toHaveLength(n.text.length - 1);
      expect(n.touching).toBe(n.touchingPairs.some(Boolean));
      // Ink inside the box and none outside it: the number is held within the box.
      const dark = (x: number, y: number) => {
        const v = n.frame.data[(y * n.frame.width + x) * 4 + 1]!;
        return n.lightOnDark ? v > 128 : v < 128;
      };
      let [inside, outside] = [0, 0];
      for (let y = 0; y < n.frame.height; y++) {
        for (let x = 0; x < n.frame.width; x++) {
          if (!dark(x, y)) continue;
          const within = x >= n.box.x && x < n.box.x + n.box.width && y >= n.box.y && y < n.box.y + n.box.height;
          if (within) inside++;
          else outside++;
        }
      }
      expect(inside, n.text).toBeGreaterThan(100);
      expect(outside, n.text).toBe(0);
    }
  });
});

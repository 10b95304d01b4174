import { Random } from "@livedigits/core/synthetic";
import { describe, expect, it } from "vitest";
import { BOX_SIZE, DIGIT_PAIR_SHARE } from "./augment.js";
import { digitPairCameraSample, drawDigitPair, pickDigitPairs } from "./digit-pairs.js";
import { loadMnist } from "./mnist.js";

const mnist = await loadMnist();
const digit = (i: number) => mnist.train.images.subarray(i * 784, (i + 1) * 784);

/** Width / height of the ink (coverage above 0.2) in a BOX_SIZE² field. */
function inkAspect(ink: Float32Array): number {
  let [minX, minY, maxX, maxY] = [BOX_SIZE, BOX_SIZE, -1, -1];
  ink.forEach((v, i) => {
    if (v <= 0.2) return;
    const [x, y] = [i % BOX_SIZE, Math.floor(i / BOX_SIZE)];
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  });
  return (maxX - minX + 1) / (maxY - minY + 1);
}

describe("digit pairs", () => {
  it("draws two digits side by side as one wide piece of ink, the same for the same seed", () => {
    const aspects: number[] = [];
    for (let k = 0; k < 200; k++) aspects.push(inkAspect(drawDigitPair(digit(2 * k), digit(2 * k + 1), new Random(k)).data));
    aspects.sort((a, b) => a - b);
    // A lone MNIST digit is about 0.7 as wide as tall; two run together (one perhaps cut) are wider.
    expect(aspects[Math.floor(aspects.length / 2)]).toBeGreaterThan(1.1);
    expect(aspects[Math.floor(aspects.length * 0.1)]).toBeGreaterThan(0.7);
    expect(drawDigitPair(digit(0), digit(1), new Random(3)).data).toEqual(drawDigitPair(digit(0), digit(1), new Random(3)).data);
  });

  it("come out of core's preprocessing as a model input most of the time", () => {
    const random = new Random(9);
    let accepted = 0;
    for (let k = 0; k < 100; k++) if (digitPairCameraSample(digit(k), digit(k + 100), random)?.length === 784) accepted++;
    expect(accepted).toBeGreaterThan(80);
  });

  it("are picked for about their share of the non-digits, only from the pool", () => {
    const pool = [5, 17, 42];
    const pairs = pickDigitPairs(2000, pool, new Random(1));
    expect(pairs).toHaveLength(4000);
    let picked = 0;
    for (let k = 0; k < 2000; k++) {
      const [left, right] = [pairs[k * 2]!, pairs[k * 2 + 1]!];
      if (left === -1) {
        expect(right).toBe(-1);
        continue;
      }
      picked++;
      expect(pool).toContain(left);
      expect(pool).toContain(right);
    }
    expect(picked / 2000).toBeCloseTo(DIGIT_PAIR_SHARE, 1);
  });
});

import { describe, expect, it } from "vitest";
import { renderAsCameraSees, cameraSample } from "./augment.js";
import { loadMnist } from "./mnist.js";
import { Random } from "@livedigits/core/synthetic";

const mnist = await loadMnist();
const digit = (i: number) => mnist.train.images.subarray(i * 784, (i + 1) * 784);

describe("camera-like augmentation", () => {
  it("is reproducible from its seed", () => {
    const a = renderAsCameraSees(digit(0), new Random(42));
    const b = renderAsCameraSees(digit(0), new Random(42));
    const c = renderAsCameraSees(digit(0), new Random(43));
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    expect(Array.from(a.data)).not.toEqual(Array.from(c.data));
  });

  it("draws both polarities: paper brighter than ink and slates darker than chalk", () => {
    const random = new Random(1);
    let lightPaper = 0;
    for (let i = 0; i < 200; i++) {
      const image = renderAsCameraSees(digit(i), random);
      const sorted = Float32Array.from(image.data).sort();
      const median = sorted[sorted.length >> 1]!;
      if (median > 0.45) lightPaper++;
    }
    expect(lightPaper).toBeGreaterThan(60);
    expect(lightPaper).toBeLessThan(140);
  });

  it("comes out of core's preprocessing as an MNIST-like digit most of the time", () => {
    const random = new Random(2);
    let accepted = 0;
    for (let i = 0; i < 300; i++) {
      const sample = cameraSample(digit(i), random);
      if (!sample) continue;
      accepted++;
      expect(sample.length).toBe(784);
      expect(Math.max(...sample)).toBeCloseTo(1, 5);
    }
    expect(accepted / 300).toBeGreaterThan(0.85);
  });
});

import { describe, expect, it } from "vitest";
import { mnistTrainDigits } from "../testing/frames.js";
import { edgeSharpness, strokeSureness } from "./soft-ink.js";

/** A soft grey blob, as a thumb or rubbed-out pencil leaves, fitted to 28×28 (σ in pixels along x and y). */
function blob(sigmaX: number, sigmaY: number, level = 1): Float32Array {
  return Float32Array.from({ length: 784 }, (_, i) => {
    const dx = (i % 28) - 13.5;
    const dy = Math.floor(i / 28) - 13.5;
    return level * Math.exp(-(dx * dx) / (2 * sigmaX * sigmaX) - (dy * dy) / (2 * sigmaY * sigmaY));
  });
}

/** A hard-edged bar, 3 px wide, at `level`. */
function bar(level: number): Float32Array {
  return Float32Array.from({ length: 784 }, (_, i) => ((i % 28) >= 12 && (i % 28) <= 14 && Math.floor(i / 28) >= 4 && Math.floor(i / 28) <= 23 ? level : 0));
}

describe("edgeSharpness and strokeSureness", () => {
  it("leave MNIST's handwritten digits fully sure", () => {
    for (const { image } of mnistTrainDigits(300)) expect(strokeSureness(edgeSharpness(image))).toBe(1);
  });

  it("find no stroke in a soft blob, round or long", () => {
    expect(strokeSureness(edgeSharpness(blob(4, 4)))).toBe(0);
    expect(strokeSureness(edgeSharpness(blob(2.5, 6, 0.6)))).toBe(0);
  });

  it("judge a grey stroke by its edges, not its level", () => {
    expect(edgeSharpness(bar(0.3))).toBeCloseTo(edgeSharpness(bar(1)), 6);
    expect(strokeSureness(edgeSharpness(bar(0.3)))).toBe(1);
  });

  it("are 0 for an empty input", () => {
    expect(edgeSharpness(new Float32Array(784))).toBe(0);
    expect(strokeSureness(0)).toBe(0);
  });
});

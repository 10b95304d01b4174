import { describe, expect, it } from "vitest";
import { FULL_SPLIT, splitMnistTrain } from "./split.js";

describe("splitMnistTrain", () => {
  it("holds out digits training never sees, the same ones for the same seed", () => {
    const { trainIndices, validationIndices } = splitMnistTrain(60_000, FULL_SPLIT);
    expect(trainIndices).toHaveLength(FULL_SPLIT.trainCount);
    expect(validationIndices).toHaveLength(FULL_SPLIT.validationCount);
    const trained = new Set(trainIndices);
    expect(trained.size).toBe(trainIndices.length);
    expect(validationIndices.filter((i) => trained.has(i))).toEqual([]);
    expect(Math.max(...validationIndices)).toBeLessThan(60_000);
    expect(splitMnistTrain(60_000, FULL_SPLIT).validationIndices).toEqual(validationIndices);
    expect(splitMnistTrain(60_000, { ...FULL_SPLIT, seed: FULL_SPLIT.seed + 1 }).validationIndices).not.toEqual(validationIndices);
  });

  it("refuses to hold out more than there is", () => {
    expect(() => splitMnistTrain(1_000, FULL_SPLIT)).toThrow(/fewer than 55000/);
  });
});

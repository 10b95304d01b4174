import { describe, expect, it } from "vitest";
import { percentile, summarise } from "./stats.js";

describe("summarise", () => {
  it("takes nearest-rank percentiles, so each is a time that was measured", () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i); // 20…1, unsorted on purpose
    expect(summarise(samples)).toEqual({ samples: 20, p50: 10, p95: 19, mean: 10.5, min: 1, max: 20 });
  });

  it("handles one sample and refuses none", () => {
    expect(summarise([3])).toMatchObject({ p50: 3, p95: 3 });
    expect(() => percentile([], 0.5)).toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import { RateMeter } from "./rate-meter.js";

describe("RateMeter", () => {
  it("measures the rate from the spacing of events, also before a whole window has passed", () => {
    const meter = new RateMeter(2000);
    for (let t = 0; t <= 500; t += 100) meter.tick(t);
    expect(meter.perSecond(500)).toBeCloseTo(10);
  });

  it("forgets events older than the window, down to zero when reading stops", () => {
    const meter = new RateMeter(2000);
    for (let t = 0; t < 2000; t += 50) meter.tick(t);
    expect(meter.perSecond(1999)).toBeCloseTo(20);
    expect(meter.perSecond(3000)).toBeCloseTo(20);
    expect(meter.perSecond(4000)).toBe(0);
  });

  it("says 0 for fewer than two events", () => {
    const meter = new RateMeter();
    expect(meter.perSecond(0)).toBe(0);
    meter.tick(10);
    expect(meter.perSecond(10)).toBe(0);
  });

  it("averages durations over the window only, so a slow first reading fades out", () => {
    const meter = new RateMeter(1000);
    meter.tick(0, 600); // e.g. compiling shaders
    for (let t = 100; t <= 1000; t += 100) meter.tick(t, 20);
    expect(meter.meanDuration(1000)).toBe(20);
    expect(meter.meanDuration(2500)).toBeNull();
  });

  it("starts afresh after reset", () => {
    const meter = new RateMeter();
    meter.tick(0, 5);
    meter.tick(100, 5);
    meter.reset();
    expect(meter.perSecond(100)).toBe(0);
    expect(meter.meanDuration(100)).toBeNull();
  });
});

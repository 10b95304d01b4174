import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeFloat16, float16Bits, float16Value, roundToFloat16 } from "./float16.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

describe("float16Bits", () => {
  it("gives the IEEE 754 half-precision bits of exact values, both signs, subnormals and the range's ends", () => {
    expect(float16Bits(0)).toBe(0x0000);
    expect(float16Bits(-0)).toBe(0x8000);
    expect(float16Bits(1)).toBe(0x3c00);
    expect(float16Bits(-2)).toBe(0xc000);
    expect(float16Bits(0.5)).toBe(0x3800);
    expect(float16Bits(65504)).toBe(0x7bff);
    expect(float16Bits(2 ** -14)).toBe(0x0400);
    expect(float16Bits(2 ** -24)).toBe(0x0001);
    expect(float16Bits(3 * 2 ** -24)).toBe(0x0003);
  });

  it("rounds to the nearest half, ties to even, and overflows to infinity", () => {
    // Between 1 and 1 + 2^-10 (0x3c01): below the middle rounds down, above it up, the middle to even (down).
    expect(float16Bits(1 + 2 ** -12)).toBe(0x3c00);
    expect(float16Bits(1 + 3 * 2 ** -12)).toBe(0x3c01);
    expect(float16Bits(1 + 2 ** -11)).toBe(0x3c00);
    expect(float16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02);
    // The largest mantissa rounding up carries into the exponent.
    expect(float16Bits(2 - 2 ** -12)).toBe(0x4000);
    expect(float16Bits(65520)).toBe(0x7c00);
    expect(float16Bits(-1e6)).toBe(0xfc00);
    expect(float16Bits(2 ** -26)).toBe(0x0000);
    expect(float16Bits(Number.NaN) & 0x7fff).toBeGreaterThan(0x7c00);
  });

  it("round-trips through float16Value for every finite half", () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      if ((bits & 0x7c00) === 0x7c00) continue;
      expect(float16Bits(float16Value(bits))).toBe(bits === 0x8000 ? 0x8000 : bits);
    }
  });
});

describe("encodeFloat16", () => {
  it("writes bytes TF.js decodes, as a float16-quantized weight, to the values roundToFloat16 gives", () => {
    const values = new Float32Array([0.1, -3.14159, 1e-5, 1234.5, 0, -7e-8, 0.33333]);
    const [decoded] = Object.values(
      tf.io.decodeWeights(encodeFloat16(values).buffer as ArrayBuffer, [{ name: "w", shape: [values.length], dtype: "float32", quantization: { dtype: "float16" } }]),
    );
    expect(Array.from(decoded!.dataSync())).toEqual(Array.from(roundToFloat16(values)));
    for (const [i, v] of values.entries()) expect(Math.abs(decoded!.dataSync()[i]! - v)).toBeLessThanOrEqual(Math.max(Math.abs(v) * 2 ** -11, 2 ** -25));
  });
});

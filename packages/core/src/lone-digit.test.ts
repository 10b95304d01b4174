import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileModel, shippedModelPath } from "./node.js";
import { createDigitReader, type DigitReader } from "./reader.js";
import { drawDigitFrame, mnistTestDigits } from "./testing/frames.js";

// The apps read numbers by default: a number of one digit must read exactly as the digit does alone.
describe("a lone digit read with maxDigits above 1", () => {
  let numbers: DigitReader;
  let digits: DigitReader;
  beforeAll(async () => {
    numbers = await createDigitReader({ model: fileModel(shippedModelPath), backend: "wasm", maxDigits: 6 });
    digits = await createDigitReader({ model: fileModel(shippedModelPath), backend: "wasm", maxDigits: 1 });
  });
  afterAll(() => {
    numbers.dispose();
    digits.dispose();
  });

  it("gives the same digit, confidence and state as maxDigits 1, on light and on dark paper", async () => {
    const box = { x: 128, y: 144, width: 384, height: 192 };
    for (const [k, { image }] of mnistTestDigits(20).entries()) {
      const lightOnDark = k % 2 === 1;
      const frame = drawDigitFrame(image, { roi: { x: 224, y: 144, width: 192, height: 192 }, paper: lightOnDark ? 25 : 225, ink: lightOnDark ? 230 : 30, noise: 4, seed: k + 1 });
      const alone = await digits.read(frame, box);
      const asNumber = await numbers.read(frame, box);
      expect(asNumber.state, `digit ${k}`).toBe(alone.state);
      expect(asNumber.text).toBe(alone.text);
      expect(asNumber.confidence).toBeCloseTo(alone.confidence, 6);
    }
  });
});

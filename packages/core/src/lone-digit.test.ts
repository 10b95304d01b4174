import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileModel, shippedModelPath } from "./node.js";
import { createDigitReader, type DigitReader } from "./reader.js";
import { drawDigitFrame, mnistTestDigits } from "./testing/frames.js";

// The apps read numbers by default, in a box twice as wide as a digit's: a number of one digit must read
// as the digit does alone in its square box (the wide box's extra paper once cost a small light-on-dark 3).
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

  it("reads it as maxDigits 1 does in a digit's square box, on light and on dark paper, small and off-centre", async () => {
    const square = { x: 224, y: 144, width: 192, height: 192 };
    const box = { x: 128, y: 144, width: 384, height: 192 };
    for (const [k, { image }] of mnistTestDigits(20).entries()) {
      const lightOnDark = k % 2 === 1;
      const small = k % 4 >= 2;
      const frame = drawDigitFrame(image, { roi: square, paper: lightOnDark ? 55 : 215, ink: lightOnDark ? 210 : 50, size: small ? 0.6 : 0.8, offset: small ? [-0.05, 0.06] : [0, 0], gradient: 0.15, noise: 4, seed: k + 1 });
      const alone = await digits.read(frame, square);
      const asNumber = await numbers.read(frame, box);
      expect(asNumber.state, `digit ${k}`).toBe(alone.state);
      expect(asNumber.text, `digit ${k}`).toBe(alone.text);
      expect(asNumber.confidence, `digit ${k}`).toBeCloseTo(alone.confidence, 1);
    }
  });
});

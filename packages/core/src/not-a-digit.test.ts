import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileModel, shippedModelPath, shippedNumberModelPath } from "./node.js";
import { DEFAULT_THRESHOLD } from "./defaults.js";
import { createDigitReader, type DigitReader } from "./reader.js";

// Golden frames of things that are not digits, written by packages/bench/src/golden-frames.ts from the
// bench's clutter (fonts and generators training never uses), seeds fixed before any model saw them.
// Each is the box (192 px) with 64 px of the frame around it.
const GOLDEN = ["capital-letter", "lowercase-letter", "word", "hand", "sleeve"] as const;
const BOX = { x: 64, y: 64, width: 192, height: 192 };

function golden(name: string) {
  const png = PNG.sync.read(readFileSync(new URL(`./testing/golden/${name}.png`, import.meta.url)));
  return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data) };
}

describe("the shipped model behind the reader, shown something that is not a digit", () => {
  let reader: DigitReader;
  beforeAll(async () => {
    reader = await createDigitReader({ model: fileModel(shippedModelPath), backend: "wasm" });
  });
  afterAll(() => reader.dispose());

  it.each(GOLDEN.map((name) => [name, DEFAULT_THRESHOLD] as const))("%s: shows no digit at threshold %s", async (name, threshold) => {
    reader.setOptions({ threshold });
    const reading = await reader.read(golden(name), BOX);
    expect(reading.state, `${name}: ${reading.state} ${reading.reason ?? ""}, top digit at ${reading.confidence.toFixed(2)}`).not.toBe("digit");
    expect(reading.digit).toBeNull();
  });
});

describe("read as a number, as the apps read (maxDigits 6, the number model too), something that is not a digit", () => {
  let reader: DigitReader;
  beforeAll(async () => {
    reader = await createDigitReader({ model: fileModel(shippedModelPath), numberModel: fileModel(shippedNumberModelPath), maxDigits: 6, backend: "wasm" });
  });
  afterAll(() => reader.dispose());

  it.each(GOLDEN)("%s: shows no number", async (name) => {
    const reading = await reader.read(golden(name), BOX);
    expect(reading.state, `${name}: ${reading.state} ${reading.reason ?? ""} ${reading.digits.map((d) => d.digit).join("")}`).not.toBe("digit");
    expect(reading.text).toBeNull();
  });
});

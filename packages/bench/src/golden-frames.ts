// Writes the golden frames core's unit tests read (packages/core/src/testing/golden), each cropped around its box:
// - non-digits: bench clutter (stroke fonts and generators training never uses), seeds fixed in advance, never
//   picked by what a model makes of the frames;
// - touching numbers: development camera numbers (MNIST training digits held out of training, dev:numbers' seed),
//   picked as ones the reader refused before it cut along the least ink where the number model says digits part.
// Run: pnpm --filter @livedigits/bench exec tsx src/golden-frames.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Random } from "@livedigits/core/synthetic";
import { PNG } from "pngjs";
import type { RgbaImage, Roi } from "@livedigits/core";
import { CLUTTER, renderClutter } from "./accuracy/clutter.js";
import { BOX } from "./accuracy/scene.js";
import { cameraNumber, DEV_SEED, mnistHeldOutByLabel } from "./numbers/camera-numbers.js";

/** How far past the box the crop reaches: as far as the reader looks for strokes running out of it. */
export const GOLDEN_MARGIN = 64;

const FRAMES = [
  { file: "capital-letter.png", kind: "a capital letter", lightOnDark: false },
  { file: "lowercase-letter.png", kind: "a lowercase letter", lightOnDark: true },
  { file: "word.png", kind: "a word", lightOnDark: false },
  { file: "hand.png", kind: "part of a hand", lightOnDark: false },
  { file: "sleeve.png", kind: "a sleeve or arm across the box", lightOnDark: false },
] as const;

/** Development camera numbers (by index) whose neighbours touch. */
const TOUCHING_NUMBERS = [62, 284, 309];

const out = fileURLToPath(new URL("../../core/src/testing/golden/", import.meta.url));

function writeCrop(file: string, frame: RgbaImage, box: Roi): void {
  const width = box.width + 2 * GOLDEN_MARGIN;
  const height = box.height + 2 * GOLDEN_MARGIN;
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    const from = ((box.y - GOLDEN_MARGIN + y) * frame.width + box.x - GOLDEN_MARGIN) * 4;
    png.data.set(frame.data.subarray(from, from + width * 4), y * width * 4);
  }
  writeFileSync(out + file, PNG.sync.write(png));
}

for (const { file, kind, lightOnDark } of FRAMES) {
  const clutter = CLUTTER.find((c) => c.name === kind);
  if (!clutter) throw new Error(`No clutter kind '${kind}'.`);
  writeCrop(file, renderClutter(clutter, lightOnDark, new Random(20261125)), BOX);
  console.log(`${file}: ${kind}${lightOnDark ? ", light on dark" : ""}`);
}
const byLabel = mnistHeldOutByLabel();
for (const index of TOUCHING_NUMBERS) {
  const number = cameraNumber(index, DEV_SEED, byLabel);
  const file = `touching-number-${number.text}.png`;
  writeCrop(file, number.frame, number.box);
  console.log(`${file}: development camera number ${index}, ${number.condition}${number.lightOnDark ? ", light on dark" : ""}`);
}

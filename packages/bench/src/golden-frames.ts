// Writes the golden non-digit frames core's unit tests read (packages/core/src/testing/golden):
// bench clutter — stroke fonts and generators training never uses — cropped around the box.
// Seeds are fixed in advance, never picked by what a model makes of the frames.
// Run: pnpm --filter @livedigits/bench exec tsx src/golden-frames.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Random } from "@livedigits/core/synthetic";
import { PNG } from "pngjs";
import { CLUTTER, renderClutter } from "./accuracy/clutter.js";
import { BOX, FRAME_WIDTH } from "./accuracy/scene.js";

/** How far past the box the crop reaches: as far as the reader looks for strokes running out of it. */
export const GOLDEN_MARGIN = 64;

const FRAMES = [
  { file: "capital-letter.png", kind: "a capital letter", lightOnDark: false },
  { file: "lowercase-letter.png", kind: "a lowercase letter", lightOnDark: true },
  { file: "word.png", kind: "a word", lightOnDark: false },
  { file: "hand.png", kind: "part of a hand", lightOnDark: false },
  { file: "sleeve.png", kind: "a sleeve or arm across the box", lightOnDark: false },
] as const;

const out = fileURLToPath(new URL("../../core/src/testing/golden/", import.meta.url));
const side = BOX.width + 2 * GOLDEN_MARGIN;
for (const { file, kind, lightOnDark } of FRAMES) {
  const clutter = CLUTTER.find((c) => c.name === kind);
  if (!clutter) throw new Error(`No clutter kind '${kind}'.`);
  const frame = renderClutter(clutter, lightOnDark, new Random(20261125));
  const png = new PNG({ width: side, height: side });
  for (let y = 0; y < side; y++) {
    const from = ((BOX.y - GOLDEN_MARGIN + y) * FRAME_WIDTH + BOX.x - GOLDEN_MARGIN) * 4;
    png.data.set(frame.data.subarray(from, from + side * 4), y * side * 4);
  }
  writeFileSync(out + file, PNG.sync.write(png));
  console.log(`${file}: ${kind}${lightOnDark ? ", light on dark" : ""}`);
}

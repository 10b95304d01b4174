// Writes a contact sheet of non-digit marks as ink on paper, to look at by eye:
//   pnpm --filter @livedigits/trainer exec tsx src/marks/contact-sheet.ts [out.png] [seed] [kind]
import { writeFileSync } from "node:fs";
import { PNG } from "pngjs";
import { Random } from "@livedigits/core/synthetic";
import { drawNonDigitInk, drawNonDigitInkOfKind, type NonDigitInkKind } from "./non-digit-ink.js";

const [out = "/tmp/marks-sheet.png", seed = "1", kind] = process.argv.slice(2);
const SIZE = 64;
const COLUMNS = 8;
const GAP = 4;
const random = new Random(Number(seed));
const sheetSize = COLUMNS * (SIZE + GAP) + GAP;
const png = new PNG({ width: sheetSize, height: sheetSize });
png.data.fill(90);
for (let k = 0; k < COLUMNS * COLUMNS; k++) {
  const mark = kind ? drawNonDigitInkOfKind(kind as NonDigitInkKind, random, SIZE) : drawNonDigitInk(random, SIZE);
  const left = GAP + (k % COLUMNS) * (SIZE + GAP);
  const top = GAP + Math.floor(k / COLUMNS) * (SIZE + GAP);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const shade = Math.round(245 * (1 - mark.darkness * 0.9 * mark.ink[y * SIZE + x]!));
      const i = ((top + y) * sheetSize + left + x) * 4;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = shade;
      png.data[i + 3] = 255;
    }
  }
  console.log(k, mark.kind, mark.text ?? "");
}
writeFileSync(out, PNG.sync.write(png));
console.log(`wrote ${out}`);

// Draws the toolbar icons (a yellow reading box on a dark square) into public/icons/.
// Run once after changing the design: node scripts/icons.mjs
import { Buffer } from "node:buffer";
import { mkdirSync, writeFileSync } from "node:fs";
import { URL } from "node:url";
import { PNG } from "pngjs";

function png(size) {
  const data = Buffer.alloc(size * size * 4);
  const border = Math.max(1, Math.round(size / 10));
  const lo = Math.round(size * 0.18);
  const hi = size - lo;
  const line = Math.max(1, Math.round(size / 16));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inBox = x >= lo && x < hi && y >= lo && y < hi;
      const onEdge = inBox && (x < lo + line || x >= hi - line || y < lo + line || y >= hi - line);
      // A "1" stroke in the middle of the box.
      const cx = size / 2;
      const onStroke = inBox && Math.abs(x + 0.5 - cx) <= line && y >= lo + 2 * line && y < hi - 2 * line;
      const corner = (x < border || x >= size - border) && (y < border || y >= size - border);
      const colour = onEdge ? [255, 211, 77, 255] : onStroke ? [243, 245, 248, 255] : corner ? [0, 0, 0, 0] : [17, 20, 24, 255];
      data.set(colour, (y * size + x) * 4);
    }
  }
  return PNG.sync.write({ width: size, height: size, data });
}

const dir = new URL("../public/icons/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`icon-${size}.png`, dir), png(size));

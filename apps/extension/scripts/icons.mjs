// Draws the toolbar icons (a yellow reading box on a dark square) into public/icons/.
// Run once after changing the design: node scripts/icons.mjs
import { Buffer } from "node:buffer";
import { mkdirSync, writeFileSync } from "node:fs";
import { URL } from "node:url";
import { deflateSync } from "node:zlib";
import { crc32 } from "./zip-format.mjs";

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  const border = Math.max(1, Math.round(size / 10));
  const lo = Math.round(size * 0.18);
  const hi = size - lo;
  const line = Math.max(1, Math.round(size / 16));
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const inBox = x >= lo && x < hi && y >= lo && y < hi;
      const onEdge = inBox && (x < lo + line || x >= hi - line || y < lo + line || y >= hi - line);
      // A "1" stroke in the middle of the box.
      const cx = size / 2;
      const onStroke = inBox && Math.abs(x + 0.5 - cx) <= line && y >= lo + 2 * line && y < hi - 2 * line;
      const corner = (x < border || x >= size - border) && (y < border || y >= size - border);
      const colour = onEdge ? [255, 211, 77, 255] : onStroke ? [243, 245, 248, 255] : corner ? [0, 0, 0, 0] : [17, 20, 24, 255];
      row.set(colour, 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6; // RGBA
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0))]);
}

const dir = new URL("../public/icons/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`icon-${size}.png`, dir), png(size));

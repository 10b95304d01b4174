// Draws the app's icons (public/icons/*.png) for the web app manifest: the yellow reading box
// with a 7 in it, on the page's dark background. Run it after changing the drawing:
// `node scripts/make-icons.mjs`.
import { Buffer } from "node:buffer";
import { log } from "node:console";
import { mkdirSync, writeFileSync } from "node:fs";
import { argv } from "node:process";
import { URL } from "node:url";
import { PNG } from "pngjs";

const BACKGROUND = [0x11, 0x14, 0x18];
const BOX = [0xff, 0xd3, 0x4d];
const INK = [0xf3, 0xf5, 0xf8];
const SUPERSAMPLE = 4;

/** Distance from point p to the segment a–b (all in shares of the icon). */
function segmentDistance([px, py], [ax, ay], [bx, by]) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** The colour at a point, in shares of the icon; `scale` shrinks the drawing towards the centre (maskable icons need a margin). */
function colourAt(x, y, scale) {
  const [u, v] = [(x - 0.5) / scale + 0.5, (y - 0.5) / scale + 0.5];
  const seven = [
    [[0.37, 0.35], [0.63, 0.35]],
    [[0.63, 0.35], [0.45, 0.67]],
  ];
  if (seven.some(([a, b]) => segmentDistance([u, v], a, b) <= 0.045)) return INK;
  const edge = Math.max(Math.abs(u - 0.5), Math.abs(v - 0.5));
  if (edge >= 0.27 && edge <= 0.31) return BOX;
  return BACKGROUND;
}

function pixels(size, scale) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size, scale);
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      }
      const at = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[at + c] = Math.round(sum[c] / SUPERSAMPLE ** 2);
      rgba[at + 3] = 255;
    }
  }
  return rgba;
}

export function png(size, scale = 1) {
  return PNG.sync.write({ width: size, height: size, data: pixels(size, scale) }, { deflateLevel: 9 });
}

/** What the manifest lists: name → [size, scale]. */
export const ICONS = {
  "icon-192.png": [192, 1],
  "icon-512.png": [512, 1],
  // Launchers crop maskable icons to a circle or a squircle: the drawing keeps inside the middle 80%.
  "icon-maskable-512.png": [512, 0.8],
};

if (import.meta.url === `file://${argv[1]}`) {
  const folder = new URL("../public/icons/", import.meta.url);
  mkdirSync(folder, { recursive: true });
  for (const [name, [size, scale]] of Object.entries(ICONS)) {
    writeFileSync(new URL(name, folder), png(size, scale));
    log(`public/icons/${name}`);
  }
}

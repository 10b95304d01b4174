// A picture of what the readers are shown: the box of a few frames side by side,
// so a reader of the report can see what "blur" or "squared paper" means here.
import type { RgbaImage } from "@livedigits/core";
import { PNG } from "pngjs";
import { BOX } from "./scene.js";

/** Rows of frames' boxes (each row one condition), 2 px apart, as PNG bytes. */
export function contactSheet(rows: readonly (readonly RgbaImage[])[]): Buffer {
  const side = BOX.width;
  const gap = 2;
  const columns = Math.max(...rows.map((r) => r.length));
  const png = new PNG({ width: columns * (side + gap) - gap, height: rows.length * (side + gap) - gap });
  png.data.fill(255);
  rows.forEach((row, r) => {
    row.forEach((frame, c) => {
      for (let y = 0; y < side; y++) {
        const from = ((BOX.y + y) * frame.width + BOX.x) * 4;
        const to = ((r * (side + gap) + y) * png.width + c * (side + gap)) * 4;
        png.data.set(frame.data.subarray(from, from + side * 4), to);
      }
    });
  });
  return PNG.sync.write(png);
}

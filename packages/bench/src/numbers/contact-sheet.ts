// Pictures of what the readers are shown: each number's box with a little of the scene
// around it, side by side, so a reader of the report can see the handwriting and the
// conditions.
import type { RgbaImage, Roi } from "@livedigits/core";
import { PNG } from "pngjs";

export interface BoxedFrame {
  readonly frame: RgbaImage;
  readonly box: Roi;
}

const GAP = 4;
/** Scene shown around each box, in pixels. */
const AROUND = 6;

/** Rows of boxes (each with `AROUND` pixels of its frame and a thin outline of the box) as PNG bytes. */
export function numberContactSheet(rows: readonly (readonly BoxedFrame[])[]): Buffer {
  const cells = rows.map((row) => row.map(({ frame, box }) => cut(frame, box)));
  const width = Math.max(...cells.map((row) => row.reduce((sum, c) => sum + c.width + GAP, -GAP)));
  const heights = cells.map((row) => Math.max(...row.map((c) => c.height)));
  const png = new PNG({ width, height: heights.reduce((a, b) => a + b + GAP, -GAP) });
  png.data.fill(255);
  let top = 0;
  cells.forEach((row, r) => {
    let left = 0;
    for (const cell of row) {
      for (let y = 0; y < cell.height; y++) png.data.set(cell.data.subarray(y * cell.width * 4, (y + 1) * cell.width * 4), ((top + y) * width + left) * 4);
      left += cell.width + GAP;
    }
    top += heights[r]! + GAP;
  });
  return PNG.sync.write(png);
}

function cut(frame: RgbaImage, box: Roi): RgbaImage {
  const x0 = Math.max(0, box.x - AROUND);
  const y0 = Math.max(0, box.y - AROUND);
  const x1 = Math.min(frame.width, box.x + box.width + AROUND);
  const y1 = Math.min(frame.height, box.y + box.height + AROUND);
  const [width, height] = [x1 - x0, y1 - y0];
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) data.set(frame.data.subarray(((y0 + y) * frame.width + x0) * 4, ((y0 + y) * frame.width + x1) * 4), y * width * 4);
  // The box's outline in yellow, as the apps draw it.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [fx, fy] = [x0 + x, y0 + y];
      const onEdge = (fx === box.x - 1 || fx === box.x + box.width) && fy >= box.y - 1 && fy <= box.y + box.height;
      const onTop = (fy === box.y - 1 || fy === box.y + box.height) && fx >= box.x - 1 && fx <= box.x + box.width;
      if (onEdge || onTop) data.set([250, 204, 21, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

import { mnistTestDigits } from "@livedigits/core/testing";
import { Random } from "@livedigits/core/synthetic";
import { describe, expect, it } from "vitest";
import { renderCutByBox } from "./framing.js";
import { BOX, FRAME_WIDTH } from "./scene.js";

/** Dark pixels (ink on paper) inside the box and in a band just outside each side. */
function inkAround(data: ArrayLike<number>): { inside: number; outside: number } {
  const band = 40;
  let inside = 0;
  let outside = 0;
  for (let y = BOX.y - band; y < BOX.y + BOX.height + band; y++) {
    for (let x = BOX.x - band; x < BOX.x + BOX.width + band; x++) {
      if (data[(y * FRAME_WIDTH + x) * 4]! > 100) continue;
      const inBox = x >= BOX.x && x < BOX.x + BOX.width && y >= BOX.y && y < BOX.y + BOX.height;
      if (inBox) inside++;
      else outside++;
    }
  }
  return { inside, outside };
}

describe("cut by the box", () => {
  it("puts part of every digit inside the box and part beyond one of its sides", () => {
    const random = new Random(7);
    for (const { image } of mnistTestDigits(12)) {
      const { inside, outside } = inkAround(renderCutByBox(image, false, random).data);
      expect(inside).toBeGreaterThan(50);
      expect(outside).toBeGreaterThan(10);
    }
  });
});

// Framing as people get it wrong: the digit held so close, or so far off-centre, that
// the box holds only part of it. The right answer is no digit; a digit named here is
// what a fragment looks like (a 5 cut at the top reads as a 3, a 7 cut at its bar as a 1).
import type { RgbaImage } from "@livedigits/core";
import type { Random } from "@livedigits/core/synthetic";
import { digitInkBox } from "@livedigits/trainer/augment";
import { cleanLook } from "./conditions.js";
import { digitInk } from "./marks.js";
import { renderFrame } from "./scene.js";

export const CUT_BY_THE_BOX = {
  name: "cut by the box",
  description: "the box covers 50–90% of the digit, cut from the top, bottom, left or right",
} as const;

const SIDES = ["top", "right", "bottom", "left"] as const;

/** An MNIST digit placed so that 10–50% of its ink box lies beyond one side of the box. */
export function renderCutByBox(digit: Float32Array, lightOnDark: boolean, random: Random): RgbaImage {
  const look = cleanLook(random);
  const box = digitInkBox(digit);
  const size = random.uniform(0.55, 0.85);
  const side = SIDES[random.int(SIDES.length)]!;
  const outside = random.uniform(0.1, 0.5);
  // The ink box's extent that way, in box sides (placement.size is its longer side).
  const long = box ? Math.max(box.maxX - box.minX + 1, box.maxY - box.minY + 1) : 1;
  const across = box ? (side === "left" || side === "right" ? box.maxX - box.minX + 1 : box.maxY - box.minY + 1) / long : 1;
  const extent = size * across;
  const centre = 0.5 + (outside - 0.5) * extent;
  const offset: [number, number] = side === "top" ? [0, -centre] : side === "bottom" ? [0, centre] : side === "left" ? [-centre, 0] : [centre, 0];
  const placement = { ...look.placement, size, offset, rotation: 0 };
  const marks = [{ coverage: digitInk(digit, placement), ink: look.ink }];
  return renderFrame({ ...look.sheet, lightOnDark }, marks, look.lighting, look.camera, random);
}

import { describe, expect, it } from "vitest";
import { COVERED_SHARE, inkToneOutside } from "./body-edge.js";
import { drawHandFrame } from "../testing/frames.js";
import { createGrayImage, type GrayImage } from "./gray-image.js";
import { cropToGray } from "./grayscale.js";
import { extractInk } from "./ink.js";
import { defaultLocateOptions, locateDigit } from "./locate.js";
import { preprocess, CLOSING_RADIUS, WORKING_SIZE } from "./preprocess.js";

const SIZE = WORKING_SIZE;
const PAPER = 0.9;

/** A SIZE² box of paper, `paint` giving a pixel's brightness or null for paper; `light` scales it all. */
function box(paint: (x: number, y: number) => number | null, light: (x: number, y: number) => number = () => 1): GrayImage {
  const image = createGrayImage(SIZE, SIZE);
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) image.data[y * SIZE + x] = (paint(x, y) ?? PAPER) * light(x, y);
  return image;
}

/** The hand of core's test frames filling a SIZE² box, in brightness 0…1. */
function hand(skin: number): GrayImage {
  return cropToGray(drawHandFrame({ width: SIZE, height: SIZE, roi: { x: 0, y: 0, width: SIZE, height: SIZE }, skin: skin * 255, paper: PAPER * 255 }));
}

/** A "7" in pen strokes 6 px wide. */
function seven(ink: number, light?: (x: number, y: number) => number): GrayImage {
  return box((x, y) => {
    const bar = y >= 22 && y < 28 && x >= 28 && x < 70;
    const t = (y - 22) / 52;
    const stem = y >= 22 && y < 74 && Math.abs(x - (67 - t * 24)) < 3;
    return bar || stem ? ink : null;
  }, light);
}

/** A 5×5 box blur. */
function blur(image: GrayImage): GrayImage {
  const out = createGrayImage(SIZE, SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let [sum, n] = [0, 0];
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) {
        const [xx, yy] = [x + dx, y + dy];
        if (xx >= 0 && xx < SIZE && yy >= 0 && yy < SIZE) [sum, n] = [sum + image.data[yy * SIZE + xx]!, n + 1];
      }
      out.data[y * SIZE + x] = sum / n;
    }
  }
  return out;
}

function share(image: GrayImage, polarity: "dark-on-light" | "light-on-dark" = "dark-on-light"): number {
  const { ink, background } = extractInk(image, polarity, CLOSING_RADIUS);
  const location = locateDigit(ink, { ...defaultLocateOptions, edgesJudgedOutside: true });
  if (!location.found) throw new Error(`no ink located: ${location.reason}`);
  return inkToneOutside(image, background, polarity, location.mask);
}

describe("ink that is the edge of something in front of the paper", () => {
  it("finds pen strokes with paper on both sides", () => {
    expect(share(seven(0.15))).toBeLessThan(0.05);
    expect(preprocess(seven(0.15))).toMatchObject({ state: "digit" });
  });

  it("keeps an out-of-focus stroke, whose fringe fades into the paper", () => {
    const blurred = blur(blur(seven(0.15)));
    expect(share(blurred)).toBeLessThan(COVERED_SHARE / 2);
    expect(preprocess(blurred)).toMatchObject({ state: "digit" });
  });

  it("keeps a stroke half in shadow: the ink is darker than the shadow around it", () => {
    for (const left of [0.3, 0.5]) {
      const shadowed = seven(0.15, (x) => (x < 50 ? left : 1));
      expect(share(shadowed), `light ${left}`).toBeLessThan(COVERED_SHARE / 2);
      expect(preprocess(shadowed), `light ${left}`).toMatchObject({ state: "digit" });
    }
  });

  it("refuses the fingers of a hand, which the closing leaves as ink beside a palm of the same tone", () => {
    for (const skin of [0.45, 0.6, 0.72]) {
      expect(share(hand(skin)), `skin ${skin}`).toBeGreaterThan(COVERED_SHARE);
      expect(preprocess(hand(skin)), `skin ${skin}`).toMatchObject({ state: "no-digit", reason: "covered" });
    }
  });

  it("judges light ink on a dark slate as it judges its inverse", () => {
    const invert = (image: GrayImage): GrayImage => ({ ...image, data: image.data.map((v) => 1 - v) });
    expect(share(invert(hand(0.6)), "light-on-dark")).toBeCloseTo(share(hand(0.6)), 1);
    expect(preprocess(invert(hand(0.6)))).toMatchObject({ state: "no-digit", reason: "covered" });
    expect(preprocess(invert(seven(0.15)))).toMatchObject({ state: "digit" });
  });
});

import { describe, expect, it } from "vitest";
import { Random } from "../synthetic/index.js";
import { createGrayImage, type GrayImage } from "./gray-image.js";
import { extractInk } from "./ink.js";
import type { Polarity } from "./polarity.js";
import { inkStandsOut, MIN_CONTRAST } from "./stands-out.js";

const SIZE = 96;

/**
 * A slate (or paper) of brightness `surface`, darkened to `shadowed` right of x = 60 where given, with a
 * ring drawn `ink` brighter (or darker, for negative `ink`) than the surface under it, and camera noise.
 */
function scene(surface: number, ink: number, options: { shadowed?: number; noise?: number; seed?: number } = {}): GrayImage {
  const random = new Random(options.seed ?? 1);
  const image = createGrayImage(SIZE, SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const lit = options.shadowed !== undefined && x >= 60 ? options.shadowed : surface;
      const r = Math.hypot(x - 48, y - 48);
      const stroke = r >= 20 && r <= 26 ? ink * (lit / surface) : 0;
      image.data[y * SIZE + x] = lit + stroke + (options.noise ?? 0.004) * random.normal();
    }
  }
  return image;
}

function standsOut(image: GrayImage, polarity: Polarity): boolean {
  return inkStandsOut(extractInk(image, polarity, 10), polarity);
}

describe("inkStandsOut", () => {
  it("finds chalk that stands out clearly from an evenly, dimly lit slate, though it is a small share of the headroom to white", () => {
    // Chalk 0.06 above a slate at 0.06: twice the slate's brightness, 6% of the way to white.
    const dim = scene(0.06, 0.06);
    expect(extractInk(dim, "light-on-dark", 10).contrast).toBeLessThan(MIN_CONTRAST);
    expect(standsOut(dim, "light-on-dark")).toBe(true);
  });

  it("finds no writing on a bare slate, evenly lit, dim or not", () => {
    expect(standsOut(scene(0.06, 0), "light-on-dark")).toBe(false);
    expect(standsOut(scene(0.3, 0), "light-on-dark")).toBe(false);
  });

  it("does not judge against the slate where a shadow crosses it: the same chalk is refused there", () => {
    expect(standsOut(scene(0.1, 0.07), "light-on-dark")).toBe(true);
    // The slate's brightest stretch over three times its darkest: a shadow's edge, which the slate's measure would raise to a stroke.
    expect(standsOut(scene(0.1, 0.07, { shadowed: 0.03 }), "light-on-dark")).toBe(false);
  });

  it("still asks light ink for half the usual share of the headroom, however dark the slate", () => {
    // Three times the slate's brightness, but only 4% of the headroom: below what a camera's blocks and banding reach.
    const faint = scene(0.02, 0.04, { noise: 0.001 });
    expect(extractInk(faint, "light-on-dark", 10).contrast).toBeLessThan(MIN_CONTRAST / 2);
    expect(standsOut(faint, "light-on-dark")).toBe(false);
  });

  it("judges dark ink on paper as before: by its share of the paper's light", () => {
    expect(standsOut(scene(0.8, -0.2), "dark-on-light")).toBe(true);
    expect(standsOut(scene(0.8, -0.06), "dark-on-light")).toBe(false);
  });

  it("never calls noise writing, however the contrast compares with the bar", () => {
    expect(standsOut(scene(0.06, 0.06, { noise: 0.03 }), "light-on-dark")).toBe(false);
  });
});

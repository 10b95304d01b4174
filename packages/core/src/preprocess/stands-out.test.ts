import { describe, expect, it } from "vitest";
import { Random } from "../synthetic/index.js";
import { createGrayImage, type GrayImage } from "./gray-image.js";
import { extractInk } from "./ink.js";
import type { Polarity } from "./polarity.js";
import { inkStandsOut, MIN_CONTRAST } from "./stands-out.js";

const SIZE = 96;

/** Paper or a slate of brightness `surface` with a ring drawn `ink` brighter (darker, for negative `ink`), and camera noise. */
function scene(surface: number, ink: number, options: { noise?: number } = {}): GrayImage {
  const random = new Random(1);
  const image = createGrayImage(SIZE, SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const r = Math.hypot(x - 48, y - 48);
      image.data[y * SIZE + x] = surface + (r >= 20 && r <= 26 ? ink : 0) + (options.noise ?? 0.004) * random.normal();
    }
  }
  return image;
}

function standsOut(image: GrayImage, polarity: Polarity): boolean {
  return inkStandsOut(extractInk(image, polarity, 10));
}

describe("inkStandsOut", () => {
  it("finds a stroke on paper and on a slate, and nothing on either bare", () => {
    expect(standsOut(scene(0.8, -0.3), "dark-on-light")).toBe(true);
    expect(standsOut(scene(0.2, 0.3), "light-on-dark")).toBe(true);
    expect(standsOut(scene(0.8, 0), "dark-on-light")).toBe(false);
    expect(standsOut(scene(0.2, 0), "light-on-dark")).toBe(false);
  });

  it("judges dark ink by its share of the paper's light, whatever the light", () => {
    // A fifth darker than the paper stands out in bright light and in dim light alike; a twentieth does not.
    expect(standsOut(scene(0.8, -0.16), "dark-on-light")).toBe(true);
    expect(standsOut(scene(0.2, -0.04), "dark-on-light")).toBe(true);
    expect(standsOut(scene(0.8, -0.04), "dark-on-light")).toBe(false);
  });

  it("judges light ink by its share of the headroom to white: faint chalk on a dim slate is not writing", () => {
    // Chalk at twice a dim slate's brightness is 6% of the way to white: below the bar.
    const dim = scene(0.06, 0.06);
    expect(extractInk(dim, "light-on-dark", 10).contrast).toBeLessThan(MIN_CONTRAST);
    expect(standsOut(dim, "light-on-dark")).toBe(false);
    expect(standsOut(scene(0.06, 0.2), "light-on-dark")).toBe(true);
  });

  it("never calls noise writing, however strong the grain", () => {
    expect(standsOut(scene(0.5, 0, { noise: 0.05 }), "dark-on-light")).toBe(false);
    expect(standsOut(scene(0.5, 0.1, { noise: 0.05 }), "light-on-dark")).toBe(false);
  });

  it("takes a caller's own bar", () => {
    const faint = extractInk(scene(0.8, -0.08), "dark-on-light", 10);
    expect(inkStandsOut(faint)).toBe(false);
    expect(inkStandsOut(faint, 0.05)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { blankFrame, drawDigitFrame, mnistTestDigits } from "../testing/frames.js";
import { cropToGray } from "./grayscale.js";
import { preprocess } from "./preprocess.js";
import { centredSquareRoi } from "./roi.js";

const roi = centredSquareRoi(640, 480);
const digits = mnistTestDigits(20);
const gray = (frame: Parameters<typeof cropToGray>[0]) => cropToGray(frame, roi);

function centreOfMass(image: Float32Array): [number, number] {
  let mass = 0, mx = 0, my = 0;
  image.forEach((v, i) => {
    mass += v;
    mx += v * (i % 28);
    my += v * Math.floor(i / 28);
  });
  return [mx / mass, my / mass];
}

function inkBox(image: Float32Array): { width: number; height: number } {
  let minX = 28, minY = 28, maxX = -1, maxY = -1;
  image.forEach((v, i) => {
    if (v < 0.3) return;
    const x = i % 28, y = Math.floor(i / 28);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  });
  return { width: maxX - minX + 1, height: maxY - minY + 1 };
}

describe("preprocess: boxes with no digit are rejected before the model", () => {
  it("blank paper, evenly or unevenly lit, is empty", () => {
    for (const [paper, gradient] of [[230, 0], [200, 0.5], [60, 0.3]] as const) {
      const result = preprocess(gray(blankFrame({ roi, paper, gradient, noise: 4 })));
      expect(result).toMatchObject({ state: "no-digit", reason: "empty" });
    }
  });

  it("pure sensor noise is not a digit", () => {
    const result = preprocess(gray(blankFrame({ roi, paper: 128, noise: 60, seed: 7 })));
    expect(result.state).toBe("no-digit");
  });

  it("a stroke running in from the box's edge is cut-by-edge", () => {
    const field = new Float32Array(784);
    for (let y = 12; y < 16; y++) for (let x = 0; x < 14; x++) field[y * 28 + x] = 1; // bar from the left edge
    const frame = drawDigitFrame(field, { roi, size: 1.0, offset: [-0.1, 0] });
    expect(preprocess(gray(frame))).toMatchObject({ state: "no-digit", reason: "cut-by-edge" });
  });

  it("a digit filling the box that grazes its edge is still a digit (held close, not sliding out)", () => {
    const result = preprocess(gray(drawDigitFrame(digits[0]!.image, { roi, size: 1.36, offset: [0, 0.025] })));
    expect(result.state).toBe("digit");
  });

  it("marks scattered over the box (letters, smudges) are clutter", () => {
    const field = new Float32Array(784);
    for (const cx of [4, 13, 22]) for (const cy of [4, 13, 22]) for (let y = cy; y < cy + 4; y++) for (let x = cx; x < cx + 2; x++) field[y * 28 + x] = 1;
    expect(preprocess(gray(drawDigitFrame(field, { roi, size: 0.95 })))).toMatchObject({ state: "no-digit", reason: "clutter" });
  });

  it("a box covered in hatching is not a digit", () => {
    const field = new Float32Array(784);
    for (let y = 0; y < 28; y++) for (let x = 0; x < 28; x++) field[y * 28 + x] = (x + y) % 4 < 2 ? 1 : 0;
    expect(preprocess(gray(drawDigitFrame(field, { roi, size: 1.3 }))).state).toBe("no-digit");
  });
});

describe("preprocess: digits become MNIST-like 28×28 inputs", () => {
  const cases = [
    { name: "dark ink on light paper, large", size: 0.9, offset: [0, 0], paper: 235, ink: 25 },
    { name: "small and off-centre", size: 0.4, offset: [0.2, -0.15], paper: 220, ink: 40 },
    { name: "light chalk on a dark slate", size: 0.7, offset: [-0.05, 0.05], paper: 35, ink: 220 },
    { name: "low contrast, uneven light", size: 0.7, offset: [0, 0], paper: 180, ink: 120, gradient: 0.4 },
  ] as const;

  for (const c of cases) {
    it(`${c.name}: ink fitted to 20 px and centred by mass`, () => {
      for (const { image } of digits.slice(0, 5)) {
        const result = preprocess(gray(drawDigitFrame(image, { roi, ...c, noise: 3 })));
        expect(result.state).toBe("digit");
        if (result.state !== "digit") continue;
        expect(result.polarity).toBe(c.paper > c.ink ? "dark-on-light" : "light-on-dark");
        const [cx, cy] = centreOfMass(result.modelInput);
        expect(Math.abs(cx - 14)).toBeLessThan(1);
        expect(Math.abs(cy - 14)).toBeLessThan(1);
        const box = inkBox(result.modelInput);
        expect(Math.max(box.width, box.height)).toBeGreaterThanOrEqual(18);
        expect(Math.max(box.width, box.height)).toBeLessThanOrEqual(22);
      }
    });
  }

  it("a bold digit filling its box (a scan cropped to the digit) keeps its polarity: its strokes are the ink, not a frame of paper", () => {
    // A thick 0 whose strokes are a quarter of the box wide, ink on ~40% of the box, reaching its edge.
    const bold = new Float32Array(784);
    for (let y = 0; y < 28; y++) for (let x = 0; x < 28; x++) bold[y * 28 + x] = Math.abs(Math.hypot(x - 13.5, y - 13.5) - 8) < 3 ? 1 : 0;
    for (const [paper, ink] of [[220, 40], [40, 220]] as const) {
      const result = preprocess(gray(drawDigitFrame(bold, { roi, size: 1, paper, ink, noise: 4 })));
      expect(result).toMatchObject({ state: "digit", polarity: paper > ink ? "dark-on-light" : "light-on-dark" });
      if (result.state !== "digit") continue;
      for (const corner of [0, 27, 27 * 28, 783]) expect(result.modelInput[corner]).toBe(0); // no frame
      expect(result.modelInput[14 * 28 + 14]).toBeLessThan(0.1); // the 0's hole is paper
      expect(result.modelInput[14 * 28 + 5]).toBeGreaterThan(0.5); // its stroke is ink
    }
  });

  it("reproduces the MNIST image itself when the digit is drawn plainly (golden: correlation ≥ 0.8 each, 0.9 on average)", () => {
    const correlations = digits.map(({ image }) => {
      const result = preprocess(gray(drawDigitFrame(image, { roi, size: 0.9 })));
      expect(result.state).toBe("digit");
      return result.state === "digit" ? correlation(result.modelInput, image) : 0;
    });
    expect(Math.min(...correlations)).toBeGreaterThanOrEqual(0.8);
    expect(correlations.reduce((a, b) => a + b, 0) / correlations.length).toBeGreaterThanOrEqual(0.9);
  });
});

function correlation(a: Float32Array, b: Float32Array): number {
  const mean = (v: Float32Array) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(a), mb = mean(b);
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += (a[i]! - ma) * (b[i]! - mb);
    aa += (a[i]! - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

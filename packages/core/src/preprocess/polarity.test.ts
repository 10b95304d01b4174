import { describe, expect, it } from "vitest";
import { blankFrame, drawDigitFrame, mnistTestDigits } from "../testing/frames.js";
import { cropToGray } from "./grayscale.js";
import { detectPolarity } from "./polarity.js";
import { resizeLongSide } from "./resize.js";
import { centredSquareRoi } from "./roi.js";

const roi = centredSquareRoi(640, 480);
const [digit] = mnistTestDigits(1);
const working = (frame: Parameters<typeof cropToGray>[0]) => resizeLongSide(cropToGray(frame, roi), 96);

describe("detectPolarity", () => {
  it("sees dark ink on paper, even under a strong lighting gradient", () => {
    for (const gradient of [0, 0.6]) {
      expect(detectPolarity(working(drawDigitFrame(digit!.image, { roi, paper: 220, ink: 40, gradient })))).toBe("dark-on-light");
    }
  });

  it("sees chalk on a slate and a lit screen's light strokes", () => {
    expect(detectPolarity(working(drawDigitFrame(digit!.image, { roi, paper: 40, ink: 230 })))).toBe("light-on-dark");
    expect(detectPolarity(working(drawDigitFrame(digit!.image, { roi, paper: 90, ink: 160, gradient: 0.4 })))).toBe("light-on-dark");
  });

  it("stays right for hairlines covering under 1% of the box and bold digits covering 40% of it, either way round", () => {
    const hairline = new Float32Array(784);
    for (let y = 6; y < 22; y++) hairline[y * 28 + 14] = 0.6;
    const bold = new Float32Array(784);
    for (let y = 3; y < 25; y++) for (let x = 5; x < 23; x++) bold[y * 28 + x] = (x - 14) ** 2 + (y - 14) ** 2 > 36 ? 1 : 0;
    for (const field of [hairline, bold]) {
      const size = field === bold ? 1.0 : 0.8;
      expect(detectPolarity(working(drawDigitFrame(field, { roi, size, paper: 200, ink: 90, noise: 4 })))).toBe("dark-on-light");
      expect(detectPolarity(working(drawDigitFrame(field, { roi, size, paper: 55, ink: 165, noise: 4 })))).toBe("light-on-dark");
    }
  });

  it("stays right for a bold digit filling its box with ink over more than half of it, either way round", () => {
    // A thick 0 reaching the box's edge (a scan cropped to its digit): ink on ~60% of the box, paper at its edge.
    const bold = new Float32Array(784);
    for (let y = 0; y < 28; y++) for (let x = 0; x < 28; x++) bold[y * 28 + x] = Math.abs(Math.hypot(x - 13.5, y - 13.5) - 8.75) < 4.5 ? 1 : 0;
    expect(detectPolarity(working(drawDigitFrame(bold, { roi, size: 1, paper: 220, ink: 40, noise: 4 })))).toBe("dark-on-light");
    expect(detectPolarity(working(drawDigitFrame(bold, { roi, size: 1, paper: 40, ink: 220, noise: 4 })))).toBe("light-on-dark");
  });

  it("is not flipped by a sharp shadow over two thirds of the box", () => {
    for (const [paper, ink, expected] of [[220, 40, "dark-on-light"], [50, 220, "light-on-dark"]] as const) {
      const frame = drawDigitFrame(digit!.image, { roi, paper, ink });
      for (let y = 0; y < frame.height; y++) {
        for (let x = roi.x + Math.round(roi.width / 3); x < frame.width; x++) {
          for (let c = 0; c < 3; c++) frame.data[(y * frame.width + x) * 4 + c] = frame.data[(y * frame.width + x) * 4 + c]! * 0.45;
        }
      }
      expect(detectPolarity(working(frame))).toBe(expected);
    }
  });

  it("is not flipped by a hard shadow that leaves a bright corner of paper beside the digit", () => {
    // The lit corner is paper, but brighter than the shadowed paper around the ink by more than the ink is dark.
    for (const { image } of mnistTestDigits(3)) {
      for (const [paper, ink, expected] of [[220, 40, "dark-on-light"], [50, 220, "light-on-dark"]] as const) {
        const frame = drawDigitFrame(image, { roi, paper, ink, size: 0.6 });
        for (let y = roi.y; y < roi.y + roi.height; y++) {
          for (let x = roi.x; x < roi.x + roi.width; x++) {
            if ((x - roi.x) / roi.width + (y - roi.y) / roi.height >= 1.2) continue;
            for (let c = 0; c < 3; c++) frame.data[(y * frame.width + x) * 4 + c] = frame.data[(y * frame.width + x) * 4 + c]! * 0.4;
          }
        }
        expect(detectPolarity(working(frame))).toBe(expected);
      }
    }
  });

  it("answers something on a blank box without failing", () => {
    expect(["dark-on-light", "light-on-dark"]).toContain(detectPolarity(working(blankFrame({ roi }))));
  });
});

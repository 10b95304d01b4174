// Training numbers: MNIST training digits written one after another on a strip of paper in
// the box (crowded, touching, overlapping or spaced out; baseline and size wandering; a
// slant), photographed as the digits are, then found and cut into the number model's strip
// by core exactly as the reader does at read time.
import { createGrayImage, maxFilter, type GrayImage } from "@livedigits/core/preprocess";
import { findNumberInk, NUMBER_MODEL_MAX_DIGITS, numberStrip } from "@livedigits/core/numbers";
import { sampleDigit, type Random } from "@livedigits/core/synthetic";
import { digitInkBox, photographInk } from "../augment.js";
import { drawNonDigitInk } from "../marks/index.js";

/** The box a training number is written in: the apps' number box is twice as wide as tall. */
export const NUMBER_BOX = { width: 128, height: 64 } as const;
export const MAX_TRAINING_DIGITS = NUMBER_MODEL_MAX_DIGITS;

export const NUMBER_AUGMENTATIONS = [
  "1–6 MNIST training digits (the trainer's split), lengths equally likely",
  "spacing: crowded (overlapping up to 0.3 of the height) in half the numbers, otherwise up to 0.7 apart, varied per pair",
  "digit height 40–75% of the box (shrunk to fit a long number), ±8% per digit, baseline wandering ±8%",
  "slant −0.15…0.3, each digit turned ±4°",
  "pen: thicker (p=0.25) or thinner (p=0.2); ruled lines (p=0.25) or squares (p=0.15) a third as dark as the ink, which core erases; photographed as the digits are (paper or slate, contrast, light, shadow, blur, noise)",
  "then core's findNumberInk() and numberStrip(), as at read time",
] as const;

/** What the non-digit strips are, for the report. */
export const NON_DIGIT_STRIPS =
  "a letter, word, symbol, doodle, hand or sleeve (the digit model's training marks, as tall as the box, anywhere along it), photographed and cut as a number is, read as no digits at all";

/** The ink (coverage 0…1) of `digits` (28×28 fields, white on black) written as a number in NUMBER_BOX. */
export function writeNumberInk(digits: readonly Float32Array[], random: Random): GrayImage {
  const { width, height } = NUMBER_BOX;
  const ink = createGrayImage(width, height);
  const boxes = digits.map((d) => digitInkBox(d) ?? { minX: 4, minY: 4, maxX: 23, maxY: 23 });
  const crowded = random.chance(0.5);
  const slant = random.uniform(-0.15, 0.3);
  // Lay out at a nominal height of 1.
  let cursor = 0;
  let baseline = 0;
  const drift = random.uniform(-0.08, 0.08);
  const layout = boxes.map((box, i) => {
    const size = random.uniform(0.92, 1.08);
    const scale = size / (box.maxY - box.minY + 1);
    const gap = i === 0 ? 0 : crowded ? random.uniform(-0.3, 0.05) : random.uniform(0.02, 0.7);
    const left = cursor + gap;
    cursor = left + (box.maxX - box.minX + 1) * scale;
    baseline += drift + random.uniform(-0.04, 0.04);
    return { box, scale, size, left, top: baseline - size / 2, angle: (random.uniform(-4, 4) * Math.PI) / 180 };
  });
  const numberWidth = cursor + Math.abs(slant);
  const highest = Math.min(...layout.map((l) => l.top));
  const numberHeight = Math.max(...layout.map((l) => l.top + l.size)) - highest;
  const nominal = Math.min(random.uniform(0.4, 0.75) * height, (0.92 * width) / numberWidth, (0.9 * height) / numberHeight);
  const offsetX = (width - numberWidth * nominal) / 2 + random.uniform(-0.04, 0.04) * width;
  const offsetY = (height - numberHeight * nominal) / 2 - highest * nominal + random.uniform(-0.05, 0.05) * height;
  layout.forEach(({ box, scale, left, top, angle }, i) => {
    const s = scale * nominal;
    const digitWidth = (box.maxX - box.minX + 1) * s;
    const digitHeight = (box.maxY - box.minY + 1) * s;
    const cx = offsetX + left * nominal + digitWidth / 2;
    const cy = offsetY + top * nominal + digitHeight / 2;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const reach = Math.max(digitWidth, digitHeight) * 0.75 + Math.abs(slant) * digitHeight;
    for (let y = Math.max(0, Math.floor(cy - reach)); y < Math.min(height, Math.ceil(cy + reach)); y++) {
      for (let x = Math.max(0, Math.floor(cx - reach)); x < Math.min(width, Math.ceil(cx + reach)); x++) {
        // Undo the slant (higher rows lean right), the turn, then the scale.
        const dy = y + 0.5 - cy;
        const dx = x + 0.5 - cx + slant * dy;
        const u = (cos * dx + sin * dy) / s + (box.minX + box.maxX + 1) / 2 - 0.5;
        const v = (-sin * dx + cos * dy) / s + (box.minY + box.maxY + 1) / 2 - 0.5;
        const k = y * width + x;
        ink.data[k] = Math.max(ink.data[k]!, sampleDigit(digits[i]!, u, v));
      }
    }
  });
  let pen = ink;
  if (random.chance(0.25)) pen = maxFilter(ink, 1);
  else if (random.chance(0.2)) for (let i = 0; i < ink.data.length; i++) ink.data[i] = Math.min(1, Math.max(0, (ink.data[i]! - 0.3) / 0.6));
  const rule = random.next();
  if (rule < 0.4) drawRules(pen, rule < 0.15, random);
  return pen;
}

/** Ruled lines (or squares) under the number, fainter than its ink: core erases them before the number is cut, as on real paper. */
function drawRules(ink: GrayImage, squared: boolean, random: Random): void {
  const { width, height } = ink;
  const spacing = random.uniform(0.18, 0.4) * height;
  const phase = random.uniform(0, spacing);
  const strength = random.uniform(0.25, 0.45);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const onRule = (y + phase) % spacing < 1.5 || (squared && (x + phase) % spacing < 1.5);
      const k = y * width + x;
      if (onRule) ink.data[k] = Math.max(ink.data[k]!, strength);
    }
  }
}

/** A training strip of the number written with `digits`, photographed and cut by core; null when core finds no number in it. */
export function numberStripSample(digits: readonly Float32Array[], random: Random): Float32Array | null {
  return stripOf(photographInk(writeNumberInk(digits, random), random));
}

/**
 * A training strip of ink that holds no digit (a letter, a word, a symbol, a doodle, a hand), written
 * along the box, photographed and cut by core as a number is; null when core finds no number in it.
 */
export function nonDigitStripSample(random: Random): Float32Array | null {
  const { width, height } = NUMBER_BOX;
  const mark = drawNonDigitInk(random, height);
  const ink = createGrayImage(width, height);
  const left = random.int(width - height + 1);
  for (let y = 0; y < height; y++) ink.data.set(mark.ink.subarray(y * height, (y + 1) * height), y * width + left);
  // As the digit model's marks: a pen's ink varies in contrast, skin or cloth stands from the paper as dark as it is.
  return stripOf(photographInk(ink, random, mark.darkness < 1 ? mark.darkness : undefined));
}

/** The photo's number found and cut into a strip by core, as at read time; null when core finds no number in it. */
function stripOf(photo: GrayImage): Float32Array | null {
  const found = findNumberInk(photo);
  return found.state === "ink" ? numberStrip(found.number).pixels : null;
}

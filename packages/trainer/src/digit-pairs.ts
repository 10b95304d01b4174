// Two neighbouring digits of a number run together — touching, overlapping, or one of them cut
// part-way — as one piece of ink. The number reader reads every way to cut a blob of ink into
// digits and keeps the one the model reads most surely; a model that reads such a piece as one
// sure digit (a crowded 86 as an 8) makes a wrong cut win. Trained towards "not a digit", it
// leaves the right cut to win.
import { createGrayImage, maxFilter, preprocess, type GrayImage } from "@livedigits/core/preprocess";
import { sampleDigit, type Random } from "@livedigits/core/synthetic";
import { BOX_SIZE, DIGIT_PAIR_SHARE, digitInkBox, photographInk } from "./augment.js";

/**
 * Of a digit cut part-way, at least this share of its ink is kept: less is a speck beside a
 * whole digit, which is still that digit.
 */
const MIN_KEPT = 0.4;

/**
 * Two MNIST digits (28×28, white ink on black) written side by side as one piece of ink in the
 * BOX_SIZE² box: heights within ±15% of each other, baselines a little apart, overlapping by up to
 * nearly half the narrower one or up to a tenth of their height apart; in 40% of pairs one of them is
 * cut part-way (a digit and a piece of its neighbour). Ink coverage 0…1.
 */
export function drawDigitPair(left: Float32Array, right: Float32Array, random: Random): GrayImage {
  const ink = createGrayImage(BOX_SIZE, BOX_SIZE);
  const leftBox = digitInkBox(left);
  const rightBox = digitInkBox(right);
  if (!leftBox || !rightBox) return ink;
  const height = random.uniform(0.3, 0.55) * BOX_SIZE;
  const scales = [height / (leftBox.maxY - leftBox.minY + 1), (height * random.uniform(0.85, 1.15)) / (rightBox.maxY - rightBox.minY + 1)] as const;
  // Source columns kept of each digit, [from, to) in its 28×28 pixels.
  const kept: [number, number][] = [
    [leftBox.minX, leftBox.maxX + 1],
    [rightBox.minX, rightBox.maxX + 1],
  ];
  if (random.chance(0.4)) {
    const side = random.chance(0.5) ? 1 : 0;
    kept[side] = cutKeeping(side === 1 ? right : left, kept[side]!, side === 1 ? "left" : "right", random.uniform(MIN_KEPT, 0.8));
  }
  const widths = kept.map(([from, to], k) => (to - from) * scales[k]!);
  // Overlap is measured on the narrower digit, so a 1 run into its neighbour stays in sight.
  const gap = random.chance(0.6) ? -random.uniform(0, 0.45) * Math.min(widths[0]!, widths[1]!) : random.uniform(0, 0.1) * height;
  // Overlap never exceeds the narrower digit, so the pair always has a width to fit.
  const fit = Math.min(1, (BOX_SIZE - 6) / (widths[0]! + gap + widths[1]!));
  const total = (widths[0]! + gap + widths[1]!) * fit;
  const startX = random.uniform(3, Math.max(3, BOX_SIZE - 3 - total));
  const placed = [
    { digit: left, box: leftBox, from: kept[0]![0], to: kept[0]![1], scale: scales[0]! * fit, x: startX },
    { digit: right, box: rightBox, from: kept[1]![0], to: kept[1]![1], scale: scales[1]! * fit, x: startX + (widths[0]! + gap) * fit },
  ];
  const top = random.uniform(3, Math.max(3, BOX_SIZE - 3 - height * 1.2 * fit));
  const drift = random.uniform(-0.1, 0.1) * height * fit;
  placed.forEach(({ digit, box, from, to, scale, x }, k) => {
    const y = top + (k === 1 ? drift : 0);
    for (let py = 0; py < BOX_SIZE; py++) {
      for (let px = 0; px < BOX_SIZE; px++) {
        const sx = (px + 0.5 - x) / scale + from - 0.5;
        if (sx < from - 0.5 || sx > to - 0.5) continue;
        const sy = (py + 0.5 - y) / scale + box.minY - 0.5;
        const i = py * BOX_SIZE + px;
        ink.data[i] = Math.max(ink.data[i]!, sampleDigit(digit, sx, sy));
      }
    }
  });
  return random.chance(0.25) ? maxFilter(ink, 1) : ink;
}

/** The columns [from, to) of a digit's left or right part that hold `share` (at most 1) of its ink. */
function cutKeeping(digit: Float32Array, [from, to]: [number, number], keep: "left" | "right", share: number): [number, number] {
  const columns = Array.from({ length: 28 }, (_, x) => {
    let sum = 0;
    for (let y = 0; y < 28; y++) sum += digit[y * 28 + x]!;
    return sum;
  });
  const total = columns.slice(from, to).reduce((a, b) => a + b, 0);
  let kept = 0;
  const order = keep === "left" ? Array.from({ length: to - from }, (_, k) => from + k) : Array.from({ length: to - from }, (_, k) => to - 1 - k);
  for (const x of order) {
    kept += columns[x]!;
    if (kept >= share * total) return keep === "left" ? [from, x + 1] : [x, to];
  }
  return [from, to];
}

/** A digit pair photographed in the box and normalised by core like a digit; null if core rejects it. */
export function digitPairCameraSample(left: Float32Array, right: Float32Array, random: Random): Float32Array | null {
  const result = preprocess(photographInk(drawDigitPair(left, right, random), random));
  return result.state === "digit" ? result.modelInput : null;
}

/**
 * For `count` non-digit samples, which are digit pairs: two digits from `pool` (MNIST train indices) for
 * each pair, −1 for a mark — `[left, right]` per sample, flattened.
 */
export function pickDigitPairs(count: number, pool: readonly number[], random: Random, share = DIGIT_PAIR_SHARE): Int32Array {
  const pairs = new Int32Array(count * 2).fill(-1);
  for (let k = 0; k < count; k++) {
    if (!random.chance(share)) continue;
    pairs[k * 2] = pool[random.int(pool.length)]!;
    pairs[k * 2 + 1] = pool[random.int(pool.length)]!;
  }
  return pairs;
}

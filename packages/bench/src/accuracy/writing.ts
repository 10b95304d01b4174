// Letters, words and symbols for the clutter table, written from the stroke fonts
// that training never draws (BENCH_STROKE_FONTS) and with the bench's own hand
// (slant, turn, wobble): the bench measures what training generalises to, not
// what it has seen. Which characters count as digit-shaped is training's list,
// so both sides leave out the same ones.
import type { Random } from "@livedigits/core/synthetic";
import { BENCH_STROKE_FONTS, DIGIT_SHAPED_CHARACTERS, textToPolylines, type Polyline, type StrokeFontName } from "@livedigits/trainer/marks";

export type { Polyline };

const notDigitShaped = (chars: string) => [...chars].filter((char) => !DIGIT_SHAPED_CHARACTERS.includes(char)).join("");

export const BENCH_CAPITALS = notDigitShaped("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
export const BENCH_LOWERCASE = notDigitShaped("abcdefghijklmnopqrstuvwxyz");

/** Symbols from the fonts; "×" is their "+" turned by 45°, "÷" their "-" between two dots. */
export const BENCH_SYMBOLS = "+-×÷=?#*%&@<>~";

/**
 * Words of 2–6 letters as written in a classroom, none of them in training's word
 * list (a test checks), at most half their letters digit-shaped.
 */
export const BENCH_WORDS = [
  "up", "at", "it", "my", "he", "an", "sun", "hen", "cup", "nut", "fish", "frog", "tiger", "apple",
  "hand", "leaf", "rain", "desk", "chair", "table", "pencil", "paper", "time", "ruler", "eraser", "blue", "green",
  "pink", "mint", "queen", "king", "help", "draw", "read", "river", "lamp", "house", "lunch", "after", "seven",
  "Ben", "Mia", "Leo", "Ada", "Kim", "Nina", "Mon", "Thu", "Sat", "July", "Peter", "Lena",
] as const;

export interface Writing {
  readonly text: string;
  readonly font: StrokeFontName;
  /** Strokes in box units (0…1 across the box), ready for strokeInk. */
  readonly strokes: Polyline[];
}

export interface WritingSize {
  /** The writing's longer side as a share of the box side… */
  readonly longer: readonly [number, number];
  /** …but never taller than this share of it. */
  readonly maxHeight: number;
}

export function pickFont(random: Random): StrokeFontName {
  return BENCH_STROKE_FONTS[random.int(BENCH_STROKE_FONTS.length)]!;
}

/** One capital, lowercase letter or symbol, or a word (mostly lowercase, as people write words). */
export function pickText(kind: "capital" | "lowercase" | "symbol" | "word", random: Random): string {
  const pick = (chars: string) => chars[random.int(chars.length)]!;
  switch (kind) {
    case "capital":
      return pick(BENCH_CAPITALS);
    case "lowercase":
      return pick(BENCH_LOWERCASE);
    case "symbol":
      return [...BENCH_SYMBOLS][random.int([...BENCH_SYMBOLS].length)]!;
    case "word": {
      const word = BENCH_WORDS[random.int(BENCH_WORDS.length)]!;
      const named = word[0] !== word[0]!.toLowerCase();
      const casing = random.next();
      if (casing < 0.08) return word.toUpperCase();
      if (!named && casing < 0.2) return word[0]!.toUpperCase() + word.slice(1);
      return word;
    }
  }
}

/** The text's strokes in font units (cap height 1, baseline y = 0, y down). */
export function fontStrokes(text: string, font: StrokeFontName): Polyline[] {
  if (text === "×") return turn(textToPolylines("+", font).strokes, Math.PI / 4);
  if (text === "÷") {
    const bar = textToPolylines("-", font).strokes;
    const { minX, maxX, minY } = bounds(bar);
    const [cx, gap] = [(minX + maxX) / 2, (maxX - minX) * 0.35];
    const dot = (y: number): Polyline => [[cx - 0.02, y], [cx + 0.02, y]];
    return [...bar, dot(minY - gap), dot(minY + gap)];
  }
  return [...textToPolylines(text, font).strokes];
}

/**
 * Writes `text` by hand into the box: a slant, a small turn, a slow wobble of the
 * pen, scaled to `size` and placed near the box's centre, wholly inside it.
 */
export function writeInBox(text: string, font: StrokeFontName, size: WritingSize, random: Random): Writing {
  const slant = random.uniform(-0.25, 0.25);
  const angle = random.uniform(-6, 6) * (Math.PI / 180);
  const wobble = random.uniform(0.01, 0.03);
  const phases = Array.from({ length: 4 }, () => random.uniform(0, 2 * Math.PI));
  const frequency = random.uniform(2, 4);
  const sheared = fontStrokes(text, font).map((line) =>
    resample(line, 0.04).map(([x, y]) => {
      const sx = x - slant * y; // y is negative above the baseline: a positive slant leans right
      return [sx + wobble * Math.sin(frequency * y + phases[0]!) + wobble * 0.5 * Math.sin(2.3 * frequency * sx + phases[1]!), y + wobble * Math.sin(frequency * sx + phases[2]!)] as const;
    }),
  );
  const turned = turn(sheared, angle);
  const box = bounds(turned);
  const [width, height] = [box.maxX - box.minX, box.maxY - box.minY];
  const longer = Math.max(width, height, 1e-6);
  let scale = random.uniform(size.longer[0], size.longer[1]) / longer;
  scale = Math.min(scale, size.maxHeight / Math.max(height, 1e-6));
  // Near the centre, and inside the box with room for the pen: a mark running out of the box is another question (framing).
  const within = (centre: number, extent: number) => Math.min(Math.max(centre, extent / 2 + 0.04), 1 - extent / 2 - 0.04);
  const [cx, cy] = [within(0.5 + random.uniform(-0.06, 0.06), width * scale), within(0.5 + random.uniform(-0.06, 0.06), height * scale)];
  const strokes = turned.map((line) => line.map(([x, y]) => [cx + (x - (box.minX + box.maxX) / 2) * scale, cy + (y - (box.minY + box.maxY) / 2) * scale] as const));
  return { text, font, strokes };
}

function turn(lines: readonly Polyline[], angle: number): Polyline[] {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const { minX, maxX, minY, maxY } = bounds(lines);
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  return lines.map((line) => line.map(([x, y]) => [cx + cos * (x - cx) - sin * (y - cy), cy + sin * (x - cx) + cos * (y - cy)] as const));
}

/** Points every `step` along the line (and its corners), so the wobble bends long straight strokes too. */
function resample(line: Polyline, step: number): [number, number][] {
  const out: [number, number][] = line.length ? [[line[0]![0], line[0]![1]]] : [];
  for (let k = 1; k < line.length; k++) {
    const [ax, ay] = line[k - 1]!;
    const [bx, by] = line[k]!;
    const pieces = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
    for (let s = 1; s <= pieces; s++) out.push([ax + ((bx - ax) * s) / pieces, ay + ((by - ay) * s) / pieces]);
  }
  return out;
}

export function bounds(lines: readonly Polyline[]): { minX: number; maxX: number; minY: number; maxY: number } {
  const points = lines.flat();
  return {
    minX: Math.min(...points.map(([x]) => x)),
    maxX: Math.max(...points.map(([x]) => x)),
    minY: Math.min(...points.map(([, y]) => y)),
    maxY: Math.max(...points.map(([, y]) => y)),
  };
}

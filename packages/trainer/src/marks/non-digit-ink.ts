// Ink that is not a digit, as a camera would see it inside the reader's box before
// lighting: handwritten-looking letters, words and symbols from the training stroke
// fonts, doodles, smudges, and a hand, arm or sleeve reaching in. For outlier exposure.
import type { Random } from "@livedigits/core/synthetic";
import { BODY_KINDS, drawBody, type BodyKind } from "./body.js";
import { placeByHand, type Placement } from "./handwriting.js";
import { InkField } from "./raster.js";
import { drawScribble, SCRIBBLE_KINDS, type ScribbleKind } from "./scribbles.js";
import { drawSmudges } from "./smudges.js";
import { loadStrokeFont, TRAINING_STROKE_FONTS, textToPolylines, type Point, type Polyline } from "./stroke-fonts.js";

/**
 * Characters that handwriting makes look like a digit, so never drawn alone:
 * O o D Q (0), I l i | / \ ( ) [ ] { } ! (1), Z z (2), S s $ (5), b G (6), B (8), g q (9).
 * Kept on purpose: T (its bar is level and centred, a 7's is not), A, E, P, H,
 * which the bench sees read as digits today and training should teach otherwise.
 */
export const DIGIT_SHAPED_CHARACTERS = "OoDQIli|/\\()[]{}!ZzSs$bGBgq";

/**
 * Characters that pass for a digit written alone, not inside a word: a as a 2 or 9, j and J as a 7
 * or 1, ? as a 2, > as a 7, : and ; whose dots run into one stroke. A trained model read these
 * alone as digits on its own training draws; taught "not a digit", they took real digits with them,
 * so training no longer draws them alone (the bench still writes ? and >).
 */
export const DIGIT_LIKE_ALONE = "ajJ?>:;";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** The letters drawn alone: capitals and lowercase that no digit looks like. */
export const NON_DIGIT_LETTERS = [...ALPHABET].filter((char) => !DIGIT_SHAPED_CHARACTERS.includes(char) && !DIGIT_LIKE_ALONE.includes(char)).join("");

/** Symbols drawn alone; "×" is the font's "+" turned by 45°. */
export const NON_DIGIT_SYMBOLS = [..."+-×=?#*%&@!<>~^:;"].filter((char) => !DIGIT_SHAPED_CHARACTERS.includes(char) && !DIGIT_LIKE_ALONE.includes(char)).join("");

/**
 * Words as children write them. Digit-shaped letters may appear inside a word (a
 * word is no digit), but at most half of its letters are digit-shaped.
 */
export const WORDS = [
  "cat", "duck", "hat", "map", "Mum", "Dad", "the", "and", "yes", "no", "hi", "me", "we", "you", "are", "run", "jump",
  "red", "tree", "car", "Anna", "Max", "Tom", "Emma", "nice", "here", "Hey", "name", "date", "kid", "Mark", "page",
  "write", "water", "happy", "pen", "ink", "fun", "yay", "Art", "Tue", "Wed", "Fri", "Mr", "Ms", "New", "end", "ok", "hey",
  "bye", "yum", "zap", "wow", "mad", "rat", "ant", "bee", "fox", "cake", "milk", "tea", "jam", "key", "fan", "net", "web",
] as const;

export type NonDigitInkKind = "letter" | "word" | "symbol" | ScribbleKind | "smudge" | BodyKind;

/** How often each kind comes out. */
export const NON_DIGIT_INK_WEIGHTS: Readonly<Record<NonDigitInkKind, number>> = {
  letter: 0.3,
  word: 0.2,
  symbol: 0.12,
  ...(Object.fromEntries(SCRIBBLE_KINDS.map((kind) => [kind, 0.2 / SCRIBBLE_KINDS.length])) as Record<ScribbleKind, number>),
  // Taught as "not a digit", smudges took thick, blurred digits with them (reports/trials/smudges).
  smudge: 0,
  hand: 0.1,
  // A bare arm across the box is a thick straight band: the 1s it stole cost more than it taught.
  arm: 0,
  sleeve: 0.08,
};

export const NON_DIGIT_INK_KINDS = Object.keys(NON_DIGIT_INK_WEIGHTS) as NonDigitInkKind[];

export interface NonDigitInk {
  /** size×size row-major, 0…1: how much of each pixel the mark covers (times its shading). */
  readonly ink: Float32Array;
  readonly kind: NonDigitInkKind;
  /**
   * How dark the mark is against the paper, 0…1: 1 for pen marks; skin or cloth for a
   * hand, arm or sleeve. Use it as the ink level (e.g. ink contrast × darkness).
   */
  readonly darkness: number;
  /** What was written, for letters, words and symbols. */
  readonly text?: string;
}

/** One non-digit mark in a size×size box. */
export function drawNonDigitInk(random: Random, size = 64): NonDigitInk {
  return drawNonDigitInkOfKind(pickKind(random), random, size);
}

/** One mark of the given kind (tests and contact sheets; training uses drawNonDigitInk's mix). */
export function drawNonDigitInkOfKind(kind: NonDigitInkKind, random: Random, size = 64): NonDigitInk {
  if ((BODY_KINDS as readonly string[]).includes(kind)) {
    const { ink, darkness } = drawBody(kind as BodyKind, random, size);
    return { ink, kind, darkness };
  }
  if (kind === "smudge") return { ...drawSmudges(random, size), kind };
  if ((SCRIBBLE_KINDS as readonly string[]).includes(kind)) return { ink: scribbleInk(kind as ScribbleKind, random, size), kind, darkness: 1 };
  const text =
    kind === "letter"
      ? NON_DIGIT_LETTERS[random.int(NON_DIGIT_LETTERS.length)]!
      : kind === "symbol"
        ? [...NON_DIGIT_SYMBOLS][random.int([...NON_DIGIT_SYMBOLS].length)]!
        : word(random);
  return { ink: textInk(kind, text, random, size), kind, darkness: 1, text };
}

function digitShapedShare(text: string): number {
  return [...text].filter((char) => DIGIT_SHAPED_CHARACTERS.includes(char)).length / text.length;
}

function pickKind(random: Random): NonDigitInkKind {
  let r = random.next();
  for (const kind of NON_DIGIT_INK_KINDS) {
    r -= NON_DIGIT_INK_WEIGHTS[kind];
    if (r < 0) return kind;
  }
  return NON_DIGIT_INK_KINDS[NON_DIGIT_INK_KINDS.length - 1]!;
}

function word(random: Random): string {
  if (random.chance(0.6)) {
    const chosen = WORDS[random.int(WORDS.length)]!;
    const shouted = chosen.toUpperCase();
    return random.chance(0.2) && digitShapedShare(shouted) <= 0.5 ? shouted : chosen;
  }
  // A made-up word: 2–6 letters, at least half of them not digit-shaped.
  const length = 2 + random.int(5);
  const inCase = random.chance(0.7) ? (char: string) => char === char.toLowerCase() : (char: string) => char === char.toUpperCase();
  const anyLetter = [...ALPHABET].filter(inCase);
  const nonDigitLetter = [...NON_DIGIT_LETTERS].filter(inCase);
  let made = "";
  for (let k = 0; k < length; k++) {
    const pool = k % 2 === 0 ? nonDigitLetter : anyLetter;
    made += pool[random.int(pool.length)]!;
  }
  return made;
}

const LETTER: Placement = { fill: [0.3, 0.9], slant: 0.3, turn: 0.2, overhang: 0 };
const WORD: Placement = { fill: [0.55, 1], slant: 0.3, turn: 0.15, overhang: 0 };
// Cut by the box's edge: only longer words, and not so far that a lone letter (maybe an l or o) is all that shows.
const CUT_WORD: Placement = { ...WORD, fill: [0.8, 1.3], overhang: 0.2 };

function textInk(kind: NonDigitInkKind, text: string, random: Random, size: number): Float32Array {
  const font = loadStrokeFont(TRAINING_STROKE_FONTS[random.int(TRAINING_STROKE_FONTS.length)]!);
  let strokes: readonly Polyline[];
  if (text === "×") strokes = turn(textToPolylines("+", font).strokes, Math.PI / 4);
  else if (font.style === "print" && kind === "word") strokes = textToPolylines(text, font, random.uniform(-0.05, 0.2)).strokes;
  else strokes = textToPolylines(text, font).strokes;
  if (strokes.length === 0) strokes = textToPolylines(text, loadStrokeFont("futural")).strokes;
  const placement = kind === "word" ? (text.length >= 4 && random.chance(0.4) ? CUT_WORD : WORD) : LETTER;
  // A fine liner to a thick marker: relative to a word's cap height, or to a lone mark's own size
  // (a lowercase letter drawn as large as a capital is written with a pen as thick for its size).
  const penShare = random.uniform(0.025, 0.085);
  const pen = kind === "word" ? (capHeight: number) => capHeight * penShare : (_: number, extent: number) => extent * penShare * 0.9;
  const placed = placeByHand(strokes, random, size, placement, (capHeight, extent) => Math.max(0.35, pen(capHeight, extent)));
  return penInk(placed.strokes, [], placed.radius, random, size);
}

const SCRIBBLE: Placement = { fill: [0.3, 0.9], slant: 0.2, turn: 0.4, overhang: 0 };

function scribbleInk(kind: ScribbleKind, random: Random, size: number): Float32Array {
  const { strokes, spots } = drawScribble(kind, random);
  // Spots travel as one-point lines, so they are placed with the strokes.
  const penShare = random.uniform(0.015, 0.05);
  const biggestSpot = Math.max(1, ...spots.map((spot) => spot.size));
  const placed = placeByHand([...strokes, ...spots.map(({ at }) => [at])], random, size, SCRIBBLE, (_, extent) => biggestSpot * Math.max(0.35, extent * penShare));
  const radius = placed.radius / biggestSpot;
  const placedSpots = spots.map(({ size: spotSize }, k) => ({ at: placed.strokes[strokes.length + k]![0]!, radius: radius * spotSize }));
  return penInk(placed.strokes.slice(0, strokes.length), placedSpots, radius, random, size);
}

function penInk(strokes: readonly Polyline[], spots: readonly { at: Point; radius: number }[], radius: number, random: Random, size: number): Float32Array {
  const field = new InkField(size);
  // A pencil or a drying felt pen does not cover fully.
  const pressure = random.chance(0.3) ? random.uniform(0.55, 1) : 1;
  for (const line of strokes) field.stroke(line, radius, pressure);
  for (const { at, radius: spotRadius } of spots) field.disc(at, spotRadius, pressure);
  return field.data;
}

function turn(strokes: readonly Polyline[], angle: number): Polyline[] {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  return strokes.map((line) => line.map(([x, y]): Point => [cos * x - sin * y, sin * x + cos * y]));
}

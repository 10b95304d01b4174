// Frames with no digit in the box: what a reader must answer "no digit" (or stay
// unsure) to. Empty sheets, ruled and squared paper (clean, and under the camera
// conditions), smudges, letters, words and symbols, a hand reaching in, a sleeve or
// arm across the box. Half are light on dark, like the digit conditions. Letters,
// words and symbols come from the stroke fonts training never uses (writing.ts) and
// the bench's own hand-drawn capitals.
import type { RgbaImage } from "@livedigits/core";
import { Random } from "@livedigits/core/synthetic";
import { cleanLook, CONDITIONS, type Look } from "./conditions.js";
import { armAcross, handCoverage, smudgeInk, strokeInk } from "./marks.js";
import { renderFrame, type Marks, type Overlay, type Rgb } from "./scene.js";
import { BENCH_LOWERCASE, BENCH_SYMBOLS, pickFont, pickText, writeInBox, type Polyline, type WritingSize } from "./writing.js";

/** Capital letters that no one would read as a digit, drawn by the bench as strokes in a unit square. */
const LETTERS: Record<string, readonly Polyline[]> = {
  A: [[[0, 1], [0.5, 0], [1, 1]], [[0.25, 0.55], [0.75, 0.55]]],
  E: [[[1, 0], [0, 0], [0, 1], [1, 1]], [[0, 0.5], [0.7, 0.5]]],
  F: [[[1, 0], [0, 0], [0, 1]], [[0, 0.5], [0.7, 0.5]]],
  H: [[[0, 0], [0, 1]], [[1, 0], [1, 1]], [[0, 0.5], [1, 0.5]]],
  K: [[[0, 0], [0, 1]], [[1, 0], [0, 0.6]], [[0.3, 0.4], [1, 1]]],
  M: [[[0, 1], [0, 0], [0.5, 0.6], [1, 0], [1, 1]]],
  N: [[[0, 1], [0, 0], [1, 1], [1, 0]]],
  W: [[[0, 0], [0.25, 1], [0.5, 0.4], [0.75, 1], [1, 0]]],
  X: [[[0, 0], [1, 1]], [[1, 0], [0, 1]]],
  R: [[[0, 1], [0, 0], [0.8, 0], [0.95, 0.15], [0.95, 0.35], [0.8, 0.5], [0, 0.5]], [[0.4, 0.5], [1, 1]]],
};

export interface ClutterKind {
  readonly name: string;
  readonly description: string;
  /**
   * Seeds this kind's frames (with the bench's seed). Fixed per kind rather than
   * its place in the list, so adding a kind leaves the others' frames as they were.
   */
  readonly stream: number;
  readonly marks: (random: Random) => { marks: Marks[]; rule: "plain" | "lined" | "squared"; overlay?: Overlay };
  /** The sheet, light and camera; a clean, well-lit sheet where not given. */
  readonly look?: (random: Random) => Look;
}

/** The camera conditions that change something from the clean look. */
const CAMERA_CONDITIONS = CONDITIONS.filter((condition) => condition.name !== "clean");

const PENCIL: Rgb = [0.25, 0.25, 0.27];
const SKIN: readonly Rgb[] = [
  [0.87, 0.68, 0.58],
  [0.72, 0.5, 0.38],
  [0.45, 0.3, 0.22],
];
/** Sleeves: navy, denim, red, grey, black, cream, green, mustard, pink. */
const CLOTH: readonly Rgb[] = [
  [0.15, 0.2, 0.4],
  [0.3, 0.42, 0.6],
  [0.65, 0.15, 0.15],
  [0.55, 0.55, 0.55],
  [0.08, 0.08, 0.09],
  [0.9, 0.9, 0.86],
  [0.2, 0.45, 0.3],
  [0.85, 0.68, 0.2],
  [0.9, 0.6, 0.7],
];

const LETTER_SIZE: WritingSize = { longer: [0.4, 0.8], maxHeight: 0.85 };
const WORD_SIZE: WritingSize = { longer: [0.5, 0.9], maxHeight: 0.6 };
const SYMBOL_SIZE: WritingSize = { longer: [0.3, 0.75], maxHeight: 0.8 };

/** Text from a bench font, written by hand into the box with a pen `pen` px wide. */
function written(kind: Parameters<typeof pickText>[0], size: WritingSize, pen: readonly [number, number], random: Random): Marks {
  const writing = writeInBox(pickText(kind, random), pickFont(random), size, random);
  return { coverage: strokeInk(writing.strokes, random.uniform(pen[0], pen[1])), ink: cleanLook(random).ink };
}

export const CLUTTER: readonly ClutterKind[] = [
  { name: "empty sheet", stream: 0, description: "nothing but the sheet, its grain and the light", marks: () => ({ marks: [], rule: "plain" }) },
  { name: "lined paper", stream: 1, description: "ruled lines only", marks: () => ({ marks: [], rule: "lined" }) },
  { name: "squared paper", stream: 2, description: "a grid only", marks: () => ({ marks: [], rule: "squared" }) },
  {
    name: "lined or squared paper, camera conditions",
    stream: 10,
    description: "ruled lines or a grid only (half each), under one of the camera conditions other than clean, at random: uneven light, a shadow, noise, JPEG, blur…",
    look: (random) => CAMERA_CONDITIONS[random.int(CAMERA_CONDITIONS.length)]!.look(random),
    marks: (random) => ({ marks: [], rule: random.chance(0.5) ? "lined" : "squared" }),
  },
  { name: "smudges", stream: 3, description: "1–4 soft grey blobs (rubbed-out pencil, a thumb)", marks: (random) => ({ marks: [{ coverage: smudgeInk(random, 1 + random.int(4)), ink: PENCIL }], rule: "plain" }) },
  {
    name: "a capital letter",
    stream: 4,
    description: `one capital, 40–80% of the box: half drawn by the bench (${Object.keys(LETTERS).join(" ")}), half from fonts training never uses (any but the digit-shaped)`,
    marks: (random) => {
      if (random.chance(0.5)) return { marks: [written("capital", LETTER_SIZE, [3, 9], random)], rule: "plain" };
      const letters = Object.values(LETTERS);
      const size = random.uniform(0.4, 0.8);
      return { marks: [{ coverage: letterInk(letters[random.int(letters.length)]!, 0.5 - size / 2 + random.uniform(-0.05, 0.05), 0.5 - size / 2, size, random), ink: cleanLook(random).ink }], rule: "plain" };
    },
  },
  {
    name: "a lowercase letter",
    stream: 7,
    description: `one lowercase letter (not ${[..."abcdefghijklmnopqrstuvwxyz"].filter((c) => !BENCH_LOWERCASE.includes(c)).join(" ")}: digit-shaped), 40–80% of the box, from fonts training never uses`,
    marks: (random) => ({ marks: [written("lowercase", LETTER_SIZE, [3, 9], random)], rule: "plain" }),
  },
  {
    name: "a word",
    stream: 5,
    description: "a word of 2–6 letters, mostly lowercase, across 50–90% of the box, from fonts training never uses; half on lined paper",
    marks: (random) => ({ marks: [written("word", WORD_SIZE, [2.5, 6], random)], rule: random.chance(0.5) ? "lined" : "plain" }),
  },
  {
    name: "a symbol",
    stream: 8,
    description: `one of ${[...BENCH_SYMBOLS].join(" ")}, 30–75% of the box, from fonts training never uses`,
    marks: (random) => ({ marks: [written("symbol", SYMBOL_SIZE, [3, 9], random)], rule: "plain" }),
  },
  {
    name: "part of a hand",
    stream: 6,
    description: "a palm and fingers reaching in from a side, three skin tones",
    marks: (random) => ({ marks: [], rule: "plain", overlay: { coverage: handCoverage(random), colour: SKIN[random.int(SKIN.length)]! } }),
  },
  {
    name: "a sleeve or arm across the box",
    stream: 9,
    description: "a band half to nine tenths of the box wide crossing it (now and then ending in an elbow): a sleeve (nine cloths, folds, weave, some striped) or a bare forearm (three skin tones), shaded round",
    marks: (random) => {
      const cloth = random.chance(0.6);
      const colour = cloth ? CLOTH[random.int(CLOTH.length)]! : SKIN[random.int(SKIN.length)]!;
      return { marks: [], rule: "plain", overlay: { ...armAcross(random, cloth), colour } };
    },
  },
];

/**
 * The first `count` frames of a kind of clutter under `seed`, half light on dark: each kind draws from
 * its own stream, so the accuracy and numbers parts read the same frames.
 */
export function* clutterFrames(kind: ClutterKind, seed: number, count: number): Generator<RgbaImage> {
  const random = new Random(seed * 2000 + kind.stream);
  for (let i = 0; i < count; i++) yield renderClutter(kind, i % 2 === 1, random);
}

export function renderClutter(kind: ClutterKind, lightOnDark: boolean, random: Random): RgbaImage {
  const look = kind.look ? kind.look(random) : cleanLook(random);
  const { marks, rule, overlay } = kind.marks(random);
  return renderFrame({ ...look.sheet, rule, lightOnDark }, marks, look.lighting, look.camera, random, overlay ?? null);
}

function letterInk(strokes: readonly Polyline[], left: number, top: number, size: number, random: Random): Float32Array {
  const slant = random.uniform(-0.15, 0.15);
  const moved = strokes.map((line) => line.map(([u, v]) => [left + (u + slant * (1 - v)) * size * 0.8, top + v * size] as const));
  return strokeInk(moved, random.uniform(3, 9));
}

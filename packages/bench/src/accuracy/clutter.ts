// Frames with no digit in the box: what a reader must answer "no digit" (or stay
// unsure) to. Empty sheets, ruled and squared paper, smudges, letters, a word, a
// hand reaching in. Half are light on dark, like the digit conditions.
import type { RgbaImage } from "@livedigits/core";
import type { Random } from "@livedigits/core/synthetic";
import { cleanLook } from "./conditions.js";
import { handCoverage, smudgeInk, strokeInk } from "./marks.js";
import { renderFrame, type Marks, type Overlay, type Rgb } from "./scene.js";

type Polyline = readonly (readonly [number, number])[];

/** Capital letters that no one would read as a digit, as strokes in a unit square. */
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
  readonly marks: (random: Random) => { marks: Marks[]; rule: "plain" | "lined" | "squared"; overlay?: Overlay };
}

const PENCIL: Rgb = [0.25, 0.25, 0.27];
const SKIN: readonly Rgb[] = [
  [0.87, 0.68, 0.58],
  [0.72, 0.5, 0.38],
  [0.45, 0.3, 0.22],
];

export const CLUTTER: readonly ClutterKind[] = [
  { name: "empty sheet", description: "nothing but the sheet, its grain and the light", marks: () => ({ marks: [], rule: "plain" }) },
  { name: "lined paper", description: "ruled lines only", marks: () => ({ marks: [], rule: "lined" }) },
  { name: "squared paper", description: "a grid only", marks: () => ({ marks: [], rule: "squared" }) },
  { name: "smudges", description: "1–4 soft grey blobs (rubbed-out pencil, a thumb)", marks: (random) => ({ marks: [{ coverage: smudgeInk(random, 1 + random.int(4)), ink: PENCIL }], rule: "plain" }) },
  {
    name: "a letter",
    description: "one capital letter (A E F H K M N R W X), 40–80% of the box",
    marks: (random) => {
      const letters = Object.values(LETTERS);
      const size = random.uniform(0.4, 0.8);
      return { marks: [{ coverage: letterInk(letters[random.int(letters.length)]!, 0.5 - size / 2 + random.uniform(-0.05, 0.05), 0.5 - size / 2, size, random), ink: cleanLook(random).ink }], rule: "plain" };
    },
  },
  {
    name: "a word",
    description: "three capital letters side by side",
    marks: (random) => {
      const letters = Object.values(LETTERS);
      const size = random.uniform(0.22, 0.28);
      const coverage = [0, 1, 2].map((k) => letterInk(letters[random.int(letters.length)]!, 0.08 + k * (size + 0.06), 0.5 - size / 2 + random.uniform(-0.1, 0.1), size, random));
      return { marks: coverage.map((c) => ({ coverage: c, ink: cleanLook(random).ink })), rule: random.chance(0.5) ? "lined" : "plain" };
    },
  },
  {
    name: "part of a hand",
    description: "a palm and fingers reaching in from a side, three skin tones",
    marks: (random) => ({ marks: [], rule: "plain", overlay: { coverage: handCoverage(random), colour: SKIN[random.int(SKIN.length)]! } }),
  },
];

export function renderClutter(kind: ClutterKind, lightOnDark: boolean, random: Random): RgbaImage {
  const look = cleanLook(random);
  const { marks, rule, overlay } = kind.marks(random);
  return renderFrame({ ...look.sheet, rule, lightOnDark }, marks, look.lighting, look.camera, random, overlay ?? null);
}

function letterInk(strokes: readonly Polyline[], left: number, top: number, size: number, random: Random): Float32Array {
  const slant = random.uniform(-0.15, 0.15);
  const moved = strokes.map((line) => line.map(([u, v]) => [left + (u + slant * (1 - v)) * size * 0.8, top + v * size] as const));
  return strokeInk(moved, random.uniform(3, 9));
}

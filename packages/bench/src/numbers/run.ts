// The numbers part of `pnpm bench` (#14): LiveDigits' number reader and Tesseract OCR on
// the same frames in the same run — "Camera numbers" and the real numbers of
// ../shared/real-numbers. Every number goes through read(frame, box) with the box
// around the number; a number counts as right only when every digit is.
import { createLiveDigitsNumberReader, MAX_READER_DIGITS, type NumberReader } from "./number-reader.js";
import { readClutterAsNumbers, type ClutterNumbers } from "./clutter-numbers.js";
import { cameraNumber, MAX_NUMBER_LENGTH, mnistTestByLabel, type CameraNumber } from "./camera-numbers.js";
import type { BoxedFrame } from "./contact-sheet.js";
import { DEFAULT_REAL_NUMBERS_DIR, loadRealNumbers } from "./real-numbers.js";
import { createTesseractDigitReader, type TesseractDigitReader } from "./tesseract.js";

export interface NumbersOptions {
  /** Camera numbers read by LiveDigits (numbers 0…count−1 of the seed's set). */
  readonly cameraCount: number;
  /** Tesseract reads every this-many-th of them (1: all), where it is too slow for all. */
  readonly tesseractEvery: number;
  /** Frames of each kind of clutter read as numbers (the accuracy part's first this many). */
  readonly clutterPerKind: number;
  /** Real numbers read (the first this many boxes); null: all. */
  readonly realLimit: number | null;
  readonly seed: number;
  /** ../shared/real-numbers; the default is the team's copy beside the project. */
  readonly realNumbersDir?: string;
  readonly log: (line: string) => void;
}

export const fullNumbers = { cameraCount: 2_000, tesseractEvery: 1, clutterPerKind: 200, realLimit: null, seed: 2026 } as const;
export const quickNumbers = { cameraCount: 12, tesseractEvery: 1, clutterPerKind: 6, realLimit: 2, seed: 2026 } as const;

export type NumberReaderName = "livedigits" | "tesseract";
export const NUMBER_READERS: readonly NumberReaderName[] = ["livedigits", "tesseract"];

/** Counts of one reader on a group of numbers. */
export interface NumberTally {
  count: number;
  /** Numbers where a text was shown. */
  shown: number;
  /** Shown and right: every digit, nothing more. */
  right: number;
  /** Milliseconds of each read, for the medians. */
  milliseconds: number[];
}

export interface NumberScore {
  readonly count: number;
  /** Right over all numbers. */
  readonly accuracy: number;
  /** Share of numbers where a text was shown. */
  readonly coverage: number;
  /** Right among the shown; null when none was shown. */
  readonly precision: number | null;
  /** Shown and wrong, over all numbers. */
  readonly wrongShown: number;
  readonly medianMs: number | null;
  readonly p95Ms: number | null;
}

export type PerNumberReader<T> = Record<NumberReaderName, T>;

export interface NumberGroup {
  readonly name: string;
  readonly scores: PerNumberReader<NumberScore>;
}

export interface NumberMistake {
  readonly index: number;
  readonly text: string;
  readonly read: string;
  readonly condition: string;
  readonly lightOnDark: boolean;
  readonly touching: boolean;
}

export interface NumbersResult {
  readonly options: Omit<NumbersOptions, "log">;
  readonly backend: string;
  readonly camera: {
    /** Every camera number, LiveDigits only (Tesseract's cells are over its subset). */
    readonly all: NumberGroup;
    /** The numbers Tesseract read too: both readers on the same frames. */
    readonly compared: NumberGroup;
    readonly byKind: readonly NumberGroup[];
    readonly byLength: readonly NumberGroup[];
    readonly byCondition: readonly NumberGroup[];
    readonly byPolarity: readonly NumberGroup[];
    /** Numbers whose neighbours touch, among those of two digits or more. */
    readonly touchingShare: number;
    /** Numbers whose neighbours touch, per length 1…6. */
    readonly touchingByLength: readonly number[];
    /** Wrong numbers LiveDigits showed (all of them, up to 50). */
    readonly livedigitsWrong: readonly NumberMistake[];
  };
  /** The accuracy part's clutter read by LiveDigits as numbers, per kind: any number shown is false. */
  readonly clutter: readonly ClutterNumbers[];
  /** null when ../shared/real-numbers is absent. */
  readonly real: {
    readonly dir: string;
    readonly overall: NumberGroup;
    readonly numbers: readonly { readonly image: string; readonly label: string; readonly read: PerNumberReader<string | null>; readonly maxDigits: number }[];
  } | null;
  readonly seconds: number;
  /** A few camera numbers, for the contact sheet. */
  readonly samples: readonly (readonly BoxedFrame[])[];
}

export function emptyNumberTally(): NumberTally {
  return { count: 0, shown: 0, right: 0, milliseconds: [] };
}

export function recordNumber(tally: NumberTally, read: string | null, truth: string, milliseconds: number): void {
  tally.count++;
  tally.milliseconds.push(milliseconds);
  if (read === null) return;
  tally.shown++;
  if (read === truth) tally.right++;
}

export function scoreNumbers(tally: NumberTally): NumberScore {
  const sorted = [...tally.milliseconds].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : null);
  return {
    count: tally.count,
    accuracy: tally.count ? tally.right / tally.count : 0,
    coverage: tally.count ? tally.shown / tally.count : 0,
    precision: tally.shown ? tally.right / tally.shown : null,
    wrongShown: tally.count ? (tally.shown - tally.right) / tally.count : 0,
    medianMs: at(0.5),
    p95Ms: at(0.95),
  };
}

/** Tallies per named group, both readers, created on first use. */
class Groups {
  readonly #tallies = new Map<string, PerNumberReader<NumberTally>>();

  constructor(names: readonly string[] = []) {
    for (const name of names) this.get(name);
  }

  get(name: string): PerNumberReader<NumberTally> {
    let tallies = this.#tallies.get(name);
    if (!tallies) this.#tallies.set(name, (tallies = { livedigits: emptyNumberTally(), tesseract: emptyNumberTally() }));
    return tallies;
  }

  scores(): NumberGroup[] {
    return [...this.#tallies].map(([name, t]) => ({ name, scores: { livedigits: scoreNumbers(t.livedigits), tesseract: scoreNumbers(t.tesseract) } }));
  }
}

export const KINDS = ["one digit", "separated", "touching"] as const;

/** One digit; several, none touching; several, some neighbours touching. */
export function kindOf(number: Pick<CameraNumber, "text" | "touching">): (typeof KINDS)[number] {
  return number.text.length === 1 ? "one digit" : number.touching ? "touching" : "separated";
}

/** Conditions shown in the contact sheet, a row of lengths 1–6 per polarity. */
const SAMPLE_CONDITIONS = ["clean", "squared paper", "shadow", "all at once"];

export async function runNumbersBench(options: NumbersOptions): Promise<NumbersResult> {
  const started = performance.now();
  const livedigits = await createLiveDigitsNumberReader();
  let tesseract: TesseractDigitReader | null = null;
  try {
    tesseract = await createTesseractDigitReader();
    const camera = await readCameraNumbers(livedigits, tesseract, options);
    const clutter = await readClutterAsNumbers(livedigits, options.clutterPerKind, options.seed);
    options.log(`clutter read as numbers: ${clutter.map((k) => `${k.name} ${k.falseNumbers}/${k.frames}`).join(", ")}`);
    const real = await readRealNumbers(livedigits, tesseract, options);
    return {
      options: { cameraCount: options.cameraCount, tesseractEvery: options.tesseractEvery, clutterPerKind: options.clutterPerKind, realLimit: options.realLimit, seed: options.seed, realNumbersDir: options.realNumbersDir },
      backend: livedigits.backend,
      camera: camera.result,
      clutter,
      real,
      seconds: (performance.now() - started) / 1000,
      samples: camera.samples,
    };
  } finally {
    livedigits.dispose();
    await tesseract?.dispose();
  }
}

async function readCameraNumbers(livedigits: NumberReader, tesseract: TesseractDigitReader, options: NumbersOptions) {
  const { log } = options;
  const byLabel = mnistTestByLabel();
  const all = new Groups(["all"]);
  const compared = new Groups(["same frames"]);
  const kinds = new Groups(KINDS);
  const lengths = new Groups(Array.from({ length: MAX_NUMBER_LENGTH }, (_, i) => `${i + 1} digit${i ? "s" : ""}`));
  const conditions = new Groups();
  const polarities = new Groups(["dark on light", "light on dark"]);
  const mistakes: NumberMistake[] = [];
  const samples: BoxedFrame[][] = Array.from({ length: 2 * SAMPLE_CONDITIONS.length }, () => []);
  let [multi, touching] = [0, 0];
  const ofLength = new Array<number>(MAX_NUMBER_LENGTH).fill(0);
  const touchingOfLength = new Array<number>(MAX_NUMBER_LENGTH).fill(0);
  livedigits.setMaxDigits(MAX_NUMBER_LENGTH);
  for (let index = 0; index < options.cameraCount; index++) {
    const number = cameraNumber(index, options.seed, byLabel);
    if (number.text.length > 1) {
      multi++;
      if (number.touching) touching++;
    }
    ofLength[number.text.length - 1]!++;
    if (number.touching) touchingOfLength[number.text.length - 1]!++;
    const groups = [kinds.get(kindOf(number)), lengths.get(`${number.text.length} digit${number.text.length > 1 ? "s" : ""}`), conditions.get(number.condition), polarities.get(number.lightOnDark ? "light on dark" : "dark on light")];
    const ours = await livedigits.read(number.frame, number.box);
    for (const t of [all.get("all"), ...groups]) recordNumber(t.livedigits, ours.text, number.text, ours.milliseconds);
    if (ours.text !== null && ours.text !== number.text && mistakes.length < 50) {
      mistakes.push({ index, text: number.text, read: ours.text, condition: number.condition, lightOnDark: number.lightOnDark, touching: number.touching });
    }
    if (index % options.tesseractEvery === 0) {
      const theirs = await tesseract.read(number.frame, number.box);
      recordNumber(compared.get("same frames").livedigits, ours.text, number.text, ours.milliseconds);
      for (const t of [all.get("all"), compared.get("same frames"), ...groups]) recordNumber(t.tesseract, theirs.text, number.text, theirs.milliseconds);
    }
    // The contact sheet: the first run of each sample condition (lengths 1–6, then again light on dark).
    const sampleRow = SAMPLE_CONDITIONS.indexOf(number.condition);
    if (sampleRow >= 0 && samples[2 * sampleRow + Number(number.lightOnDark)]!.length < MAX_NUMBER_LENGTH) {
      samples[2 * sampleRow + Number(number.lightOnDark)]!.push({ frame: number.frame, box: number.box });
    }
    if ((index + 1) % 200 === 0) log(`camera numbers: ${index + 1}/${options.cameraCount}, livedigits ${percentOf(all.get("all").livedigits)} right`);
  }
  const [allScores] = all.scores() as [NumberGroup];
  log(`camera numbers (${options.cameraCount}): livedigits ${summary(allScores.scores.livedigits)}; tesseract ${summary(allScores.scores.tesseract)}`);
  const result: NumbersResult["camera"] = {
    all: allScores,
    compared: compared.scores()[0]!,
    byKind: kinds.scores(),
    byLength: lengths.scores(),
    byCondition: conditions.scores(),
    byPolarity: polarities.scores(),
    touchingShare: multi ? touching / multi : 0,
    touchingByLength: ofLength.map((n, i) => (n ? touchingOfLength[i]! / n : 0)),
    livedigitsWrong: mistakes,
  };
  return { result, samples: samples.filter((row) => row.length > 0) };
}

async function readRealNumbers(livedigits: NumberReader, tesseract: TesseractDigitReader, options: NumbersOptions): Promise<NumbersResult["real"]> {
  const { log } = options;
  const dir = options.realNumbersDir ?? DEFAULT_REAL_NUMBERS_DIR;
  const loaded = await loadRealNumbers(dir);
  if (!loaded) {
    log(`real numbers: ${dir} not found, skipped`);
    return null;
  }
  const overall = new Groups(["real numbers"]);
  const numbers: NonNullable<NumbersResult["real"]>["numbers"][number][] = [];
  for (const number of loaded.slice(0, options.realLimit ?? loaded.length)) {
    const maxDigits = Math.min(number.label.length, MAX_READER_DIGITS);
    livedigits.setMaxDigits(maxDigits);
    const ours = await livedigits.read(number.frame, number.box);
    const theirs = await tesseract.read(number.frame, number.box);
    const tallies = overall.get("real numbers");
    recordNumber(tallies.livedigits, ours.text, number.label, ours.milliseconds);
    recordNumber(tallies.tesseract, theirs.text, number.label, theirs.milliseconds);
    numbers.push({ image: number.image, label: number.label, read: { livedigits: ours.text, tesseract: theirs.text }, maxDigits });
  }
  const [scores] = overall.scores() as [NumberGroup];
  log(`real numbers (${numbers.length}): livedigits ${summary(scores.scores.livedigits)}; tesseract ${summary(scores.scores.tesseract)}`);
  return { dir, overall: scores, numbers };
}

function summary(s: NumberScore): string {
  return `${percent(s.accuracy)} right, ${percent(s.coverage)} shown, ${percent(s.wrongShown)} shown wrong, ${s.medianMs === null ? "–" : s.medianMs.toFixed(1)} ms`;
}

function percentOf(t: NumberTally): string {
  return percent(t.count ? t.right / t.count : 0);
}

export function percent(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}

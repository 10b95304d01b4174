// Part 1 of `pnpm bench`: how often each reader is right where cameras are. Every
// frame goes through the reader's read(frame, box), exactly as the apps call it.
import type { RgbaImage } from "@livedigits/core";
import { mnistTestDigits, type MnistSample } from "@livedigits/core/testing";
import { Random } from "@livedigits/core/synthetic";
import { evaluateRealDigits, type PhotoFraming, type RealDigitsResult } from "@livedigits/trainer/real-digits";
import type { NamedReader, ReaderName } from "../readers.js";
import { calibration, emptyCalibrationTally, readingOutcome, recordConfidence, type Calibration, type CalibrationTally } from "./calibration.js";
import { CLUTTER, clutterFrames } from "./clutter.js";
import { CONDITIONS, renderCondition } from "./conditions.js";
import { CUT_BY_THE_BOX, renderCutByBox } from "./framing.js";
import { realDigitsCalibration, recordingReader } from "./real-calibration.js";
import { BOX } from "./scene.js";
import { addTallies, emptyTally, record, score, type Score, type Tally } from "./score.js";

export interface AccuracyOptions {
  /** MNIST test digits read as published and inverted. */
  readonly mnistCount: number;
  /** MNIST test digits (spread over the set) rendered per condition and polarity. */
  readonly digitsPerCondition: number;
  /** Frames per kind of clutter, half of them light on dark. */
  readonly clutterPerKind: number;
  readonly seed: number;
  /** shared/real-digits; the default is the team's copy beside the project. */
  readonly realDigitsDir?: string;
  /** How the photos are framed besides their centred square (each is a pass over every photo and scan). */
  readonly photoFramings: readonly Exclude<PhotoFraming, "centre-square">[];
  readonly log: (line: string) => void;
}

export const fullAccuracy = { mnistCount: 10_000, digitsPerCondition: 1_000, clutterPerKind: 200, seed: 2026, photoFramings: ["half-square", "whole"] } as const;
export const quickAccuracy = { mnistCount: 100, digitsPerCondition: 12, clutterPerKind: 6, seed: 2026, photoFramings: ["whole"] } as const;

type PerReader<T> = Record<ReaderName, T>;

export interface AccuracyResult {
  readonly options: Omit<AccuracyOptions, "log">;
  readonly backend: string;
  readonly threshold: number;
  readonly mnist: { readonly normal: PerReader<Score>; readonly inverted: PerReader<Score> };
  readonly camera: {
    readonly conditions: { name: string; description: string; darkOnLight: PerReader<Score>; lightOnDark: PerReader<Score> }[];
    readonly overall: PerReader<Score>;
  };
  /** Groups of shared/real-digits (photos, writers, USPS); null when the folder is absent. */
  readonly realDigits: PerReader<RealDigitsResult> | null;
  readonly clutter: {
    readonly kinds: { name: string; description: string; falseDigits: PerReader<Score> }[];
    readonly overall: PerReader<Score>;
  };
  /**
   * Framing gone wrong: Camera MNIST digits the box cuts (any digit named is a wrong one),
   * and the real photos through a box too small, and opened whole.
   */
  readonly framing: {
    readonly cutByBox: { name: string; description: string; darkOnLight: PerReader<Score>; lightOnDark: PerReader<Score> };
    readonly photos: Partial<Record<Exclude<PhotoFraming, "centre-square">, PerReader<RealDigitsResult>>>;
  };
  /**
   * Does a confidence mean what it says: reliability bins and ECE over every reading
   * where the model ran (the top digit of its probabilities against the label).
   */
  readonly calibration: { readonly binCount: number; readonly sets: readonly CalibrationSet[] };
  readonly seconds: number;
  /** A few frames of each condition and each kind of clutter, for the contact sheets. */
  readonly samples: { readonly camera: RgbaImage[][]; readonly clutter: RgbaImage[][] };
}

export interface CalibrationSet {
  readonly name: string;
  readonly description: string;
  readonly byReader: PerReader<Calibration>;
}

const SAMPLES_PER_ROW = 8;
/** Equal-width confidence bins for the reliability tables and the ECE. */
export const CALIBRATION_BINS = 10;

export async function runAccuracyBench(readers: readonly NamedReader[], options: AccuracyOptions): Promise<AccuracyResult> {
  const started = performance.now();
  const { log } = options;
  const tallies = () => Object.fromEntries(readers.map(({ name }) => [name, emptyTally()])) as PerReader<Tally>;
  const scores = (t: PerReader<Tally>) => Object.fromEntries(readers.map(({ name }) => [name, score(t[name])])) as PerReader<Score>;
  const calibrationTallies = () => Object.fromEntries(readers.map(({ name }) => [name, emptyCalibrationTally(CALIBRATION_BINS)])) as PerReader<CalibrationTally>;
  const calibrations = (t: PerReader<CalibrationTally>) => Object.fromEntries(readers.map(({ name }) => [name, calibration(t[name])])) as PerReader<Calibration>;
  const readAll = async (frame: RgbaImage, roi: typeof BOX, label: number | null, into: PerReader<Tally>, confidences?: PerReader<CalibrationTally>) => {
    for (const { name, reader } of readers) {
      const reading = await reader.read(frame, roi);
      record(into[name], reading.digit, label);
      const outcome = confidences && label !== null ? readingOutcome(reading, label) : null;
      if (outcome) recordConfidence(confidences![name], outcome.confidence, outcome.correct);
    }
  };
  const calibrationSets: CalibrationSet[] = [];
  const addCalibrationSet = (name: string, description: string, t: PerReader<CalibrationTally>) => {
    const byReader = calibrations(t);
    calibrationSets.push({ name, description, byReader });
    log(`calibration, ${name}: ECE ${readers.map(({ name: r }) => `${r} ${byReader[r].ece === null ? "–" : percent(byReader[r].ece)}`).join(", ")}`);
  };
  const summary = (s: PerReader<Score>) => readers.map(({ name }) => `${name} ${percent(s[name].accuracy)} (coverage ${percent(s[name].coverage)})`).join(", ");

  const digits = mnistTestDigits(10_000);

  // MNIST test as published (white on black) and inverted, the whole 28×28 image as the box.
  const mnistNormal = tallies();
  const mnistInverted = tallies();
  const mnistConfidences = calibrationTallies();
  const whole = { x: 0, y: 0, width: 28, height: 28 };
  for (const { image, label } of digits.slice(0, options.mnistCount)) {
    await readAll(mnistFrame(image, false), whole, label, mnistNormal, mnistConfidences);
    await readAll(mnistFrame(image, true), whole, label, mnistInverted, mnistConfidences);
  }
  const mnist = { normal: scores(mnistNormal), inverted: scores(mnistInverted) };
  log(`MNIST test (${options.mnistCount}) normal: ${summary(mnist.normal)}`);
  log(`MNIST test (${options.mnistCount}) inverted: ${summary(mnist.inverted)}`);
  addCalibrationSet("MNIST test", `${options.mnistCount} digits, as published and inverted`, mnistConfidences);

  // Camera MNIST: the same digits in every condition, in both polarities.
  const step = Math.floor(digits.length / options.digitsPerCondition);
  const chosen: MnistSample[] = Array.from({ length: options.digitsPerCondition }, (_, i) => digits[i * step]!);
  const conditions: AccuracyResult["camera"]["conditions"] = [];
  const allCamera: PerReader<Tally>[] = [];
  const cameraSamples: RgbaImage[][] = [];
  const cameraConfidences = calibrationTallies();
  for (const [k, condition] of CONDITIONS.entries()) {
    const byPolarity = [tallies(), tallies()] as const;
    const row: RgbaImage[] = [];
    for (const [p, lightOnDark] of [false, true].entries()) {
      const random = new Random(options.seed * 1000 + k * 2 + p);
      for (const [i, { image, label }] of chosen.entries()) {
        const frame = renderCondition(condition, image, lightOnDark, random);
        if (i < SAMPLES_PER_ROW / 2) row.push(frame);
        await readAll(frame, BOX, label, byPolarity[p]!, cameraConfidences);
      }
    }
    allCamera.push(...byPolarity);
    cameraSamples.push(interleave(row));
    const entry = { name: condition.name, description: condition.description, darkOnLight: scores(byPolarity[0]), lightOnDark: scores(byPolarity[1]) };
    conditions.push(entry);
    log(`camera: ${condition.name}: ${summary(scores(combine(readers, byPolarity)))}`);
  }
  const camera = { conditions, overall: scores(combine(readers, allCamera)) };
  log(`camera, all conditions: ${summary(camera.overall)}`);
  addCalibrationSet("Camera MNIST", `all ${CONDITIONS.length} conditions × 2 polarities`, cameraConfidences);

  // Real photos and scans, as they are and inverted.
  let realDigits: PerReader<RealDigitsResult> | null = {} as PerReader<RealDigitsResult>;
  const realConfidences = new Map<string, PerReader<CalibrationTally>>();
  for (const { name, reader } of readers) {
    const recording = recordingReader(reader);
    const result = await evaluateRealDigits(recording.reader, options.realDigitsDir);
    if (!result) {
      realDigits = null;
      log("real photos: shared/real-digits not found, skipped");
      break;
    }
    realDigits[name] = result;
    for (const [group, tally] of await realDigitsCalibration(result, recording.readings, CALIBRATION_BINS)) {
      if (!realConfidences.has(group)) realConfidences.set(group, calibrationTallies());
      realConfidences.get(group)![name] = tally;
    }
    const photos = result.groups.find((g) => g.name === "photos (all)");
    if (photos) log(`real photos (${photos.count}), ${name}: ${percent(photos.normal.accuracy)} normal, ${percent(photos.inverted.accuracy)} inverted`);
  }
  if (realDigits) {
    for (const [group, perReader] of realConfidences) {
      const count = realDigits.livedigits.groups.find((g) => g.name === group)?.count ?? 0;
      const title = group === "photos (all)" ? "Real phone photos" : group.replace(/^(\w+) scans$/, (_, set: string) => `${set.toUpperCase()} scans`);
      addCalibrationSet(title, `shared/real-digits, ${count} images, their centred square, as taken and inverted`, perReader);
    }
  }

  // Framing: digits the box cuts, in the same digits and looks as Camera MNIST.
  const cutTallies = [tallies(), tallies()] as const;
  const cutRow: RgbaImage[] = [];
  for (const [p, lightOnDark] of [false, true].entries()) {
    const random = new Random(options.seed * 3000 + p);
    for (const [i, { image, label }] of chosen.entries()) {
      const frame = renderCutByBox(image, lightOnDark, random);
      if (i < SAMPLES_PER_ROW / 2) cutRow.push(frame);
      await readAll(frame, BOX, label, cutTallies[p]!);
    }
  }
  cameraSamples.push(interleave(cutRow));
  const cutByBox = { ...CUT_BY_THE_BOX, darkOnLight: scores(cutTallies[0]), lightOnDark: scores(cutTallies[1]) };
  log(`framing: ${CUT_BY_THE_BOX.name}: digits shown wrong ${readers.map(({ name }) => `${name} ${percent(shownWrong(score(addTallies(cutTallies[0][name], cutTallies[1][name]))))}`).join(", ")}`);
  const framedPhotos: AccuracyResult["framing"]["photos"] = {};
  if (realDigits) {
    for (const framing of options.photoFramings) {
      const perReader = {} as PerReader<RealDigitsResult>;
      for (const { name, reader } of readers) perReader[name] = (await evaluateRealDigits(reader, options.realDigitsDir, 0.8, framing))!;
      framedPhotos[framing] = perReader;
      const photos = perReader.livedigits.groups.find((g) => g.name === "photos (all)");
      if (photos) log(`real photos, ${framing}: livedigits ${percent(photos.normal.accuracy)} right`);
    }
  }

  // Clutter: any digit at all is a false one.
  const kinds: AccuracyResult["clutter"]["kinds"] = [];
  const allClutter: PerReader<Tally>[] = [];
  const clutterSamples: RgbaImage[][] = [];
  for (const kind of CLUTTER) {
    const tally = tallies();
    const row: RgbaImage[] = [];
    for (const frame of clutterFrames(kind, options.seed, options.clutterPerKind)) {
      if (row.length < SAMPLES_PER_ROW) row.push(frame);
      await readAll(frame, BOX, null, tally);
    }
    allClutter.push(tally);
    clutterSamples.push(row);
    // Answered = a digit was claimed; on clutter that is the false-digit rate (the coverage).
    kinds.push({ name: kind.name, description: kind.description, falseDigits: scores(tally) });
    log(`clutter: ${kind.name}: false digits ${readers.map(({ name }) => `${name} ${percent(score(tally[name]).coverage)}`).join(", ")}`);
  }
  const clutter = { kinds, overall: scores(combine(readers, allClutter)) };

  return {
    options: {
      mnistCount: options.mnistCount,
      digitsPerCondition: options.digitsPerCondition,
      clutterPerKind: options.clutterPerKind,
      seed: options.seed,
      realDigitsDir: options.realDigitsDir,
      photoFramings: options.photoFramings,
    },
    backend: readers[0]!.reader.backend,
    threshold: 0.8,
    mnist,
    camera,
    realDigits,
    clutter,
    framing: { cutByBox, photos: framedPhotos },
    calibration: { binCount: CALIBRATION_BINS, sets: calibrationSets },
    seconds: (performance.now() - started) / 1000,
    samples: { camera: cameraSamples, clutter: clutterSamples },
  };
}

/** An MNIST image (white on black) as a 28×28 RGBA frame, or its inverse. */
function mnistFrame(image: Float32Array, inverted: boolean): RgbaImage {
  const data = new Uint8ClampedArray(28 * 28 * 4);
  for (let i = 0; i < 784; i++) {
    const v = (inverted ? 1 - image[i]! : image[i]!) * 255;
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = v;
    data[i * 4 + 3] = 255;
  }
  return { width: 28, height: 28, data };
}

function combine(readers: readonly NamedReader[], parts: readonly PerReader<Tally>[]): PerReader<Tally> {
  return Object.fromEntries(readers.map(({ name }) => [name, addTallies(...parts.map((p) => p[name]))])) as PerReader<Tally>;
}

/** Dark-on-light and light-on-dark samples alternating along the row. */
function interleave(row: RgbaImage[]): RgbaImage[] {
  const half = row.length / 2;
  return Array.from({ length: row.length }, (_, i) => row[(i % 2) * half + Math.floor(i / 2)]!);
}

/** Share of all frames where a digit was shown and it was the wrong one. */
export function shownWrong(s: Score): number {
  return s.coverage - s.accuracy;
}

export function percent(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}

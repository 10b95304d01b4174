import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Reading, ReadRegion, RgbaImage, Roi } from "@livedigits/core";

/** Core's DigitReader, or any reader with its read() (the benchmarks' prototype baseline). */
export interface ReaderOfImages {
  read(frame: RgbaImage, region: ReadRegion): Promise<Pick<Reading, "digit" | "state">>;
}
import { decodeImage, flattenAlpha, invertImage } from "./images.js";

/** ../shared/real-digits beside the repository root, where the team keeps it. */
export const DEFAULT_REAL_DIGITS_DIR = join(fileURLToPath(new URL("../../../", import.meta.url)), "..", "shared", "real-digits");

/** The rows of the folder's labels.csv (`path,label`), in order. */
export async function readRealDigitLabels(dir: string): Promise<{ path: string; label: number }[]> {
  return (await readFile(join(dir, "labels.csv"), "utf8"))
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [path, label] = line.split(",");
      return { path: path!, label: Number(label) };
    });
}

export interface RealDigitsGroup {
  readonly name: string;
  readonly count: number;
  readonly normal: Score;
  readonly inverted: Score;
}

export interface Score {
  /** Share read right (a 'no digit' or 'unsure' counts as wrong). */
  readonly accuracy: number;
  /** Share that yielded a digit at the threshold. */
  readonly coverage: number;
  /** Accuracy among those that yielded a digit. */
  readonly precision: number;
}

/**
 * How each photo is framed: its centred square as the box (a camera box held
 * well), a box half that size (held too close: most digits overflow it), or
 * the whole photo searched for the digit, as an opened photo is read.
 */
export type PhotoFraming = "centre-square" | "half-square" | "whole";

export interface RealDigitsResult {
  readonly dir: string;
  readonly framing: PhotoFraming;
  readonly threshold: number;
  readonly groups: RealDigitsGroup[];
  readonly mistakes: { path: string; label: number; inverted: boolean; read: number | null; state: string }[];
}

/**
 * Reads every photo and scan of shared/real-digits through reader.read, with
 * the photo's centred square as the box (as a camera box would hold it),
 * once as is and once inverted. Grouped: all photos, each writer, USPS.
 */
export async function evaluateRealDigits(
  reader: ReaderOfImages,
  dir = DEFAULT_REAL_DIGITS_DIR,
  threshold = 0.8,
  framing: PhotoFraming = "centre-square",
): Promise<RealDigitsResult | null> {
  const labelsPath = join(dir, "labels.csv");
  if (!existsSync(labelsPath)) return null;
  const rows = await readRealDigitLabels(dir);
  const outcomes: { group: string[]; label: number; inverted: boolean; read: number | null; state: string; path: string }[] = [];
  for (const row of rows) {
    const image = flattenAlpha(await decodeImage(join(dir, row.path)));
    const side = Math.round(Math.min(image.width, image.height) * (framing === "half-square" ? 0.5 : 1));
    const roi: Roi = { x: Math.floor((image.width - side) / 2), y: Math.floor((image.height - side) / 2), width: side, height: side };
    const region: ReadRegion = framing === "whole" ? "auto" : roi;
    const parts = row.path.split("/");
    const group = parts[0] === "photos" ? ["photos (all)", `photos: ${parts[1]}`] : [`${parts[0]} scans`];
    for (const inverted of [false, true]) {
      const reading = await reader.read(inverted ? invertImage(image) : image, region);
      outcomes.push({ group, label: row.label, inverted, read: reading.digit, state: reading.state, path: row.path });
    }
  }
  const names = [...new Set(outcomes.flatMap((o) => o.group))];
  const score = (list: typeof outcomes): Score => {
    const answered = list.filter((o) => o.read !== null);
    const right = answered.filter((o) => o.read === o.label).length;
    return { accuracy: right / list.length, coverage: answered.length / list.length, precision: answered.length ? right / answered.length : 0 };
  };
  const groups = names.map((name) => {
    const members = outcomes.filter((o) => o.group.includes(name));
    return {
      name,
      count: members.length / 2,
      normal: score(members.filter((o) => !o.inverted)),
      inverted: score(members.filter((o) => o.inverted)),
    };
  });
  const mistakes = outcomes
    .filter((o) => o.read !== o.label && o.group[0] === "photos (all)")
    .map(({ path, label, inverted, read, state }) => ({ path, label, inverted, read, state }));
  return { dir, framing, threshold, groups, mistakes };
}

export function renderRealDigits(result: RealDigitsResult | null): string {
  if (!result) return "Real photos: ../shared/real-digits was not found beside the repository, so they were not read.\n";
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  return [
    `Every file of shared/real-digits read through \`reader.read\` (centred square as the box, threshold ${result.threshold}). Accuracy counts "no digit" and "unsure" as wrong; coverage is the share that yielded a digit; precision is accuracy among those.`,
    "",
    "| set | n | accuracy | coverage | precision | inverted: accuracy | coverage | precision |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...result.groups.map(
      (g) =>
        `| ${g.name} | ${g.count} | ${pct(g.normal.accuracy)} | ${pct(g.normal.coverage)} | ${pct(g.normal.precision)} | ${pct(g.inverted.accuracy)} | ${pct(g.inverted.coverage)} | ${pct(g.inverted.precision)} |`,
    ),
    "",
    `Photos not read right: ${result.mistakes.length ? result.mistakes.map((m) => `${m.path}${m.inverted ? " (inverted)" : ""} → ${m.read ?? m.state}`).join(", ") : "none"}.`,
    "",
  ].join("\n");
}


// The calibration part of reports/accuracy.md: the ECE per set in the summary,
// and each set's reliability table (per confidence bin: readings, their mean
// confidence, the share whose top digit was right).
import type { ReaderName } from "../readers.js";
import type { Calibration } from "./calibration.js";
import type { AccuracyResult } from "./run.js";

const READERS: readonly ReaderName[] = ["livedigits", "prototype"];

function share(v: number | null): string {
  return v === null ? "–" : `${(v * 100).toFixed(1)}%`;
}

/** Summary rows: per set and reader, the ECE, the readings it is over, their mean confidence and share right. */
export function calibrationSummary(result: AccuracyResult): string[] {
  const { sets } = result.calibration;
  if (sets.length === 0) return [];
  return [
    `| calibration (readings where the model ran) | ${READERS.map((r) => `${r}: ECE | readings | mean confidence | top digit right`).join(" | ")} |`,
    `|---|${READERS.map(() => "---:|---:|---:|---:").join("|")}|`,
    ...sets.map((set) => `| ${set.name} | ${READERS.map((r) => summaryCells(set.byReader[r])).join(" | ")} |`),
    "",
  ];
}

function summaryCells(c: Calibration): string {
  return `**${share(c.ece)}** | ${c.count} | ${share(c.meanConfidence)} | ${share(c.accuracy)}`;
}

export function renderCalibration(result: AccuracyResult, plotFile: string | null): string[] {
  const { binCount, sets } = result.calibration;
  const lines = [
    "## Calibration: does a confidence mean what it says",
    "",
    `Every reading where the model ran (a box refused before it — empty, cut by the edge… — has no confidence to judge; a "not a digit" verdict does), whether a digit was shown or not: its confidence against whether the most probable digit was the label. ${binCount} equal-width confidence bins; **ECE** (expected calibration error) = Σ over bins of (readings in the bin / all readings) × |share right − mean confidence|. A calibrated reader is right on about 92% of its readings at 92%; a bin's gap is over- (confidence above share right) or under-confidence.`,
    "",
  ];
  if (plotFile) lines.push(`![Reliability: share right against mean confidence, per bin](${plotFile})`, "");
  for (const set of sets) {
    lines.push(`**${set.name}** (${set.description}): ECE ${READERS.map((r) => `${r} **${share(set.byReader[r].ece)}**`).join(", ")}.`, "");
    lines.push(`| confidence | ${READERS.map((r) => `${r}: readings | mean confidence | right`).join(" | ")} |`);
    lines.push(`|---|${READERS.map(() => "---:|---:|---:").join("|")}|`);
    for (let b = 0; b < binCount; b++) {
      const bins = READERS.map((r) => set.byReader[r].bins[b]!);
      if (bins.every((bin) => bin.count === 0)) continue;
      const range = `${bins[0]!.lower.toFixed(2)}–${bins[0]!.upper.toFixed(2)}`;
      lines.push(`| ${range} | ${bins.map((bin) => `${bin.count} | ${share(bin.meanConfidence)} | ${share(bin.accuracy)}`).join(" | ")} |`);
    }
    lines.push("");
  }
  return lines;
}

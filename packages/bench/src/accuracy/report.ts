import type { RealDigitsResult } from "@livedigits/trainer/real-digits";
import { BENCH_STROKE_FONTS, DIGIT_SHAPED_CHARACTERS } from "@livedigits/trainer/marks";
import { READER_TITLES, type ReaderName } from "../readers.js";
import { calibrationSummary, renderCalibration } from "./calibration-report.js";
import { CLUTTER } from "./clutter.js";
import { percent, shownWrong, type AccuracyResult } from "./run.js";
import type { Score } from "./score.js";

const READERS: readonly ReaderName[] = ["livedigits", "prototype"];

/** accuracy · coverage · accuracy among answered */
function cells(s: Score): string {
  return `${percent(s.accuracy)} | ${percent(s.coverage)} | ${s.precision === null ? "–" : percent(s.precision)}`;
}

function realScore(result: RealDigitsResult, group: string, polarity: "normal" | "inverted"): Score | null {
  const g = result.groups.find((x) => x.name === group);
  if (!g) return null;
  const s = g[polarity];
  return { count: g.count, accuracy: s.accuracy, coverage: s.coverage, precision: s.coverage > 0 ? s.precision : null };
}

/** The headline rows: one per set, both readers side by side. */
export function headlineRows(result: AccuracyResult): { set: string; count: number; scores: Record<ReaderName, Score> }[] {
  const rows: { set: string; count: number; scores: Record<ReaderName, Score> }[] = [
    { set: "MNIST test, as published (light on dark)", count: result.mnist.normal.livedigits.count, scores: result.mnist.normal },
    { set: "MNIST test, inverted (dark on light)", count: result.mnist.inverted.livedigits.count, scores: result.mnist.inverted },
    { set: `Camera MNIST, ${result.camera.conditions.length} conditions × 2 polarities`, count: result.camera.overall.livedigits.count, scores: result.camera.overall },
  ];
  if (result.realDigits) {
    const real = result.realDigits;
    for (const [group, title] of [["photos (all)", "Real phone photos"], ["usps scans", "USPS scans"]] as const) {
      for (const polarity of ["normal", "inverted"] as const) {
        const scores = Object.fromEntries(READERS.map((r) => [r, realScore(real[r], group, polarity)])) as Record<ReaderName, Score | null>;
        if (scores.livedigits && scores.prototype) rows.push({ set: `${title}, ${polarity === "normal" ? "as taken" : "inverted"}`, count: scores.livedigits.count, scores: scores as Record<ReaderName, Score> });
      }
    }
  }
  return rows;
}

/** `reliabilityPlot`: the file name of the reliability diagram written beside the report, if any. */
export function renderAccuracyReport(result: AccuracyResult, command: string, reliabilityPlot: string | null = null): string {
  const o = result.options;
  const header = `| set | frames | ${READERS.map((r) => `${r}: accuracy | coverage | acc. answered`).join(" | ")} |`;
  const rule = `|---|---:|${READERS.map(() => "---:|---:|---:").join("|")}|`;
  const lines = [
    "# Accuracy where cameras are",
    "",
    `Written by \`${command}\` (packages/bench); do not edit by hand. ${new Date().toISOString().slice(0, 10)}, ${Math.round(result.seconds)} s, TF.js ${result.backend} backend in Node, seed ${o.seed}.`,
    "",
    "Every frame goes through the reader's `read(frame, box)`, one frame at a time (no smoothing over frames), at the default threshold 0.8. Two readers, side by side:",
    "",
    ...READERS.map((r) => `- **${r}** — ${READER_TITLES[r]}`),
    "",
    "The prototype baseline is its recipe rebuilt here: its CNN (conv32 5×5, pool, conv64 5×5, pool, dense 128, dense 10; 184,586 parameters) trained on MNIST with inversion by `pnpm train --recipe prototype` (packages/bench/baseline-model, report beside it), reading the whole box resized to 28×28.",
    "",
    "**accuracy**: right answers over all frames. **coverage**: share of frames that yield a digit. **acc. answered**: right answers among those (how far a shown digit can be trusted).",
    "",
    "## Summary",
    "",
    header,
    rule,
    ...headlineRows(result).map((row) => `| ${row.set} | ${row.count} | ${READERS.map((r) => cells(row.scores[r])).join(" | ")} |`),
    "",
    `| clutter (no digit in the box) | frames | ${READERS.map((r) => `${r}: false digits`).join(" | ")} |`,
    `|---|---:|${READERS.map(() => "---:").join("|")}|`,
    `| all kinds | ${result.clutter.overall.livedigits.count} | ${READERS.map((r) => `**${percent(result.clutter.overall[r].coverage)}**`).join(" | ")} |`,
    "",
    ...calibrationSummary(result),
    "## Camera MNIST, condition by condition",
    "",
    `${o.digitsPerCondition} MNIST test digits (numbers 0, ${Math.floor(10_000 / o.digitsPerCondition)}, ${2 * Math.floor(10_000 / o.digitsPerCondition)}, … of the test set) drawn as ink into a 640×480 frame inside the apps' default box (192×192, centred), under each condition, once as dark ink on light paper and once as light chalk on a dark slate (${o.digitsPerCondition * 2} frames per condition). Cells: accuracy (coverage).`,
    "",
    "![One frame's box per condition and polarity](camera-mnist.png)",
    "",
    `| condition | what changes | ${READERS.map((r) => `${r}: dark on light | ${r}: light on dark`).join(" | ")} |`,
    `|---|---|${READERS.map(() => "---:|---:").join("|")}|`,
    ...result.camera.conditions.map(
      (c) => `| ${c.name} | ${c.description} | ${READERS.map((r) => `${percent(c.darkOnLight[r].accuracy)} (${percent(c.darkOnLight[r].coverage)}) | ${percent(c.lightOnDark[r].accuracy)} (${percent(c.lightOnDark[r].coverage)})`).join(" | ")} |`,
    ),
    "",
    "Unless a condition says otherwise: digit 55–75% of the box near its centre, turned ±4°, white paper (or a dark slate), exposure 85–100%, light varying ±5%, blur σ 0.6 px, noise σ 1.2%.",
    "",
    "## Clutter: frames with no digit",
    "",
    `${o.clutterPerKind} frames per kind, half light on dark. A reader should say nothing; the figure is the share of frames where it named a digit anyway. Letters, words and symbols are written with the bench's own hand (slant, turn, wobble) in stroke fonts training never draws (${BENCH_STROKE_FONTS.join(", ")}); the capitals also in the bench's own hand-drawn strokes. Letters that handwriting makes digit-shaped (\`${[...DIGIT_SHAPED_CHARACTERS].filter((char) => /\p{L}/u.test(char)).join("")}\`) are never drawn alone, as in training; the symbols include \`? >\`, which training no longer draws (they took real digits with them).`,
    "",
    "![Clutter frames](clutter.png)",
    "",
    `| kind | what is in the box | ${READERS.map((r) => `${r}: false digits`).join(" | ")} |`,
    `|---|---|${READERS.map(() => "---:").join("|")}|`,
    ...result.clutter.kinds.map((k) => `| ${k.name} | ${k.description} | ${READERS.map((r) => percent(k.falseDigits[r].coverage)).join(" | ")} |`),
    "",
  ];
  if (result.realDigits) {
    lines.push("## Real photos and scans", "", `shared/real-digits: the photo's centred square as the box, as taken and inverted.`, "");
    lines.push(`| group | images | polarity | ${READERS.map((r) => `${r}: accuracy | coverage | acc. answered`).join(" | ")} |`);
    lines.push(`|---|---:|---|${READERS.map(() => "---:|---:|---:").join("|")}|`);
    for (const group of result.realDigits.livedigits.groups) {
      for (const polarity of ["normal", "inverted"] as const) {
        const scores = READERS.map((r) => realScore(result.realDigits![r], group.name, polarity));
        if (scores.some((s) => s === null)) continue;
        lines.push(`| ${group.name} | ${group.count} | ${polarity === "normal" ? "as taken" : "inverted"} | ${scores.map((s) => cells(s!)).join(" | ")} |`);
      }
    }
    lines.push("");
  } else {
    lines.push("## Real photos and scans", "", "Skipped: shared/real-digits was not found beside the project.", "");
  }
  lines.push(...renderFraming(result));
  lines.push(...renderCalibration(result, reliabilityPlot));
  lines.push(`Clutter kinds: ${CLUTTER.map((k) => k.name).join(", ")}. Reproduce with \`${command}\`.`, "");
  return lines.join("\n");
}

/** Share of frames where a wrong digit was shown, over accuracy · coverage. */
function framingCells(s: Score): string {
  return `**${percent(shownWrong(s))}** | ${percent(s.accuracy)} | ${percent(s.coverage)}`;
}

function renderFraming(result: AccuracyResult): string[] {
  const { cutByBox, photos } = result.framing;
  const lines = [
    "## Framing: a digit the box cuts, photos read whole",
    "",
    `**${cutByBox.name}**: ${cutByBox.description}; the same Camera MNIST digits and clean look (last row of the contact sheet). Only no digit is right, so a digit named is wrong unless the part in the box is still that digit (cells: shown wrong | right | coverage).`,
    "",
    `| frames | ${READERS.map((r) => `${r}: shown wrong | right | coverage`).join(" | ")} |`,
    `|---|${READERS.map(() => "---:|---:|---:").join("|")}|`,
    `| dark on light | ${READERS.map((r) => framingCells(cutByBox.darkOnLight[r])).join(" | ")} |`,
    `| light on dark | ${READERS.map((r) => framingCells(cutByBox.lightOnDark[r])).join(" | ")} |`,
    "",
  ];
  const titles = {
    "half-square": "through a box half the photo's centred square (held too close: most digits overflow it)",
    whole: "opened whole: LiveDigits searches the photo for the digit and fits the box to it (`read(image, \"auto\")`); the prototype reads the whole photo",
  } as const;
  for (const framing of ["half-square", "whole"] as const) {
    const perReader = photos[framing];
    if (!perReader) continue;
    lines.push(`Real photos (shared/real-digits) ${titles[framing]}; as taken and inverted:`, "");
    lines.push(`| group | images | polarity | ${READERS.map((r) => `${r}: shown wrong | right | coverage`).join(" | ")} |`);
    lines.push(`|---|---:|---|${READERS.map(() => "---:|---:|---:").join("|")}|`);
    for (const group of perReader.livedigits.groups) {
      for (const polarity of ["normal", "inverted"] as const) {
        const scores = READERS.map((r) => realScore(perReader[r], group.name, polarity));
        if (scores.some((s) => s === null)) continue;
        lines.push(`| ${group.name} | ${group.count} | ${polarity === "normal" ? "as taken" : "inverted"} | ${scores.map((s) => framingCells(s!)).join(" | ")} |`);
      }
    }
    lines.push("");
  }
  return lines;
}

import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describeArchitecture } from "./model.js";
import { formatSeconds } from "./progress.js";
import { renderRealDigits } from "./real-digits.js";
import type { TrainReport } from "./train.js";

const percent = (v: number) => `${(v * 100).toFixed(2)}%`;

export function renderReport(report: TrainReport): string {
  const lines = [
    `# ${report.recipe === "prototype" ? "Prototype baseline" : "LiveDigits"} model — training report`,
    "",
    "Written by `pnpm train` (@livedigits/trainer); do not edit by hand.",
    "",
    "| | |",
    "|---|---|",
    `| Trained | ${report.createdAt} |`,
    `| Backend | ${report.backend} |`,
    `| Time | ${formatSeconds(report.durationSeconds)} (${report.samplesPerSecond.toFixed(0)} samples/s while training) |`,
    `| Epochs × batch | ${report.epochs} × ${report.batchSize}, Adam ${report.learningRate[0]} → ${report.learningRate[1]} |`,
    `| Data | ${report.data.source}: ${report.data.train} train, ${report.data.validation} validation, ${report.data.test} test |`,
    report.data.cameraShare > 0
      ? `| Camera renders | ${percent(report.data.cameraShare)} of each epoch; core accepted ${percent(report.data.cameraAccepted)} of them |`
      : "| Camera renders | none: MNIST as published, half of each batch inverted |",
    ...(report.data.nonDigits
      ? [`| Non-digits | ${percent(report.data.nonDigits.share)} more samples (scribbles, #, spirals…); core accepted ${percent(report.data.nonDigits.accepted)} of them; target 0.1 for each digit |`]
      : []),
    `| Model | ${report.architecture.parameters} parameters, ${describeArchitecture(report.architecture)} |`,
    `| Weights | ${report.weightBytes} bytes (${(report.weightBytes / 1024).toFixed(1)} KiB, float32) |`,
    `| **MNIST test, normal** | **${percent(report.accuracy.normal)}** |`,
    `| **MNIST test, inverted (1 − x)** | **${percent(report.accuracy.inverted)}** |`,
    "",
    "Accuracy is the bare model's on MNIST test as published (and inverted), with no preprocessing or polarity correction in front of it.",
    "",
    report.recipe === "prototype" ? "## Real photos and scans" : "## Real photos and scans (core's full pipeline)",
    "",
    report.recipe === "prototype"
      ? "Not read here: this model goes with the prototype's own pipeline (the whole box resized to 28×28), not core's. `pnpm bench` reads them that way, beside core (reports/accuracy.md).\n"
      : renderRealDigits(report.realDigits),
    "## Augmentations",
    "",
    ...report.augmentations.map((a) => `- ${a}`),
    "",
    "## Epochs",
    "",
    "| epoch | loss | validation accuracy | time |",
    "|---:|---:|---:|---:|",
    ...report.history.map((h) => `| ${h.epoch} | ${h.loss.toFixed(4)} | ${percent(h.validationAccuracy)} | ${formatSeconds(h.seconds)} |`),
    "",
    "## Confusion matrix, MNIST test (normal)",
    "",
    confusionTable(report.confusion.normal),
    "",
    "## Confusion matrix, MNIST test (inverted)",
    "",
    confusionTable(report.confusion.inverted),
    "",
    `Layers: ${report.architecture.layers.join(" → ")}`,
    "",
  ];
  return lines.join("\n");
}

function confusionTable(matrix: number[][]): string {
  const header = `| true \\ read | ${matrix.map((_, d) => d).join(" | ")} |`;
  const rule = `|---|${matrix.map(() => "---:").join("|")}|`;
  const rows = matrix.map((row, d) => `| **${d}** | ${row.join(" | ")} |`);
  return [header, rule, ...rows].join("\n");
}

export async function writeReport(report: TrainReport, dir: string): Promise<void> {
  await writeFile(join(dir, "REPORT.md"), renderReport(report));
  await writeFile(join(dir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
}

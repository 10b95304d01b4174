import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { NOT_A_DIGIT_BUDGET } from "./calibration.js";
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
      ? [`| Non-digits | ${percent(report.data.nonDigits.share)} more samples${report.data.nonDigits.fromEpoch > 1 ? ` from epoch ${report.data.nonDigits.fromEpoch} on` : ""} (letters, words, symbols, doodles, hands, sleeves; digits run together); core accepted ${percent(report.data.nonDigits.accepted)} of them; target: the 11th class, "not a digit" |`]
      : []),
    `| Outputs | ${report.classes === 11 ? "11: the digits 0–9 and \"not a digit\"" : "10: the digits 0–9"} |`,
    `| Calibration | temperature ${report.calibration.temperature}${report.classes === 11 ? `, "not a digit" offset ${report.calibration.notDigitOffset}` : ""}, fitted on held-out data (below) |`,
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
    "## Held out: calibration and non-digits",
    "",
    "Temperature scaling (`calibration.ts`) fitted on data training never saw: the 5,000 MNIST validation digits as",
    "published (a random half inverted) and as a camera sees them, and non-digit marks drawn from fresh seeds. Core",
    "applies the temperature to every reading (model.json's `temperature`).",
    ...(report.classes === 11
      ? [
          "",
          `"Not a digit" is then weighed down by an offset on its scaled log-probability (model.json's \`notDigitOffset\`, ${report.calibration.notDigitOffset}): the`,
          `smallest that leaves it at most ${percent(NOT_A_DIGIT_BUDGET)} of the held-out digits, since training shows the model far more non-digits than a`,
          "reader meets. The MNIST figures above and everything below count with it, as core reads.",
        ]
      : []),
    "",
    "| | before | after |",
    "|---|---:|---:|",
    `| negative log-likelihood, all held-out rows | ${report.calibration.nllBefore.toFixed(4)} | ${report.calibration.nllAfter.toFixed(4)} |`,
    `| expected calibration error, held-out digits (10 bins) | ${percent(report.calibration.eceBefore)} | ${percent(report.calibration.eceAfter)} |`,
    "",
    `Held-out digits (${report.calibration.digits.count}): top digit right ${percent(report.calibration.digits.accuracy)}${report.classes === 11 ? `, classed "not a digit" ${percent(report.calibration.digits.notADigit)}` : ""}.`,
    report.calibration.nonDigits.count > 0
      ? `Held-out non-digit marks (${report.calibration.nonDigits.count}, training generators and fonts, fresh seeds): ${percent(report.calibration.nonDigits.notADigit)} classed "not a digit", ${percent(report.calibration.nonDigits.shownAsDigit)} would be shown as a digit at threshold 0.8. The bench measures marks from fonts and generators training never uses.`
      : "No non-digit marks: this model knows only digits.",
    "",
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
  const columns = matrix[0]!.map((_, c) => (c < 10 ? String(c) : "not a digit"));
  const header = `| true \\ read | ${columns.join(" | ")} |`;
  const rule = `|---|${columns.map(() => "---:").join("|")}|`;
  const rows = matrix.map((row, d) => `| **${d}** | ${row.join(" | ")} |`);
  return [header, rule, ...rows].join("\n");
}

export async function writeReport(report: TrainReport, dir: string): Promise<void> {
  await writeFile(join(dir, "REPORT.md"), renderReport(report));
  await writeFile(join(dir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
}

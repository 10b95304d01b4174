// `pnpm bench`: runs the parts and writes their reports (Markdown for people, JSON
// for tools). Figures only; nothing here asserts how fast anything must be.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { contactSheet } from "./accuracy/contact-sheet.js";
import { reliabilitySvg } from "./accuracy/reliability-plot.js";
import { renderAccuracyReport } from "./accuracy/report.js";
import { fullAccuracy, quickAccuracy, runAccuracyBench, type AccuracyResult } from "./accuracy/run.js";
import { renderBrowserReport, runBrowserBench, type BrowserBenchResult } from "./browser/index.js";
import { numberContactSheet } from "./numbers/contact-sheet.js";
import { renderNumbersReport } from "./numbers/report.js";
import { fullNumbers, quickNumbers, runNumbersBench, type NumbersResult } from "./numbers/run.js";
import { loadReaders } from "./readers.js";

export type BenchPart = "accuracy" | "numbers" | "browser";
export const BENCH_PARTS: readonly BenchPart[] = ["accuracy", "numbers", "browser"];

export interface BenchOptions {
  readonly quick: boolean;
  readonly parts: readonly BenchPart[];
  readonly outDir: string;
  /** shared/real-digits; the default is the team's copy beside the project. */
  readonly realDigitsDir?: string;
  /** How many camera numbers to read, instead of the full or quick set's. */
  readonly cameraNumbers?: number;
  /** shared/real-numbers; the default is the team's copy beside the project. */
  readonly realNumbersDir?: string;
  readonly log: (line: string) => void;
}

export interface BenchResult {
  readonly accuracy: AccuracyResult | null;
  readonly numbers: NumbersResult | null;
  readonly browser: BrowserBenchResult | null;
  readonly files: string[];
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { log, outDir, quick } = options;
  const command = `pnpm bench${quick ? " --quick" : ""}`;
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  const write = async (name: string, content: string | Buffer) => {
    const path = join(outDir, name);
    await writeFile(path, content);
    files.push(path);
  };

  let accuracy: AccuracyResult | null = null;
  if (options.parts.includes("accuracy")) {
    log("== accuracy (Node, core's pipeline against the prototype's recipe)");
    const readers = await loadReaders();
    try {
      accuracy = await runAccuracyBench(readers, { ...(quick ? quickAccuracy : fullAccuracy), realDigitsDir: options.realDigitsDir, log });
    } finally {
      for (const { reader } of readers) reader.dispose();
    }
    const { samples, ...figures } = accuracy;
    await write("accuracy.md", renderAccuracyReport(accuracy, command, "reliability.svg"));
    await write("reliability.svg", reliabilitySvg(accuracy.calibration.sets));
    await write("accuracy.json", `${JSON.stringify(figures, null, 2)}\n`);
    await write("camera-mnist.png", contactSheet(samples.camera));
    await write("clutter.png", contactSheet(samples.clutter));
  }

  let numbers: NumbersResult | null = null;
  if (options.parts.includes("numbers")) {
    log("== numbers (Node, core's number reader against Tesseract OCR)");
    const set = quick ? quickNumbers : fullNumbers;
    numbers = await runNumbersBench({ ...set, cameraCount: options.cameraNumbers ?? set.cameraCount, realNumbersDir: options.realNumbersDir, log });
    const { samples, ...figures } = numbers;
    await write("numbers.md", renderNumbersReport(numbers, command));
    await write("numbers.json", `${JSON.stringify(figures, null, 2)}\n`);
    await write("camera-numbers.png", numberContactSheet(samples));
  }

  let browser: BrowserBenchResult | null = null;
  if (options.parts.includes("browser")) {
    log("== browser (Debian Chromium, headless)");
    browser = await runBrowserBench({ quick, log });
    await write("browser.md", renderBrowserReport(browser));
    await write("browser.json", `${JSON.stringify(browser, null, 2)}\n`);
  }
  return { accuracy, numbers, browser, files };
}

#!/usr/bin/env -S npx tsx
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { TrainingBackend } from "./backend.js";
import { prepareOutputDir, temporaryOutputDir } from "./output-dir.js";
import { writeReport } from "./report.js";
import { fullTraining, prototypeTraining, quickSubset, train } from "./train.js";
import { fullNumberTraining, quickNumberTraining, trainNumberModel } from "./numbers/train-numbers.js";

const USAGE = `Usage: pnpm train [options]

Trains the LiveDigits model on MNIST (both polarities, camera-like augmentation)
and writes model.json, weights.bin, REPORT.md and report.json.

Options:
  --model NAME        digits (default): the digit model, in packages/core/model;
                      numbers: the number model, which reads a number's ink column by
                      column (CTC), in packages/core/model/number
  --quick             small subset, one short epoch, output to a temp dir (for tests)
  --out DIR           output directory (default: the model's folder; with --quick a temp dir)
  --epochs N          epochs (default ${fullTraining.epochs}; numbers: ${fullNumberTraining.epochs})
  --batch-size N      batch size (default ${fullTraining.batchSize})
  --seed N            random seed (default ${fullTraining.seed})
  --backend NAME      tensorflow | wasm | cpu (default: the best available)
  --non-digits SHARE  non-digits (letters, words, symbols, doodles, hands, digit pairs) as
                      this share of each epoch's digits, trained towards an 11th
                      class, "not a digit" (default ${fullTraining.nonDigitShare}; 0: digits only, 10 classes)
  --non-digits-from N the first epoch with non-digit marks (default ${fullTraining.nonDigitsFromEpoch})
  --recipe NAME       livedigits (default) | prototype: the Python prototype's CNN
                      and data (MNIST with inversion only), the benchmarks' baseline
  --help              show this help`;

export const SHIPPED_MODEL_DIR = fileURLToPath(new URL("../../core/model/", import.meta.url));
export const SHIPPED_NUMBER_MODEL_DIR = fileURLToPath(new URL("../../core/model/number/", import.meta.url));

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        model: { type: "string", default: "digits" },
        quick: { type: "boolean", default: false },
        out: { type: "string" },
        epochs: { type: "string" },
        "batch-size": { type: "string" },
        seed: { type: "string" },
        backend: { type: "string" },
        recipe: { type: "string", default: "livedigits" },
        "non-digits": { type: "string" },
        "non-digits-from": { type: "string" },
        help: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.model === "numbers") return trainNumbers(values);
  if (values.model !== "digits") throw new UsageError(`--model must be digits or numbers, got '${values.model}'.`);
  if (values.recipe !== "livedigits" && values.recipe !== "prototype") {
    throw new UsageError(`--recipe must be livedigits or prototype, got '${values.recipe}'.`);
  }
  const recipe = values.recipe === "prototype" ? prototypeTraining : fullTraining;
  const base = values.quick ? { ...recipe, ...quickSubset } : recipe;
  const epochs = positiveInt(values.epochs, "--epochs") ?? base.epochs;
  const batchSize = positiveInt(values["batch-size"], "--batch-size") ?? base.batchSize;
  const seed = positiveInt(values.seed, "--seed") ?? base.seed;
  const backend = values.backend as TrainingBackend | undefined;
  if (backend !== undefined && !["tensorflow", "wasm", "cpu"].includes(backend)) {
    throw new UsageError(`--backend must be tensorflow, wasm or cpu, got '${backend}'.`);
  }
  const nonDigitShare = share(values["non-digits"], "--non-digits") ?? base.nonDigitShare;
  const nonDigitsFromEpoch = positiveInt(values["non-digits-from"], "--non-digits-from") ?? base.nonDigitsFromEpoch;
  if (nonDigitsFromEpoch > epochs) throw new UsageError(`--non-digits-from must be an epoch of the run (1–${epochs}), got ${nonDigitsFromEpoch}.`);
  if (values.out === "") throw new UsageError("--out needs a directory.");
  const output = values.out !== undefined ? await prepareOutputDir(values.out) : values.quick ? await temporaryOutputDir("livedigits-model-") : await prepareOutputDir(SHIPPED_MODEL_DIR);
  const outDir = output.path;

  try {
    const report = await train({ ...base, epochs, batchSize, seed, backend, nonDigitShare, nonDigitsFromEpoch, outDir, log: (line) => console.log(line) });
    await writeReport(report, outDir);
    console.log(`model written to ${outDir} (${report.weightBytes} bytes of weights); report in REPORT.md`);
  } catch (error) {
    await output.removeIfEmpty();
    throw error;
  }
  return 0;
}

/** `--model numbers`: the number model, with the options that apply to it. */
async function trainNumbers(values: Record<string, string | boolean | undefined>): Promise<number> {
  for (const digitsOnly of ["recipe", "non-digits", "non-digits-from"]) {
    if (values[digitsOnly] !== undefined && !(digitsOnly === "recipe" && values.recipe === "livedigits")) {
      throw new UsageError(`--${digitsOnly} is an option of the digit model, not of --model numbers.`);
    }
  }
  const base = values.quick ? { ...fullNumberTraining, ...quickNumberTraining } : fullNumberTraining;
  const epochs = positiveInt(values.epochs as string | undefined, "--epochs") ?? base.epochs;
  const batchSize = positiveInt(values["batch-size"] as string | undefined, "--batch-size") ?? base.batchSize;
  const seed = positiveInt(values.seed as string | undefined, "--seed") ?? base.seed;
  const backend = values.backend as TrainingBackend | undefined;
  if (backend !== undefined && !["tensorflow", "wasm", "cpu"].includes(backend)) {
    throw new UsageError(`--backend must be tensorflow, wasm or cpu, got '${backend}'.`);
  }
  if (values.out === "") throw new UsageError("--out needs a directory.");
  const output =
    typeof values.out === "string" ? await prepareOutputDir(values.out) : values.quick ? await temporaryOutputDir("livedigits-number-model-") : await prepareOutputDir(SHIPPED_NUMBER_MODEL_DIR);
  try {
    const report = await trainNumberModel({ ...base, epochs, batchSize, seed, backend, outDir: output.path, log: (line) => console.log(line) });
    console.log(`number model written to ${output.path} (${report.weightBytes} bytes of weights); report in REPORT.md`);
  } catch (error) {
    await output.removeIfEmpty();
    throw error;
  }
  return 0;
}

class UsageError extends Error {}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive integer, got '${value}'.`);
  return n;
}

/** A share in 0…1 written as a plain decimal; empty or anything else is refused rather than read as 0. */
function share(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d*\.?\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 1)) throw new UsageError(`${flag} must be a share between 0 and 1, got '${value}'.`);
  return n;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`train: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) console.error(`\n${USAGE}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);

#!/usr/bin/env -S npx tsx
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { TRAINING_BACKENDS, type TrainingBackend } from "./backend.js";
import { prepareOutputDir, temporaryOutputDir, type OutputDir } from "./output-dir.js";
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
                      class, "not a digit" (default ${fullTraining.nonDigitShare}; 0: digits only, 10 classes);
                      numbers: strips of non-digit ink added as this share of each
                      epoch's numbers, read as no digits (default ${fullNumberTraining.nonDigitShare})
  --non-digits-from N the first epoch with non-digit marks (default ${fullTraining.nonDigitsFromEpoch})
  --recipe NAME       livedigits (default) | prototype: the Python prototype's CNN
                      and data (MNIST with inversion only), the benchmarks' baseline
  --help              show this help`;

export const SHIPPED_MODEL_DIR = fileURLToPath(new URL("../../core/model/", import.meta.url));
export const SHIPPED_NUMBER_MODEL_DIR = fileURLToPath(new URL("../../core/model/number/", import.meta.url));

function parseCli(argv: string[]) {
  return parseArgs({
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
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(argv);
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
  const run = runOptions(values, base);
  const nonDigitShare = share(values["non-digits"], "--non-digits") ?? base.nonDigitShare;
  const nonDigitsFromEpoch = positiveInt(values["non-digits-from"], "--non-digits-from") ?? base.nonDigitsFromEpoch;
  if (nonDigitsFromEpoch > run.epochs) throw new UsageError(`--non-digits-from must be an epoch of the run (1–${run.epochs}), got ${nonDigitsFromEpoch}.`);
  return writeInto(await outputDir(values, "livedigits-model-", SHIPPED_MODEL_DIR), async (outDir) => {
    const report = await train({ ...base, ...run, nonDigitShare, nonDigitsFromEpoch, outDir, log: (line) => console.log(line) });
    await writeReport(report, outDir);
    console.log(`model written to ${outDir} (${report.weightBytes} bytes of weights); report in REPORT.md`);
  });
}

type CliValues = ReturnType<typeof parseCli>["values"];

/** `--model numbers`: the number model, with the options that apply to it. */
async function trainNumbers(values: CliValues): Promise<number> {
  const digitsOnly = { recipe: values.recipe !== "livedigits", "non-digits-from": values["non-digits-from"] !== undefined };
  for (const [flag, given] of Object.entries(digitsOnly)) {
    if (given) throw new UsageError(`--${flag} is an option of the digit model, not of --model numbers.`);
  }
  const base = values.quick ? { ...fullNumberTraining, ...quickNumberTraining } : fullNumberTraining;
  const run = runOptions(values, base);
  return writeInto(await outputDir(values, "livedigits-number-model-", SHIPPED_NUMBER_MODEL_DIR), async (outDir) => {
    const nonDigitShare = share(values["non-digits"], "--non-digits") ?? base.nonDigitShare;
    const report = await trainNumberModel({ ...base, ...run, nonDigitShare, outDir, log: (line) => console.log(line) });
    console.log(`number model written to ${outDir} (${report.weightBytes} bytes of weights); report in REPORT.md`);
  });
}

/** The options every model's run takes, over the recipe's defaults. */
function runOptions(values: CliValues, base: { epochs: number; batchSize: number; seed: number }): { epochs: number; batchSize: number; seed: number; backend: TrainingBackend | undefined } {
  const backend = values.backend as TrainingBackend | undefined;
  if (backend !== undefined && !TRAINING_BACKENDS.includes(backend)) {
    throw new UsageError(`--backend must be ${TRAINING_BACKENDS.slice(0, -1).join(", ")} or ${TRAINING_BACKENDS.at(-1)}, got '${backend}'.`);
  }
  return {
    epochs: positiveInt(values.epochs, "--epochs") ?? base.epochs,
    batchSize: positiveInt(values["batch-size"], "--batch-size") ?? base.batchSize,
    seed: positiveInt(values.seed, "--seed") ?? base.seed,
    backend,
  };
}

/** --out, else a temporary folder with --quick, else the shipped model's folder. */
async function outputDir(values: CliValues, temporaryPrefix: string, shippedDir: string): Promise<OutputDir> {
  if (values.out === "") throw new UsageError("--out needs a directory.");
  return values.out !== undefined ? prepareOutputDir(values.out) : values.quick ? temporaryOutputDir(temporaryPrefix) : prepareOutputDir(shippedDir);
}

/** Trains into `output`, taking back the folders it made when training fails. */
async function writeInto(output: OutputDir, training: (outDir: string) => Promise<void>): Promise<number> {
  try {
    await training(output.path);
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

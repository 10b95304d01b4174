#!/usr/bin/env -S npx tsx
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { TrainingBackend } from "./backend.js";
import { prepareOutputDir, temporaryOutputDir } from "./output-dir.js";
import { writeReport } from "./report.js";
import { fullTraining, prototypeTraining, quickSubset, train } from "./train.js";

const USAGE = `Usage: pnpm train [options]

Trains the LiveDigits model on MNIST (both polarities, camera-like augmentation)
and writes model.json, weights.bin, REPORT.md and report.json.

Options:
  --quick             small subset, one short epoch, output to a temp dir (for tests)
  --out DIR           output directory (default: packages/core/model; with --quick a temp dir)
  --epochs N          epochs (default ${fullTraining.epochs})
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

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
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

#!/usr/bin/env -S npx tsx
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { BENCH_PARTS, runBench, type BenchPart } from "./bench.js";

const USAGE = `Usage: pnpm bench [options]

Measures the digit reader and writes reports/*.md and *.json:
  accuracy  MNIST test, "Camera MNIST" (16 conditions × 2 polarities), real photos
            and scans, clutter — LiveDigits against the prototype's recipe (Node)
  numbers   "Camera numbers" (1–6 digits, touching and apart, every condition) and
            the real numbers — LiveDigits against Tesseract OCR — and the
            accuracy part's clutter read as numbers (Node)
  browser   per TF.js backend in headless Chromium: model and full-read latency,
            live readings/s from a 30 fps fake camera, time to first reading,
            bytes shipped per app, 10,000 reads for memory and staying power

Options:
  --quick        a few frames of everything (what the tests run); reports go to a
                 temp dir unless --out is given
  --only PART    accuracy | numbers | browser
  --numbers N    read N camera numbers (default 2000; 12 with --quick)
  --out DIR      where the reports go (default: reports/ at the repository root)
  --help         show this help`;

export const REPORTS_DIR = fileURLToPath(new URL("../../../reports/", import.meta.url));

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      numbers: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.only !== undefined && !BENCH_PARTS.includes(values.only as BenchPart)) {
    throw new UsageError(`--only must be ${BENCH_PARTS.slice(0, -1).join(", ")} or ${BENCH_PARTS.at(-1)}, got '${values.only}'.`);
  }
  const cameraNumbers = values.numbers === undefined ? undefined : Number(values.numbers);
  if (cameraNumbers !== undefined && !(Number.isInteger(cameraNumbers) && cameraNumbers >= 1)) {
    throw new UsageError(`--numbers must be a whole number of camera numbers, 1 or more, got '${values.numbers}'.`);
  }
  const outDir = values.out ?? (values.quick ? await mkdtemp(join(tmpdir(), "livedigits-bench-")) : REPORTS_DIR);
  const started = performance.now();
  const result = await runBench({
    quick: values.quick,
    parts: values.only ? [values.only as BenchPart] : BENCH_PARTS,
    outDir,
    cameraNumbers,
    log: (line) => console.log(line),
  });
  console.log(`\n${result.files.length} files written to ${outDir} in ${Math.round((performance.now() - started) / 1000)} s:`);
  for (const file of result.files) console.log(`  ${file}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    if (usage) console.error(`\n${USAGE}`);
    process.exit(usage ? 2 : 1);
  },
);

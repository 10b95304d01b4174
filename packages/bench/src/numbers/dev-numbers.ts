// The number reader's development set: camera numbers written from the MNIST *training* digits
// that training holds out, under a seed other than the bench's, so the segmentation's and the
// number rules' constants can be chosen without looking at the bench's camera numbers (MNIST
// test, seed 2026).
// With --clutter N, also the first N frames of each kind of clutter under the same seed, read as
// numbers as the bench's clutter table reads them (the rules must not trade false numbers for right ones).
// Run: pnpm --filter @livedigits/bench dev:numbers [--count N] [--seed N] [--clutter N]
import { parseArgs } from "node:util";
import { readClutterAsNumbers } from "./clutter-numbers.js";
import { cameraNumber, DEV_SEED, MAX_NUMBER_LENGTH, mnistHeldOutByLabel } from "./camera-numbers.js";
import { createLiveDigitsNumberReader } from "./number-reader.js";
import { emptyNumberTally, fullNumbers, kindOf, KINDS, percent, recordNumber, scoreNumbers, type NumberTally } from "./run.js";

/** How a wrong number shown differs from the written one. */
export function mistakeKind(read: string, written: string): "digit missing" | "digit added" | "digit misread" {
  return read.length < written.length ? "digit missing" : read.length > written.length ? "digit added" : "digit misread";
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: "string", default: "600" }, seed: { type: "string", default: String(DEV_SEED) }, clutter: { type: "string", default: "0" } } });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a whole number of numbers, 1 or more, got '${values.count}'.`);
  if (!Number.isInteger(seed) || seed === fullNumbers.seed) throw new Error(`--seed must be a whole number other than the bench's ${fullNumbers.seed}, got '${values.seed}'.`);
  const clutterPerKind = Number(values.clutter);
  if (!Number.isInteger(clutterPerKind) || clutterPerKind < 0) throw new Error(`--clutter must be a whole number of frames per kind, 0 or more, got '${values.clutter}'.`);
  const byLabel = mnistHeldOutByLabel();
  const reader = await createLiveDigitsNumberReader();
  reader.setMaxDigits(MAX_NUMBER_LENGTH);
  const tallies = new Map<string, NumberTally>([["all", emptyNumberTally()], ...KINDS.map((k) => [k, emptyNumberTally()] as [string, NumberTally])]);
  const mistakes = new Map<string, number>();
  const wrong: string[] = [];
  try {
    for (let index = 0; index < count; index++) {
      const number = cameraNumber(index, seed, byLabel);
      const { text, milliseconds } = await reader.read(number.frame, number.box);
      for (const key of ["all", kindOf(number)]) recordNumber(tallies.get(key)!, text, number.text, milliseconds);
      if (text !== null && text !== number.text) {
        const kind = mistakeKind(text, number.text);
        mistakes.set(kind, (mistakes.get(kind) ?? 0) + 1);
        wrong.push(`${index}: ${number.text} → ${text} (${number.condition}, ${number.lightOnDark ? "light on dark" : "dark on light"}${number.touching ? ", touching" : ""})`);
      }
    }
    if (clutterPerKind > 0) {
      const kinds = await readClutterAsNumbers(reader, clutterPerKind, seed);
      const total = kinds.reduce((n, k) => n + k.falseNumbers, 0);
      console.log(`clutter read as numbers, ${clutterPerKind} frames a kind: ${total} false numbers`);
      for (const k of kinds) console.log(`  ${k.name.padEnd(32)} ${String(k.falseNumbers).padStart(4)}  ${k.shown.map(([t, n]) => (n > 1 ? `${t}×${n}` : t)).join(" ")}`);
    }
  } finally {
    reader.dispose();
  }
  console.log(`development camera numbers: ${count}, MNIST training digits held out of training, seed ${seed}`);
  for (const [name, tally] of tallies) {
    const s = scoreNumbers(tally);
    console.log(`${name.padEnd(10)} n ${String(s.count).padStart(4)}  right ${percent(s.accuracy).padStart(6)}  shown ${percent(s.coverage).padStart(6)}  shown wrong ${percent(s.wrongShown).padStart(6)}  ms ${s.medianMs?.toFixed(1) ?? "–"}`);
  }
  console.log(`wrong numbers shown: ${[...mistakes].map(([k, n]) => `${k} ${n}`).join(", ") || "none"}`);
  for (const line of wrong) console.log(`  ${line}`);
}

await main();

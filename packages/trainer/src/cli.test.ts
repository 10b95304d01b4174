import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createDigitReader } from "@livedigits/core";
import { fileModel, shippedModelPath } from "@livedigits/core/node";
import { describe, expect, it } from "vitest";
import { NOT_A_DIGIT_BUDGET } from "./calibration.js";
import type { TrainReport } from "./train.js";
import { quickNumberTraining, type NumberTrainReport } from "./numbers/train-numbers.js";

const run = promisify(execFile);
const tfjsNodeLoads = await import("@tensorflow/tfjs-node" as string).then(
  () => true,
  () => false,
);
const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

async function train(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return trainWith({}, ...args);
}

/** Runs the CLI with extra environment variables, stopped after `timeout` ms where given (a run that would hang). */
async function trainWith({ env = {}, timeout = 0 }: { env?: Record<string, string>; timeout?: number }, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { maxBuffer: 32 * 1024 * 1024, timeout, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("pnpm train", () => {
  it("--quick trains on a subset with non-digit marks, lowers the loss and exports a calibrated 11-output model core can load", async () => {
    const out = await mkdtemp(join(tmpdir(), "livedigits-quick-"));
    const result = await train("--quick", "--non-digits", "0.1", "--out", out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^backend: (wasm|tensorflow|cpu)/m);
    expect(result.stderr).toMatch(/samples\/s ETA/);

    const report = JSON.parse(await readFile(join(out, "report.json"), "utf8")) as TrainReport;
    expect(report.epochs).toBe(1);
    expect(report.history[0]!.lastBatchesLoss).toBeLessThan(report.history[0]!.firstBatchesLoss);
    expect(report.accuracy.normal).toBeGreaterThan(0.1); // better than chance after one short epoch
    expect(report.data.nonDigits?.share).toBe(0.1);
    expect(report.data.nonDigits?.accepted).toBeGreaterThan(0.3); // most marks reach the model, as at read time
    expect(report.classes).toBe(11);
    expect(report.calibration.nonDigits.count).toBeGreaterThan(0);
    expect(report.calibration.nllAfter).toBeLessThanOrEqual(report.calibration.nllBefore);
    const modelJson = JSON.parse(await readFile(join(out, "model.json"), "utf8")) as { userDefinedMetadata: { temperature: number; notDigitOffset: number } };
    expect(modelJson.userDefinedMetadata.temperature).toBe(report.calibration.temperature);
    expect(modelJson.userDefinedMetadata.notDigitOffset).toBe(report.calibration.notDigitOffset);
    // The offset is fitted so "not a digit" takes at most its budget of the held-out digits.
    expect(report.calibration.digits.notADigit).toBeLessThanOrEqual(NOT_A_DIGIT_BUDGET + 1e-9);
    expect(await readFile(join(out, "REPORT.md"), "utf8")).toContain(`| Backend | ${report.backend} |`);

    const reader = await createDigitReader({ model: fileModel(join(out, "model.json")), backend: "cpu" });
    const reading = await reader.read({ width: 28, height: 28, data: new Uint8ClampedArray(28 * 28 * 4).fill(255) });
    expect(reading.state).toBe("no-digit");
    reader.dispose();
  });

  it("--model numbers --quick trains the number model with CTC, lowers the loss and exports a model core reads numbers with", async () => {
    const out = await mkdtemp(join(tmpdir(), "livedigits-quick-numbers-"));
    const result = await train("--model", "numbers", "--quick", "--non-digits", "0.1", "--out", out);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(await readFile(join(out, "report.json"), "utf8")) as NumberTrainReport;
    expect(report.epochs).toHaveLength(1);
    expect(report.epochs[0]!.lastBatchesLoss).toBeLessThan(report.epochs[0]!.firstBatchesLoss);
    // Numbers core could not find ink in are left out, but few are.
    expect(report.validation.numbers).toBeGreaterThan(0.9 * quickNumberTraining.validationNumbers);
    expect(report.test.byLength.map((l) => l.length)).toEqual([1, 2, 3, 4, 5, 6]);
    const modelJson = JSON.parse(await readFile(join(out, "model.json"), "utf8")) as { userDefinedMetadata: { temperature: number } };
    expect(modelJson.userDefinedMetadata.temperature).toBe(report.temperature);
    const written = await readFile(join(out, "REPORT.md"), "utf8");
    expect(written).toContain("trained with CTC");
    // The quick run writes non-digit strips too, and scores how many the model reads as nothing.
    expect(report.nonDigits!.strips).toBeGreaterThan(0);
    expect(written).toContain("read as no digits at all");

    const reader = await createDigitReader({ model: fileModel(shippedModelPath), numberModel: fileModel(join(out, "model.json")), maxDigits: 6, backend: "cpu" });
    const reading = await reader.read({ width: 56, height: 28, data: new Uint8ClampedArray(56 * 28 * 4).fill(255) });
    expect(reading.state).toBe("no-digit");
    reader.dispose();
  });

  it("refuses the digit model's options with --model numbers, and an unknown model", async () => {
    const late = await train("--model", "numbers", "--non-digits-from", "2");
    expect(late.code).toBe(2);
    expect(late.stderr).toContain("--non-digits-from is an option of the digit model");
    const unknown = await train("--model", "letters");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--model must be digits or numbers, got 'letters'");
  });

  it("refuses unknown flags and bad values with the usage text (exit 2)", async () => {
    const unknown = await train("--epochz", "3");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--epochz'[\s\S]*Usage: pnpm train/);
    const bad = await train("--epochs", "zero");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--epochs must be a positive integer/);
    const late = await train("--quick", "--non-digits", "0.1", "--non-digits-from", "2");
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(/--non-digits-from must be an epoch of the run \(1–1\), got 2\./);
  });

  it("says where it cannot write before training", async () => {
    const result = await train("--quick", "--out", "/etc/hostname/model");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot write the model to \/etc\/hostname\/model: \/etc\/hostname is not a folder\. Choose another directory with --out\./);
  });

  it("says a file or device given as --out is not a folder", async () => {
    const result = await train("--quick", "--out", "/dev/null");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot write the model to \/dev\/null: it exists and is not a folder\./);
  });

  it.skipIf(process.platform !== "linux")("refuses a folder under /proc instead of hanging", async () => {
    // Node's recursive mkdir loops forever there: /proc exists but answers ENOENT to mkdir.
    const result = await trainWith({ timeout: 60_000 }, "--quick", "--out", "/proc/livedigits-model");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot write the model to \/proc\/livedigits-model: \/proc does not take new folders/);
  });

  it("refuses an empty --non-digits instead of reading it as 0", async () => {
    const result = await train("--quick", "--non-digits=");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--non-digits must be a share between 0 and 1, got ''/);
  });

  it.skipIf(tfjsNodeLoads)("removes the folders it created when the run fails", async () => {
    // --backend tensorflow fails where tfjs-node's native part is not built, after the output folder exists.
    const tmp = await mkdtemp(join(tmpdir(), "livedigits-failed-run-"));
    const quick = await trainWith({ env: { TMPDIR: tmp } }, "--quick", "--backend", "tensorflow");
    expect(quick.code, quick.stdout).toBe(1);
    expect(quick.stderr).toMatch(/--backend tensorflow: tfjs-node not usable/);
    const nested = await trainWith({}, "--quick", "--backend", "tensorflow", "--out", join(tmp, "new", "model"));
    expect(nested.code).toBe(1);
    // Only what tsx keeps in the temp folder may remain, not the run's folders.
    expect((await readdir(tmp)).filter((name) => name.startsWith("livedigits-") || name === "new")).toEqual([]);
  });
});

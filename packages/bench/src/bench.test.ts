// `pnpm bench --quick`'s accuracy part, end to end, so the bench code cannot rot:
// the readers, every condition and kind of clutter, the reports it writes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLUTTER } from "./accuracy/clutter.js";
import { CONDITIONS } from "./accuracy/conditions.js";
import type { AccuracyResult } from "./accuracy/run.js";
import { runBench } from "./bench.js";

const packageDir = fileURLToPath(new URL("../", import.meta.url));

describe("pnpm bench --quick, accuracy", () => {
  it("reads every set with both readers and writes the reports", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "livedigits-bench-test-"));
    const lines: string[] = [];
    const result = await runBench({ quick: true, parts: ["accuracy"], outDir, log: (line) => lines.push(line) });

    for (const name of ["accuracy.md", "accuracy.json", "camera-mnist.png", "clutter.png", "reliability.svg"]) expect(existsSync(join(outDir, name)), name).toBe(true);
    const json = JSON.parse(readFileSync(join(outDir, "accuracy.json"), "utf8")) as Omit<AccuracyResult, "samples">;
    expect(json.camera.conditions.map((c) => c.name)).toEqual(CONDITIONS.map((c) => c.name));
    expect(json.clutter.kinds.map((k) => k.name)).toEqual(CLUTTER.map((k) => k.name));

    const accuracy = result.accuracy!;
    // Clear MNIST digits: both readers must read nearly all of them, in both polarities.
    for (const reader of ["livedigits", "prototype"] as const) {
      expect(accuracy.mnist.normal[reader].accuracy, reader).toBeGreaterThanOrEqual(0.9);
      expect(accuracy.mnist.inverted[reader].accuracy, reader).toBeGreaterThanOrEqual(0.9);
    }
    // A clean sheet in the box is read by core, both ways round.
    const clean = accuracy.camera.conditions.find((c) => c.name === "clean")!;
    expect(clean.darkOnLight.livedigits.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(clean.lightOnDark.livedigits.accuracy).toBeGreaterThanOrEqual(0.8);
    // Every frame counted once per reader.
    expect(accuracy.camera.overall.livedigits.count).toBe(CONDITIONS.length * 2 * 12);
    expect(accuracy.camera.overall.prototype.count).toBe(accuracy.camera.overall.livedigits.count);
    // A bare sheet never yields a digit: empty, lined or squared, clean or under the camera conditions.
    for (const bare of ["empty sheet", "lined paper", "squared paper", "lined or squared paper, camera conditions"]) {
      expect(accuracy.clutter.kinds.find((k) => k.name === bare)!.falseDigits.livedigits.coverage, bare).toBe(0);
    }

    // Calibration over MNIST, Camera MNIST and the real photos, for both readers: every Camera MNIST
    // reading where the model ran is in a bin, and clear MNIST digits are read with honest confidence.
    expect(json.calibration.sets.map((s) => s.name).slice(0, 2)).toEqual(["MNIST test", "Camera MNIST"]);
    const cameraCalibration = accuracy.calibration.sets.find((s) => s.name === "Camera MNIST")!;
    for (const reader of ["livedigits", "prototype"] as const) {
      const c = cameraCalibration.byReader[reader];
      expect(c.count, reader).toBeGreaterThanOrEqual(accuracy.camera.overall[reader].coverage * accuracy.camera.overall[reader].count);
      expect(c.count, reader).toBeLessThanOrEqual(accuracy.camera.overall[reader].count);
      expect(c.bins.reduce((n, b) => n + b.count, 0)).toBe(c.count);
      expect(accuracy.calibration.sets[0]!.byReader[reader].ece!, reader).toBeLessThan(0.1);
    }
    if (accuracy.realDigits) expect(accuracy.calibration.sets.map((s) => s.name)).toContain("Real phone photos");

    const markdown = readFileSync(join(outDir, "accuracy.md"), "utf8");
    for (const c of CONDITIONS) expect(markdown).toContain(`| ${c.name} |`);
    for (const k of CLUTTER) expect(markdown).toContain(`| ${k.name} |`);
    expect(markdown).toContain("pnpm bench --quick");
    expect(markdown).toContain("## Calibration");
    expect(markdown).toContain("![Reliability");
  });

  it("rejects an unknown part with usage and exit code 2", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "--only", "speed"], { cwd: packageDir, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--only must be accuracy, numbers or browser");
    expect(run.stderr).toContain("Usage: pnpm bench");
  });
});

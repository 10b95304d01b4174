// `pnpm bench --quick`'s numbers part, end to end (LiveDigits and Tesseract on the same
// frames, the real numbers when the team's folder is there), so it cannot rot.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLUTTER } from "../accuracy/clutter.js";
import { runBench } from "../bench.js";
import { quickNumbers, type NumbersResult } from "./run.js";
import { DEFAULT_REAL_NUMBERS_DIR, realNumberBoxes } from "./real-numbers.js";

const packageDir = fileURLToPath(new URL("../../", import.meta.url));

describe("pnpm bench --quick, numbers", () => {
  it("reads the camera numbers and the real numbers with both readers and writes the report", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "livedigits-numbers-test-"));
    const lines: string[] = [];
    const result = await runBench({ quick: true, parts: ["numbers"], outDir, log: (line) => lines.push(line) });
    for (const name of ["numbers.md", "numbers.json", "camera-numbers.png"]) expect(existsSync(join(outDir, name)), name).toBe(true);

    const numbers = result.numbers!;
    // Every camera number read once by each reader, counted once per grouping.
    expect(numbers.camera.all.scores.livedigits.count).toBe(quickNumbers.cameraCount);
    expect(numbers.camera.all.scores.tesseract.count).toBe(quickNumbers.cameraCount);
    for (const grouping of ["byKind", "byLength", "byPolarity", "byCondition"] as const) {
      expect(numbers.camera[grouping].reduce((sum, g) => sum + g.scores.livedigits.count, 0), grouping).toBe(quickNumbers.cameraCount);
    }
    expect(numbers.camera.byLength.map((g) => g.scores.livedigits.count)).toEqual([2, 2, 2, 2, 2, 2]);
    // A clean one-digit number, dark on light and light on dark, is read right by LiveDigits, and quickly timed.
    const oneDigit = numbers.camera.byKind.find((g) => g.name === "one digit")!.scores.livedigits;
    expect(oneDigit.count).toBe(2);
    expect(oneDigit.accuracy).toBe(1);
    expect(numbers.camera.all.scores.livedigits.medianMs).toBeGreaterThan(0);
    expect(numbers.camera.all.scores.tesseract.medianMs).toBeGreaterThan(0);

    const json = JSON.parse(readFileSync(join(outDir, "numbers.json"), "utf8")) as Omit<NumbersResult, "samples">;
    expect(json.camera.all).toEqual(numbers.camera.all);
    const markdown = readFileSync(join(outDir, "numbers.md"), "utf8");
    expect(markdown).toContain("pnpm bench --quick");
    expect(markdown).toContain("| Camera numbers, 1–6 digits | 12 |");

    // The accuracy part's clutter, every kind, read as numbers: what is shown is counted, and a bare sheet shows nothing.
    expect(numbers.clutter.map((k) => k.name)).toEqual(CLUTTER.map((k) => k.name));
    for (const kind of numbers.clutter) {
      expect(kind.frames, kind.name).toBe(quickNumbers.clutterPerKind);
      expect(kind.shown.reduce((n, [, times]) => n + times, 0), kind.name).toBe(kind.falseNumbers);
    }
    for (const bare of ["empty sheet", "lined paper", "squared paper", "lined or squared paper, camera conditions"]) {
      expect(numbers.clutter.find((k) => k.name === bare)!.falseNumbers, bare).toBe(0);
      expect(markdown).toContain(`| ${bare} | ${quickNumbers.clutterPerKind} | 0.0% | – |`);
    }

    if (existsSync(DEFAULT_REAL_NUMBERS_DIR)) {
      const [first, second] = realNumberBoxes();
      expect(numbers.real!.numbers.map((n) => n.label)).toEqual([first!.label, second!.label]);
      expect(numbers.real!.overall.scores.tesseract.count).toBe(2);
      expect(markdown).toContain(`| ${first!.image} | ${first!.label} |`);
    } else {
      expect(numbers.real).toBeNull();
      expect(markdown).toContain("Skipped: ../shared/real-numbers was not found");
    }
  });

  it("skips the real numbers, saying so, where the folder is absent", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "livedigits-numbers-test-"));
    const lines: string[] = [];
    const result = await runBench({ quick: true, parts: ["numbers"], outDir, cameraNumbers: 1, realNumbersDir: join(outDir, "no-such-folder"), log: (line) => lines.push(line) });
    expect(result.numbers!.real).toBeNull();
    expect(result.numbers!.camera.all.scores.livedigits.count).toBe(1);
    expect(lines).toContain(`real numbers: ${join(outDir, "no-such-folder")} not found, skipped`);
    expect(readFileSync(join(outDir, "numbers.md"), "utf8")).toContain("Skipped: ../shared/real-numbers was not found beside the project.");
  });

  it("refuses --numbers that is not a whole number of numbers, with usage and exit code 2", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "--only", "numbers", "--numbers", "0"], { cwd: packageDir, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--numbers must be a whole number of camera numbers, 1 or more, got '0'");
    expect(run.stderr).toContain("Usage: pnpm bench");
  });
});

describe("real-numbers-boxes.json", () => {
  it("boxes numbers of digits with boxes of whole pixels, wider than tall", () => {
    const boxes = realNumberBoxes();
    expect(boxes.length).toBeGreaterThan(0);
    for (const { label, box } of boxes) {
      expect(label).toMatch(/^\d+$/);
      for (const v of [box.x, box.y, box.width, box.height]) expect(Number.isInteger(v) && v >= 0, label).toBe(true);
      expect(box.width, label).toBeGreaterThan(box.height);
    }
  });
});

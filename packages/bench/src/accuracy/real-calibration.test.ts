import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDigitReader, type RgbaImage } from "@livedigits/core";
import { fileModel, shippedModelPath } from "@livedigits/core/node";
import { blankFrame, drawDigitFrame, mnistTestDigits } from "@livedigits/core/testing";
import { evaluateRealDigits } from "@livedigits/trainer/real-digits";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BenchReader } from "../prototype-reader.js";
import { calibration } from "./calibration.js";
import { realDigitsCalibration, recordingReader } from "./real-calibration.js";

/** A tiny shared/real-digits: three MNIST digits as "photos", one blank "scan" (refused before the model). */
function writeRealDigitsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "livedigits-real-calibration-"));
  mkdirSync(join(dir, "photos", "test"), { recursive: true });
  mkdirSync(join(dir, "usps"), { recursive: true });
  const roi = { x: 0, y: 0, width: 120, height: 120 };
  const rows = ["path,label,source"];
  const save = (path: string, image: RgbaImage) => {
    const png = new PNG({ width: image.width, height: image.height });
    png.data.set(image.data);
    writeFileSync(join(dir, path), PNG.sync.write(png));
  };
  for (const [k, { image, label }] of mnistTestDigits(3).entries()) {
    save(`photos/test/${k}.png`, drawDigitFrame(image, { width: 120, height: 120, roi, size: 0.9 }));
    rows.push(`photos/test/${k}.png,${label},test`);
  }
  save("usps/blank.png", blankFrame({ width: 120, height: 120, roi }));
  rows.push("usps/blank.png,4,test");
  writeFileSync(join(dir, "labels.csv"), `${rows.join("\n")}\n`);
  return dir;
}

describe("realDigitsCalibration", () => {
  let reader: BenchReader;
  const dir = writeRealDigitsDir();
  beforeAll(async () => {
    reader = await createDigitReader({ model: fileModel(shippedModelPath) });
  });
  afterAll(() => reader.dispose());

  it("pairs the readings of an evaluateRealDigits pass with labels.csv, per group", async () => {
    const recording = recordingReader(reader);
    const result = (await evaluateRealDigits(recording.reader, dir))!;
    expect(recording.readings).toHaveLength(8);
    const tallies = await realDigitsCalibration(result, recording.readings);
    expect([...tallies.keys()]).toEqual(["photos (all)", "usps scans"]);
    const photos = calibration(tallies.get("photos (all)")!);
    // Clear digits, as taken and inverted: the model ran on all six and its top digit was right.
    expect(photos.count).toBe(6);
    expect(photos.accuracy).toBe(1);
    expect(photos.meanConfidence).toBeGreaterThan(0.8);
    // A blank scan is refused before the model: nothing to calibrate.
    expect(calibration(tallies.get("usps scans")!).count).toBe(0);
  });

  it("refuses readings that do not follow labels.csv's order", async () => {
    const recording = recordingReader(reader);
    const result = (await evaluateRealDigits(recording.reader, dir))!;
    const shifted = [...recording.readings.slice(2), ...recording.readings.slice(0, 2)];
    await expect(realDigitsCalibration(result, shifted)).rejects.toThrow(/do not match labels.csv/);
    await expect(realDigitsCalibration(result, recording.readings.slice(1))).rejects.toThrow(/Expected 8 readings/);
  });
});

// Calibration on the real photos and scans, from the very readings the bench's
// shared/real-digits pass makes (no second pass over the photos): the reader is
// wrapped to keep its readings, which are then matched with labels.csv.
import type { ReadRegion, RgbaImage } from "@livedigits/core";
import { readRealDigitLabels, type RealDigitsResult } from "@livedigits/trainer/real-digits";
import type { BenchReader, BenchReading } from "../prototype-reader.js";
import { emptyCalibrationTally, readingOutcome, recordConfidence, type CalibrationTally } from "./calibration.js";

export interface RecordingReader {
  readonly reader: { read(frame: RgbaImage, region: ReadRegion): Promise<BenchReading> };
  /** Every reading made through `reader`, in order. */
  readonly readings: BenchReading[];
}

export function recordingReader(inner: BenchReader): RecordingReader {
  const readings: BenchReading[] = [];
  return {
    readings,
    reader: {
      async read(frame, region) {
        const reading = await inner.read(frame, region);
        readings.push(reading);
        return reading;
      },
    },
  };
}

/**
 * Calibration tallies per group of shared/real-digits ("photos (all)", "usps
 * scans"…), from the readings of one evaluateRealDigits pass: it reads the rows
 * of labels.csv in order, each as taken and then inverted. The readings' own
 * accuracy is checked against the pass's result, so a change in that order
 * fails here rather than pairing photos with the wrong labels.
 */
export async function realDigitsCalibration(result: RealDigitsResult, readings: readonly BenchReading[], binCount?: number): Promise<Map<string, CalibrationTally>> {
  const rows = await readRealDigitLabels(result.dir);
  if (readings.length !== rows.length * 2) {
    throw new Error(`Expected ${rows.length * 2} readings of shared/real-digits (each photo as taken and inverted), got ${readings.length}.`);
  }
  const tallies = new Map<string, CalibrationTally>();
  const rights = new Map<string, { normal: number; inverted: number; count: number }>();
  rows.forEach(({ path, label }, k) => {
    const top = path.split("/")[0]!;
    const group = top === "photos" ? "photos (all)" : `${top} scans`;
    if (!tallies.has(group)) tallies.set(group, emptyCalibrationTally(binCount));
    if (!rights.has(group)) rights.set(group, { normal: 0, inverted: 0, count: 0 });
    const right = rights.get(group)!;
    right.count++;
    for (const [p, polarity] of (["normal", "inverted"] as const).entries()) {
      const reading = readings[k * 2 + p]!;
      if (reading.digit === label) right[polarity]++;
      const outcome = readingOutcome(reading, label);
      if (outcome) recordConfidence(tallies.get(group)!, outcome.confidence, outcome.correct);
    }
  });
  for (const [group, right] of rights) {
    const expected = result.groups.find((g) => g.name === group);
    const same = (share: number, count: number) => Math.abs(share * right.count - count) < 1e-6;
    if (!expected || !same(expected.normal.accuracy, right.normal) || !same(expected.inverted.accuracy, right.inverted)) {
      throw new Error(`The readings of shared/real-digits do not match labels.csv in order (group '${group}'); has evaluateRealDigits changed how it walks the photos?`);
    }
  }
  return tallies;
}

import { createDigitReader } from "@livedigits/core";
import { fileModel, shippedModelPath } from "@livedigits/core/node";
import { expect, it } from "vitest";
import { DEFAULT_REAL_DIGITS_DIR, evaluateRealDigits, type RealDigitsResult, type Score } from "./real-digits.js";
import { existsSync } from "node:fs";

const hasRealDigits = existsSync(DEFAULT_REAL_DIGITS_DIR);

async function evaluate(framing: "centre-square" | "half-square" | "whole"): Promise<RealDigitsResult> {
  const reader = await createDigitReader({ model: fileModel(shippedModelPath), backend: "wasm" });
  try {
    return (await evaluateRealDigits(reader, DEFAULT_REAL_DIGITS_DIR, 0.8, framing))!;
  } finally {
    reader.dispose();
  }
}

function group(result: RealDigitsResult, name: string) {
  return result.groups.find((g) => g.name === name)!;
}

/** Share of all images where a digit was shown and it was the wrong one. */
const shownWrong = (score: Score) => score.coverage - score.accuracy;

// Regression guards on real camera photos and scans (shared/real-digits, beside the repository),
// set just under what the shipped model reaches.
it.runIf(hasRealDigits)("reads real photos opened whole (the digit searched for) and USPS scans, either polarity", async () => {
  const result = await evaluate("whole");
  const photos = group(result, "photos (all)");
  const usps = group(result, "usps scans");
  expect(photos.count).toBe(60);
  expect(usps.count).toBe(300);
  for (const score of [photos.normal, photos.inverted]) expect(score.accuracy).toBeGreaterThanOrEqual(0.93);
  for (const score of [usps.normal, usps.inverted]) expect(score.accuracy).toBeGreaterThanOrEqual(0.88);
});

it.runIf(hasRealDigits)("reads USPS scans with the scan as the box, either polarity", async () => {
  const usps = group(await evaluate("centre-square"), "usps scans");
  for (const score of [usps.normal, usps.inverted]) expect(score.accuracy).toBeGreaterThanOrEqual(0.9);
});

// A box that holds part of the digit must say nothing rather than name the fragment.
it.runIf(hasRealDigits)("shows almost no wrong digit when the box is the photo's centred square, or half of it", async () => {
  for (const framing of ["centre-square", "half-square"] as const) {
    const photos = group(await evaluate(framing), "photos (all)");
    for (const score of [photos.normal, photos.inverted]) expect(shownWrong(score), framing).toBeLessThanOrEqual(0.02);
  }
});

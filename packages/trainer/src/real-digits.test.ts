import { createDigitReader } from "@livedigits/core";
import { fileModel, shippedModelPath } from "@livedigits/core/node";
import { expect, it } from "vitest";
import { DEFAULT_REAL_DIGITS_DIR, evaluateRealDigits } from "./real-digits.js";
import { existsSync } from "node:fs";

// A regression guard on real camera photos and scans (shared/real-digits, beside the repository),
// set just under what the shipped model reaches (83% of photos, 93% of scans; target: 95% of photos).
it.runIf(existsSync(DEFAULT_REAL_DIGITS_DIR))("the shipped model behind core reads real photos and USPS scans, either polarity", async () => {
  const reader = await createDigitReader({ model: fileModel(shippedModelPath), backend: "wasm" });
  const result = await evaluateRealDigits(reader);
  reader.dispose();
  const photos = result!.groups.find((g) => g.name === "photos (all)")!;
  const usps = result!.groups.find((g) => g.name === "usps scans")!;
  expect(photos.count).toBe(60);
  expect(usps.count).toBe(300);
  for (const score of [photos.normal, photos.inverted]) expect(score.accuracy).toBeGreaterThanOrEqual(0.8);
  for (const score of [usps.normal, usps.inverted]) expect(score.accuracy).toBeGreaterThanOrEqual(0.9);
});

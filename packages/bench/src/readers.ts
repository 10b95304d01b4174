// The two readers every accuracy figure compares, loaded from their committed models.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createDigitReader } from "@livedigits/core";
import { fileModel, shippedModelPath } from "@livedigits/core/node";
import { createPrototypeReader, type BenchReader } from "./prototype-reader.js";

export const baselineModelPath = fileURLToPath(new URL("../baseline-model/model.json", import.meta.url));

export interface NamedReader {
  readonly name: ReaderName;
  readonly reader: BenchReader;
}

export type ReaderName = "livedigits" | "prototype";

export const READER_TITLES: Record<ReaderName, string> = {
  livedigits: "LiveDigits (core + shipped model)",
  prototype: "Prototype recipe (whole box → 28×28 → its CNN)",
};

/** Both readers at the default threshold 0.8, per frame (no smoothing), on the best Node backend. */
export async function loadReaders(): Promise<NamedReader[]> {
  if (!existsSync(baselineModelPath)) {
    throw new Error(`The baseline model is missing at ${baselineModelPath}. Train it with: pnpm train --recipe prototype --out packages/bench/baseline-model`);
  }
  const livedigits = await createDigitReader({ model: fileModel(shippedModelPath) });
  const prototype = await createPrototypeReader({ model: fileModel(baselineModelPath), backend: livedigits.backend });
  return [
    { name: "livedigits", reader: livedigits },
    { name: "prototype", reader: prototype },
  ];
}

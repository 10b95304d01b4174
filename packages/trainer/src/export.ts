import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import type { LayersModel } from "@tensorflow/tfjs-layers";
import { encodeFloat16, roundToFloat16 } from "./float16.js";

export const WEIGHTS_FILE = "weights.bin";

/** How weights.bin stores each value: float32 as trained, or float16 (half the bytes; TF.js decodes it on load). */
export type WeightPrecision = "float32" | "float16";

/**
 * Writes model.json + weights.bin in the TF.js LayersModel format; returns the weights' size in bytes.
 * With float16, round the model first (roundWeightsToFloat16) so what was scored is what ships.
 */
export async function exportModel(model: LayersModel, dir: string, metadata: Record<string, unknown>, precision: WeightPrecision = "float32"): Promise<number> {
  await mkdir(dir, { recursive: true });
  let weightBytes = 0;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightData = artifacts.weightData;
      if (!weightData || Array.isArray(weightData)) throw new Error("Expected the model's weights as one buffer.");
      const specs = artifacts.weightSpecs ?? [];
      if (precision === "float16" && specs.some((spec) => spec.dtype !== "float32")) throw new Error("Only float32 weights can be stored as float16.");
      const bytes = precision === "float16" ? encodeFloat16(new Float32Array(weightData)) : new Uint8Array(weightData);
      const weights = precision === "float16" ? specs.map((spec) => ({ ...spec, quantization: { dtype: "float16" as const } })) : specs;
      weightBytes = bytes.byteLength;
      const modelJson = {
        format: "layers-model",
        generatedBy: "@livedigits/trainer",
        convertedBy: null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights }],
        userDefinedMetadata: metadata,
      };
      await writeFile(join(dir, WEIGHTS_FILE), bytes);
      await writeFile(join(dir, "model.json"), JSON.stringify(modelJson));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON", weightDataBytes: weightBytes } };
    }),
    { includeOptimizer: false },
  );
  return weightBytes;
}

/** Sets every weight of `model` to its nearest float16 value: the model as float16 weights.bin will load it. */
export function roundWeightsToFloat16(model: LayersModel): void {
  const rounded = model.getWeights().map((weight) => tf.tensor(roundToFloat16(weight.dataSync() as Float32Array), weight.shape, "float32"));
  model.setWeights(rounded);
  for (const tensor of rounded) tensor.dispose();
}

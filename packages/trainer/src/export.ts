import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import type { LayersModel } from "@tensorflow/tfjs-layers";

export const WEIGHTS_FILE = "weights.bin";

/** Writes model.json + weights.bin (float32) in the TF.js LayersModel format; returns the weights' size in bytes. */
export async function exportModel(model: LayersModel, dir: string, metadata: Record<string, unknown>): Promise<number> {
  await mkdir(dir, { recursive: true });
  let weightBytes = 0;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightData = artifacts.weightData;
      if (!weightData || Array.isArray(weightData)) throw new Error("Expected the model's weights as one buffer.");
      weightBytes = weightData.byteLength;
      const modelJson = {
        format: "layers-model",
        generatedBy: "@livedigits/trainer",
        convertedBy: null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs }],
        userDefinedMetadata: metadata,
      };
      await writeFile(join(dir, WEIGHTS_FILE), new Uint8Array(weightData));
      await writeFile(join(dir, "model.json"), JSON.stringify(modelJson));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON", weightDataBytes: weightBytes } };
    }),
    { includeOptimizer: false },
  );
  return weightBytes;
}

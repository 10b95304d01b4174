import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type * as tf from "@tensorflow/tfjs-core";

/** model.json of the model that ships with @livedigits/core. */
export const shippedModelPath = fileURLToPath(new URL("../model/model.json", import.meta.url));

/**
 * A TF.js IOHandler that reads model.json and its weight files from disk, so
 * Node can load models without tfjs-node. Saving is not supported.
 */
export function fileModel(modelJsonPath: string): tf.io.IOHandler {
  const path = resolve(modelJsonPath);
  return {
    async load() {
      const json = JSON.parse(await readFile(path, "utf8")) as tf.io.ModelJSON;
      const manifest = json.weightsManifest ?? [];
      const buffers = await Promise.all(
        manifest.flatMap((group) => group.paths.map((p) => readFile(join(dirname(path), p)))),
      );
      const weightData = concat(buffers);
      return {
        modelTopology: json.modelTopology,
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy,
        trainingConfig: json.trainingConfig,
        userDefinedMetadata: json.userDefinedMetadata,
        weightSpecs: manifest.flatMap((group) => group.weights),
        weightData,
      };
    },
  };
}

function concat(buffers: Uint8Array[]): ArrayBuffer {
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const b of buffers) {
    out.set(b, offset);
    offset += b.byteLength;
  }
  return out.buffer;
}

import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type * as tf from "@tensorflow/tfjs-core";

/** model.json of the model that ships with @livedigits/core. */
export const shippedModelPath = fileURLToPath(new URL("../model/model.json", import.meta.url));
/** model.json of the number model that ships with @livedigits/core (createDigitReader's `numberModel`). */
export const shippedNumberModelPath = fileURLToPath(new URL("../model/number/model.json", import.meta.url));

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
      const folder = dirname(path);
      const buffers = await Promise.all(manifest.flatMap((group) => group.paths.map((p) => readFile(insideFolder(folder, p)))));
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

/** A weight file's path, refused when it leaves the model's folder (`../`, an absolute path). */
function insideFolder(folder: string, weightPath: string): string {
  const file = resolve(folder, weightPath);
  const fromFolder = relative(folder, file);
  if (fromFolder === "" || fromFolder === ".." || fromFolder.startsWith(`..${sep}`) || isAbsolute(fromFolder)) {
    throw new Error(`model.json names the weight file '${weightPath}', outside the model's folder ${folder}: refusing to read it.`);
  }
  return file;
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

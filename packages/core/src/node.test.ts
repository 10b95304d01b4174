import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type * as tf from "@tensorflow/tfjs-core";
import { describe, expect, it } from "vitest";
import { loadDigitModel, ModelLoadError } from "./model.js";
import { fileModel, shippedModelPath } from "./node.js";

describe("fileModel", () => {
  it("reads weight files only from the model's own folder", async () => {
    const root = await mkdtemp(join(tmpdir(), "livedigits-escape-"));
    await mkdir(join(root, "model"));
    // A complete, valid weights file just outside the folder: only the path makes it wrong.
    await copyFile(join(dirname(shippedModelPath), "weights.bin"), join(root, "outside.bin"));
    const json = JSON.parse(await readFile(shippedModelPath, "utf8")) as tf.io.ModelJSON;
    for (const path of ["../outside.bin", join(root, "outside.bin")]) {
      json.weightsManifest[0]!.paths = [path];
      await writeFile(join(root, "model", "model.json"), JSON.stringify(json));
      const handler = fileModel(join(root, "model", "model.json"));
      await expect(handler.load!(), path).rejects.toThrow(/outside the model's folder/);
      await expect(loadDigitModel(handler), path).rejects.toThrow(ModelLoadError);
    }
  });

  it("loads the shipped model", async () => {
    const artifacts = await fileModel(shippedModelPath).load!();
    expect(artifacts.weightSpecs?.length).toBeGreaterThan(0);
  });
});

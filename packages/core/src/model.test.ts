import { copyFile, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import { describe, expect, it } from "vitest";
import { selectBackend } from "./backend.js";
import { saysNotADigit } from "./calibrate.js";
import { DigitClassifier } from "./classifier.js";
import { loadDigitModel, loadNumberModel, ModelLoadError } from "./model.js";
import { fileModel, shippedModelPath, shippedNumberModelPath } from "./node.js";
import { createDigitReader } from "./reader.js";
import { mnistTestDigits } from "./testing/frames.js";

// The contract of packages/core/model, checked on the files as shipped.
describe("the shipped model", () => {
  it("is a LayersModel [null,28,28,1] → softmax over the 10 digits and 'not a digit', with at most 250 KB of weights", async () => {
    const model = await loadDigitModel(fileModel(shippedModelPath));
    expect(model.inputs[0]!.shape).toEqual([null, 28, 28, 1]);
    expect(model.outputs[0]!.shape).toEqual([null, 11]);
    model.dispose();
    const json = JSON.parse(await readFile(shippedModelPath, "utf8")) as tf.io.ModelJSON;
    const sizes = await Promise.all(json.weightsManifest.flatMap((g) => g.paths).map((p) => stat(join(dirname(shippedModelPath), p))));
    expect(sizes.reduce((n, s) => n + s.size, 0)).toBeLessThanOrEqual(250_000);
  });

  it("scores at least 99.5% on all 10,000 MNIST test digits, normal and inverted, with nothing in front of it", async () => {
    await selectBackend("wasm");
    const classifier = new DigitClassifier(await loadDigitModel(fileModel(shippedModelPath)));
    const digits = mnistTestDigits(10_000);
    // As core reads: the calibrated top digit, unless "not a digit" outweighs it.
    const accuracy = async (inverted: boolean) => {
      const verdicts = await classifier.classify(digits.map((d) => (inverted ? d.image.map((v) => 1 - v) : d.image)));
      return verdicts.filter((verdict, k) => !saysNotADigit(verdict) && verdict.top === digits[k]!.label).length / digits.length;
    };
    const normal = await accuracy(false);
    const inverted = await accuracy(true);
    classifier.model.dispose();
    expect(normal).toBeGreaterThanOrEqual(0.995);
    expect(inverted).toBeGreaterThanOrEqual(0.995);

    // REPORT.md's figures come from this very model.
    const report = JSON.parse(await readFile(join(dirname(shippedModelPath), "report.json"), "utf8")) as { accuracy: { normal: number; inverted: number } };
    expect(report.accuracy.normal).toBeCloseTo(normal, 4);
    expect(report.accuracy.inverted).toBeCloseTo(inverted, 4);
    // 20,000 digits through the model: beside the suite's other files on two cores it can outrun the default timeout.
  }, 180_000);
});

describe("the shipped number model", () => {
  it("is a LayersModel [null,28,128,1] → logits of 32 steps over the digits and the blank, the two models' weights together at most 500 KB", async () => {
    const model = await loadNumberModel(fileModel(shippedNumberModelPath));
    expect(model.inputs[0]!.shape).toEqual([null, 28, 128, 1]);
    expect(model.outputs[0]!.shape).toEqual([null, 32, 11]);
    model.dispose();
    let bytes = 0;
    for (const path of [shippedModelPath, shippedNumberModelPath]) {
      const json = JSON.parse(await readFile(path, "utf8")) as tf.io.ModelJSON;
      for (const file of json.weightsManifest.flatMap((g) => g.paths)) bytes += (await stat(join(dirname(path), file))).size;
    }
    expect(bytes).toBeLessThanOrEqual(500_000);
  });

  it("refused as the reader's number model, fails createDigitReader and leaves no tensor behind", async () => {
    await selectBackend("wasm");
    (await loadNumberModel(fileModel(shippedNumberModelPath))).dispose(); // the backend's own first tensors
    const before = tf.memory().numTensors;
    await expect(createDigitReader({ model: fileModel(shippedModelPath), numberModel: fileModel(shippedModelPath), backend: "wasm" })).rejects.toThrow(ModelLoadError);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("is refused where a digit model is expected, and the digit model where a number model is", async () => {
    await expect(loadDigitModel(fileModel(shippedNumberModelPath))).rejects.toThrow(/is not a digit model: expected input \[null,28,28,1\]/);
    await expect(loadNumberModel(fileModel(shippedModelPath))).rejects.toThrow(/is not a number model: expected input \[null,28,128,1\] and output \[null,32,11\]/);
  });
});

/** A copy of the shipped model in a fresh folder, model.json and weights changed as given. */
async function alteredModel(change: { topology?: (json: tf.io.ModelJSON) => void; weights?: (bytes: Buffer) => Buffer }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "livedigits-model-"));
  const json = JSON.parse(await readFile(shippedModelPath, "utf8")) as tf.io.ModelJSON;
  change.topology?.(json);
  await writeFile(join(dir, "model.json"), JSON.stringify(json));
  const weights = await readFile(join(dirname(shippedModelPath), "weights.bin"));
  if (change.weights) await writeFile(join(dir, "weights.bin"), change.weights(weights));
  else await copyFile(join(dirname(shippedModelPath), "weights.bin"), join(dir, "weights.bin"));
  return join(dir, "model.json");
}

function withFloat(bytes: Buffer, offset: number, value: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeFloatLE(value, offset);
  return copy;
}

describe("a bad model file", () => {
  const shapeMismatched = () =>
    alteredModel({
      topology: (json) => {
        const layers = (json.modelTopology as { config: { layers: { name: string; config: { kernel_size?: number[] } }[] } }).config.layers;
        layers.find((layer) => layer.name === "stem_conv")!.config.kernel_size = [3, 3];
      },
    });
  const truncated = () => alteredModel({ weights: (bytes) => bytes.subarray(0, bytes.length / 2) });

  it("fails to load without leaving a tensor behind: weights of the wrong shape, or cut short", async () => {
    await selectBackend("wasm");
    (await loadDigitModel(fileModel(shippedModelPath))).dispose(); // the backend's own first tensors
    for (const [what, path] of [["shape-mismatched", await shapeMismatched()], ["truncated", await truncated()]] as const) {
      const before = tf.memory().numTensors;
      await expect(loadDigitModel(fileModel(path)), what).rejects.toThrow(ModelLoadError);
      expect(tf.memory().numTensors, what).toBe(before);
    }
  });

  it("with NaN or infinite weights, is refused at load with a clear message", async () => {
    const nan = await alteredModel({ weights: (bytes) => withFloat(bytes, 0, Number.NaN) });
    await expect(loadDigitModel(fileModel(nan))).rejects.toThrow(/weight stem_conv\/kernel holds NaN or infinite values/);
    // The last weight is a batch norm's moving variance: infinite, it only ever divides to 0, and
    // the model still answers finite probabilities on its own, but it is corrupt all the same.
    const infinite = await alteredModel({ weights: (bytes) => withFloat(bytes, bytes.length - 4, Number.POSITIVE_INFINITY) });
    await expect(loadDigitModel(fileModel(infinite))).rejects.toThrow(ModelLoadError);
    await expect(loadDigitModel(fileModel(infinite))).rejects.toThrow(/NaN or infinite/);
  });
});

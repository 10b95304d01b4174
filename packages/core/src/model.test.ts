import { readFile, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import { describe, expect, it } from "vitest";
import { selectBackend } from "./backend.js";
import { loadDigitModel } from "./model.js";
import { fileModel, shippedModelPath } from "./node.js";
import { mnistTestDigits } from "./testing/frames.js";

// The contract of packages/core/model, checked on the files as shipped.
describe("the shipped model", () => {
  it("is a LayersModel [null,28,28,1] → softmax over 10, with at most 250 KB of weights", async () => {
    const model = await loadDigitModel(fileModel(shippedModelPath));
    expect(model.inputs[0]!.shape).toEqual([null, 28, 28, 1]);
    expect(model.outputs[0]!.shape).toEqual([null, 10]);
    model.dispose();
    const json = JSON.parse(await readFile(shippedModelPath, "utf8")) as tf.io.ModelJSON;
    const sizes = await Promise.all(json.weightsManifest.flatMap((g) => g.paths).map((p) => stat(join(dirname(shippedModelPath), p))));
    expect(sizes.reduce((n, s) => n + s.size, 0)).toBeLessThanOrEqual(250_000);
  });

  it("scores at least 99.5% on all 10,000 MNIST test digits, normal and inverted, with nothing in front of it", async () => {
    await selectBackend("wasm");
    const model = await loadDigitModel(fileModel(shippedModelPath));
    const digits = mnistTestDigits(10_000);
    const images = new Float32Array(digits.length * 784);
    digits.forEach((d, i) => images.set(d.image, i * 784));
    const labels = tf.tensor1d(digits.map((d) => d.label), "int32");
    const accuracy = (inverted: boolean) =>
      tf.tidy(() => {
        let x: tf.Tensor = tf.tensor4d(images, [digits.length, 28, 28, 1]);
        if (inverted) x = tf.sub(1, x);
        const predicted = tf.argMax(model.predict(x, { batchSize: 500 }) as tf.Tensor, -1);
        return tf.mean(tf.cast(tf.equal(predicted, labels), "float32")).dataSync()[0]!;
      });
    const normal = accuracy(false);
    const inverted = accuracy(true);
    labels.dispose();
    model.dispose();
    expect(normal).toBeGreaterThanOrEqual(0.995);
    expect(inverted).toBeGreaterThanOrEqual(0.995);

    // REPORT.md's figures come from this very model.
    const report = JSON.parse(await readFile(join(dirname(shippedModelPath), "report.json"), "utf8")) as { accuracy: { normal: number; inverted: number } };
    expect(report.accuracy.normal).toBeCloseTo(normal, 4);
    expect(report.accuracy.inverted).toBeCloseTo(inverted, 4);
  });
});

import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";
import { beforeAll, describe, expect, it } from "vitest";
import { selectBackend } from "./backend.js";
import { foldBatchNorms, type Weight } from "./fold-batch-norm.js";
import { loadDigitModel, loadNumberModel } from "./model.js";
import { fileModel, shippedModelPath, shippedNumberModelPath } from "./node.js";
import { mnistTestDigits } from "./testing/frames.js";

beforeAll(async () => {
  await selectBackend("wasm");
});

/**
 * A model with each case folding meets: convolution → normalisation → ReLU, convolution → normalisation
 * feeding two layers, a normalisation before a convolution (left alone), and a convolution whose output
 * two layers read (left alone). Its normalisations hold statistics far from the initial ones.
 */
function modelWithEveryCase(): tfl.LayersModel {
  const input = tfl.input({ shape: [12, 12, 1], name: "in" });
  const apply = (layer: tfl.layers.Layer, x: tfl.SymbolicTensor | tfl.SymbolicTensor[]) => layer.apply(x) as tfl.SymbolicTensor;
  let h = apply(tfl.layers.conv2d({ filters: 4, kernelSize: 3, padding: "same", useBias: false, name: "a_conv" }), input);
  h = apply(tfl.layers.batchNormalization({ name: "a_bn" }), h);
  h = apply(tfl.layers.reLU({ name: "a_relu" }), h);
  h = apply(tfl.layers.batchNormalization({ name: "pre_bn" }), h);
  h = apply(tfl.layers.conv2d({ filters: 6, kernelSize: 3, padding: "same", name: "b_conv" }), h);
  const b = apply(tfl.layers.batchNormalization({ name: "b_bn" }), h);
  const left = apply(tfl.layers.reLU({ name: "b_left" }), b);
  const right = apply(tfl.layers.activation({ activation: "tanh", name: "b_right" }), b);
  h = apply(tfl.layers.add({ name: "join" }), [left, right]);
  const shared = apply(tfl.layers.conv2d({ filters: 3, kernelSize: 1, name: "shared_conv" }), h);
  const one = apply(tfl.layers.reLU({ name: "one" }), shared);
  const two = apply(tfl.layers.activation({ activation: "sigmoid", name: "two" }), shared);
  h = apply(tfl.layers.concatenate({ name: "both" }), [one, two]);
  h = apply(tfl.layers.flatten({ name: "flat" }), h);
  const output = apply(tfl.layers.dense({ units: 5, activation: "softmax", name: "out" }), h);
  const model = tfl.model({ inputs: input, outputs: output });
  for (const layer of model.layers.filter((l) => l.getClassName() === "BatchNormalization")) {
    layer.setWeights(layer.getWeights().map((w, k) => tf.randomUniform(w.shape, k === 3 ? 0.2 : -1.5, k === 3 ? 3 : 1.5, "float32", 7 + k)));
  }
  return model;
}

function topologyAndWeights(model: tfl.LayersModel): { topology: unknown; weights: Record<string, Weight> } {
  const topology = model.toJSON(null, false);
  const weights = Object.fromEntries(model.weights.map((w) => [w.originalName, { values: w.read().dataSync() as Float32Array, shape: w.shape.map(Number) }]));
  return { topology, weights };
}

async function build(topology: unknown, weights: Record<string, Weight>): Promise<tfl.LayersModel> {
  const model = await tfl.models.modelFromJSON({ modelTopology: topology } as Parameters<typeof tfl.models.modelFromJSON>[0]);
  tf.tidy(() => model.loadWeights(Object.fromEntries(Object.entries(weights).map(([name, w]) => [name, tf.tensor(w.values, [...w.shape])])), true));
  return model;
}

async function predict(model: tfl.LayersModel, input: tf.Tensor): Promise<Float32Array> {
  const output = model.predict(input) as tf.Tensor;
  const values = (await output.data()) as Float32Array;
  output.dispose();
  return values;
}

function largestDifference(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  return a.reduce((worst, v, k) => Math.max(worst, Math.abs(v - b[k]!)), 0);
}

describe("foldBatchNorms", () => {
  it("folds each normalisation that follows a convolution, and the ReLU after it, and answers as the model did", async () => {
    const model = modelWithEveryCase();
    const { topology, weights } = topologyAndWeights(model);
    const folded = foldBatchNorms(topology, weights);
    const foldedModel = await build(folded.topology, { ...folded.weights });
    const names = foldedModel.layers.map((l) => l.name);

    expect(folded.foldedCount).toBe(2);
    expect(names).not.toContain("a_bn");
    expect(names).not.toContain("a_relu");
    expect(names).not.toContain("b_bn");
    // Left alone: before a convolution, read by two layers, or not after a normalisation.
    expect(names).toEqual(expect.arrayContaining(["pre_bn", "b_left", "b_right", "shared_conv", "one", "two"]));
    expect(foldedModel.getLayer("a_conv").getConfig().activation).toBe("relu");
    expect(foldedModel.getLayer("b_conv").getConfig().activation).toBe("linear");
    expect(Object.keys(folded.weights).filter((n) => n.startsWith("a_bn/") || n.startsWith("b_bn/"))).toEqual([]);

    const input = tf.randomUniform([6, 12, 12, 1], 0, 1, "float32", 3);
    const before = await predict(model, input);
    const after = await predict(foldedModel, input);
    expect(largestDifference(before, after)).toBeLessThan(1e-5);
    // The folding must not be a no-op for the test to mean anything: the statistics move the answers.
    const unnormalised = await build(topology, Object.fromEntries(Object.entries(weights).map(([n, w]) => [n, n.endsWith("moving_variance") ? { ...w, values: w.values.map(() => 1) } : w])));
    expect(largestDifference(before, await predict(unnormalised, input))).toBeGreaterThan(1e-3);
    input.dispose();
    model.dispose();
    foldedModel.dispose();
    unnormalised.dispose();
  });

  it("leaves the weights it is given untouched", () => {
    const model = modelWithEveryCase();
    const { topology, weights } = topologyAndWeights(model);
    const kernel = weights["a_conv/kernel"]!.values.slice();
    foldBatchNorms(topology, weights);
    expect(weights["a_conv/kernel"]!.values).toEqual(kernel);
    expect(weights["a_bn/gamma"]).toBeDefined();
    model.dispose();
  });

  it("returns what it cannot read unchanged", () => {
    const weights = { "x/kernel": { values: new Float32Array(4), shape: [1, 1, 1, 4] } };
    for (const topology of [null, { class_name: "Sequential", config: { layers: [] } }, { class_name: "Model", config: {} }]) {
      const folded = foldBatchNorms(topology, weights);
      expect(folded.foldedCount).toBe(0);
      expect(folded.topology).toBe(topology);
      expect(folded.weights).toBe(weights);
    }
  });
});

describe("the shipped models, folded as core loads them", () => {
  it("the digit model answers as its files say, to float rounding, with no normalisation after a convolution left", async () => {
    const folded = await loadDigitModel(fileModel(shippedModelPath));
    const asSaved = await tfl.loadLayersModel(fileModel(shippedModelPath));
    const digits = mnistTestDigits(64);
    const batch = tf.tensor4d(Float32Array.from(digits.flatMap((d) => [...d.image])), [digits.length, 28, 28, 1]);
    expect(largestDifference(await predict(asSaved, batch), await predict(folded, batch))).toBeLessThan(1e-4);
    expect(folded.layers.filter((l) => l.getClassName() === "BatchNormalization").length).toBeLessThan(asSaved.layers.filter((l) => l.getClassName() === "BatchNormalization").length);
    batch.dispose();
    folded.dispose();
    asSaved.dispose();
  });

  it("the number model answers as its files say, to float rounding", async () => {
    const folded = await loadNumberModel(fileModel(shippedNumberModelPath));
    const asSaved = await tfl.loadLayersModel(fileModel(shippedNumberModelPath));
    const strips = tf.randomUniform([8, 28, 128, 1], 0, 1, "float32", 11);
    expect(largestDifference(await predict(asSaved, strips), await predict(folded, strips))).toBeLessThan(1e-4);
    expect(folded.layers.some((l) => l.getClassName() === "BatchNormalization")).toBe(false);
    strips.dispose();
    folded.dispose();
    asSaved.dispose();
  });
});

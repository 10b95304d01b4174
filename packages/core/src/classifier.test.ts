import * as tf from "@tensorflow/tfjs-core";
import { describe, expect, it } from "vitest";
import { selectBackend } from "./backend.js";
import { calibrate } from "./calibrate.js";
import { DigitClassifier } from "./classifier.js";
import * as tfl from "@tensorflow/tfjs-layers";
import { loadDigitModel, ModelLoadError } from "./model.js";
import { fileModel, shippedModelPath } from "./node.js";
import { centredSquareRoi } from "./preprocess/roi.js";
import { createDigitReader } from "./reader.js";
import { blankFrame, drawDigitFrame, mnistTestDigits } from "./testing/frames.js";

describe("calibrate", () => {
  it("leaves the softmax as it is at temperature 1, and splits off an 11th 'not a digit' output", () => {
    const softmax = [0.05, 0.6, 0.05, 0, 0, 0, 0, 0, 0, 0.1, 0.2];
    const result = calibrate(softmax, 1);
    result.probabilities.forEach((p, d) => expect(p).toBeCloseTo(softmax[d]!, 9));
    expect(result.notDigit).toBeCloseTo(0.2, 9);
    expect(result.top).toBe(1);
    expect(result.confidence).toBeCloseTo(0.6, 9);
  });

  it("softens at a temperature above 1 and sharpens below it, keeping the order and the sum", () => {
    const softmax = [0.9, 0.1, 0, 0, 0, 0, 0, 0, 0, 0];
    const soft = calibrate(softmax, 2);
    // p^(1/2) normalised: 0.9487 / (0.9487 + 0.3162)
    expect(soft.confidence).toBeCloseTo(Math.sqrt(0.9) / (Math.sqrt(0.9) + Math.sqrt(0.1)), 9);
    expect(calibrate(softmax, 0.5).confidence).toBeCloseTo(0.81 / 0.82, 9);
    expect(soft.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(soft.notDigit).toBe(0);
  });
});

describe("DigitClassifier", () => {
  it("classifies a batch as one call per input would, and leaves no tensor behind", async () => {
    await selectBackend("wasm");
    const classifier = new DigitClassifier(await loadDigitModel(fileModel(shippedModelPath)));
    const digits = mnistTestDigits(8);
    const before = tf.memory().numTensors;
    const batch = await classifier.classify(digits.map((d) => d.image));
    const single = await Promise.all(digits.map(async (d) => (await classifier.classify([d.image]))[0]!));
    expect(tf.memory().numTensors).toBe(before);
    batch.forEach((c, k) => {
      expect(c.top).toBe(digits[k]!.label);
      expect(c.confidence).toBeCloseTo(single[k]!.confidence, 5);
    });
    expect(await classifier.classify([])).toEqual([]);
    classifier.model.dispose();
  });
});

/** A tiny 11-output model whose answer is set by its biases alone, saved to memory as model.json would be. */
async function biasOnlyModel(biases: number[], metadata: Record<string, unknown> = {}): Promise<tf.io.IOHandler> {
  const model = tfl.sequential({
    layers: [tfl.layers.flatten({ inputShape: [28, 28, 1] }), tfl.layers.dense({ units: biases.length, activation: "softmax", kernelInitializer: "zeros", biasInitializer: "zeros" })],
  });
  model.layers[1]!.setWeights([tf.zeros([784, biases.length]), tf.tensor1d(biases)]);
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = { ...artifacts, userDefinedMetadata: metadata as tf.io.ModelArtifacts["userDefinedMetadata"] };
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
  }));
  model.dispose();
  return tf.io.fromMemory(saved!);
}

describe("an 11-output model ('not a digit' as its last class) with a calibration temperature", () => {
  it("loads, and a box it judges no digit reads as no-digit, reason 'not-a-digit', nothing shown", async () => {
    const reader = await createDigitReader({ model: await biasOnlyModel([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3], { temperature: 2 }), backend: "wasm" });
    const roi = centredSquareRoi(640, 480);
    const reading = await reader.read(drawDigitFrame(mnistTestDigits(1)[0]!.image, { roi }), roi);
    expect(reading.state).toBe("no-digit");
    expect(reading.reason).toBe("not-a-digit");
    expect(reading.digit).toBeNull();
    // softmax of biases / 2: e^1.5 over 9·e^0 + e^0.5 + e^1.5
    expect(reading.notDigit).toBeCloseTo(Math.exp(1.5) / (9 + Math.exp(0.5) + Math.exp(1.5)), 5);
    expect(reading.probabilities).toHaveLength(10);
    expect(reading.probabilities.reduce((a, b) => a + b, 0) + reading.notDigit).toBeCloseTo(1, 5);
    // An empty box never reaches the model: its reason stays 'empty'.
    expect((await reader.read(blankFrame({ roi }), roi)).reason).toBe("empty");
    reader.dispose();
  });

  it("a digit outweighing 'not a digit' is read as before", async () => {
    const reader = await createDigitReader({ model: await biasOnlyModel([0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 1]), backend: "wasm" });
    const roi = centredSquareRoi(640, 480);
    const reading = await reader.read(drawDigitFrame(mnistTestDigits(1)[0]!.image, { roi }), roi);
    expect(reading.state).toBe("digit");
    expect(reading.digit).toBe(7);
    expect(reading.reason).toBeUndefined();
    reader.dispose();
  });

  it("a temperature that is not a positive number is refused at load", async () => {
    for (const temperature of [0, -1, "2", null]) {
      await expect(loadDigitModel(await biasOnlyModel([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], { temperature })), String(temperature)).rejects.toThrow(ModelLoadError);
    }
    await expect(loadDigitModel(await biasOnlyModel([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], { temperature: 0 }))).rejects.toThrow(/temperature must be a positive number/);
  });

  it("a notDigitOffset weighs 'not a digit' down: a box it narrowly wins becomes the digit", async () => {
    const biases = [0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 6.5];
    const roi = centredSquareRoi(640, 480);
    const frame = drawDigitFrame(mnistTestDigits(1)[0]!.image, { roi });
    const plain = await createDigitReader({ model: await biasOnlyModel(biases), backend: "wasm" });
    expect((await plain.read(frame, roi)).reason).toBe("not-a-digit");
    plain.dispose();
    const offset = await createDigitReader({ model: await biasOnlyModel(biases, { notDigitOffset: 2 }), backend: "wasm" });
    const reading = await offset.read(frame, roi);
    expect(reading.digit).toBe(7);
    // softmax of the biases with 2 taken off the last: e^6 over 9·e^0 + e^6 + e^4.5
    expect(reading.confidence).toBeCloseTo(Math.exp(6) / (9 + Math.exp(6) + Math.exp(4.5)), 5);
    offset.dispose();
  });

  it("a notDigitOffset below 0 or not a number is refused at load, with or without a temperature", async () => {
    for (const notDigitOffset of [-1, "1", null, Number.NaN]) {
      await expect(loadDigitModel(await biasOnlyModel([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], { notDigitOffset })), String(notDigitOffset)).rejects.toThrow(/notDigitOffset must be a number ≥ 0/);
    }
  });
});

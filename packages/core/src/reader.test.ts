import { mkdtemp, writeFile, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileModel, shippedModelPath } from "./node.js";
import { centredSquareRoi } from "./preprocess/roi.js";
import type { Frame } from "./frame.js";
import type { PolarityOption } from "./preprocess/preprocess.js";
import { createDigitReader, type DigitReader, type DigitReaderOptions } from "./reader.js";
import { ModelLoadError } from "./model.js";
import { blankFrame, drawDigitFrame, mnistTestDigits } from "./testing/frames.js";

const roi = centredSquareRoi(640, 480);
let reader: DigitReader;

beforeAll(async () => {
  reader = await createDigitReader({ model: fileModel(shippedModelPath), backend: "auto", threshold: 0.8 });
});
afterAll(() => reader.dispose());

describe("reader.read with the shipped model", () => {
  it("runs on the best backend Node offers (wasm)", () => {
    expect(reader.backend).toBe("wasm");
  });

  it("reads MNIST test digits drawn small, large, off-centre, on light and on dark paper (≥ 95%)", async () => {
    const styles = [
      { size: 0.45, offset: [0.18, -0.15], paper: 225, ink: 35 },
      { size: 0.95, offset: [0, 0], paper: 240, ink: 20 },
      { size: 0.7, offset: [-0.1, 0.1], paper: 30, ink: 215 },
      { size: 0.7, offset: [0, 0], paper: 190, ink: 110, gradient: 0.4, noise: 6 },
    ] as const;
    let right = 0;
    let total = 0;
    for (const [i, { image, label }] of mnistTestDigits(40).entries()) {
      const style = styles[i % styles.length]!;
      const reading = await reader.read(drawDigitFrame(image, { roi, ...style, seed: i + 1 }), roi);
      total++;
      if (reading.digit === label) right++;
    }
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });

  it("says no-digit on blank paper without running the model", async () => {
    const reading = await reader.read(blankFrame({ roi, paper: 210, gradient: 0.3, noise: 5 }), roi);
    expect(reading).toMatchObject({ digit: null, state: "no-digit", reason: "empty", modelInput: null, confidence: 0 });
  });

  it("shows no digit for a smudge: ink too soft for a stroke leaves the model's reading in doubt", async () => {
    // A grey smear taller than wide, soft all through (rubbed-out pencil, a thumb).
    const smear = Float32Array.from({ length: 784 }, (_, i) => Math.exp(-(((i % 28) - 13.5) ** 2) / 18 - ((Math.floor(i / 28) - 13.5) ** 2) / 60));
    const reading = await reader.read(drawDigitFrame(smear, { roi, paper: 215, ink: 120, size: 0.6, noise: 3 }), roi);
    expect(reading.modelInput, "the model should have run on the smear").not.toBeNull();
    expect(reading.state).not.toBe("digit");
    expect(reading.confidence).toBeLessThan(0.5 * Math.max(...reading.probabilities));
  });

  it("reports a full reading: probabilities summing to 1, the model input, the polarity", async () => {
    const [{ image, label }] = mnistTestDigits(1) as [{ image: Float32Array; label: number }];
    const reading = await reader.readForVideo(drawDigitFrame(image, { roi, paper: 20, ink: 230 }), 1234, roi);
    expect(reading.digit).toBe(label);
    expect(reading.state).toBe("digit");
    expect(reading.polarity).toBe("light-on-dark");
    expect(reading.probabilities).toHaveLength(10);
    expect(reading.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(reading.confidence).toBe(Math.max(...reading.probabilities));
    expect(reading.modelInput).toHaveLength(784);
    expect(reading.timestamp).toBe(1234);
  });

  it("is unsure below the threshold", async () => {
    const candidates = mnistTestDigits(60);
    const probe = await createDigitReader({ model: fileModel(shippedModelPath), threshold: 0 });
    try {
      for (const { image } of candidates) {
        const frame = drawDigitFrame(image, { roi, paper: 170, ink: 120, size: 0.5 });
        const loose = await probe.read(frame, roi);
        if (loose.state !== "digit" || loose.confidence >= 1) continue;
        probe.setOptions({ threshold: Math.min(1, loose.confidence + 1e-6) });
        const strict = await probe.read(frame, roi);
        expect(strict).toMatchObject({ state: "unsure", digit: null });
        expect(strict.confidence).toBeCloseTo(loose.confidence, 6);
        return;
      }
      throw new Error("no test digit had a confidence below 1");
    } finally {
      probe.dispose();
    }
  });

  it("with smoothing, shows a video's digit only once it is steady", async () => {
    const smooth = await createDigitReader({ model: fileModel(shippedModelPath), smoothing: { window: 5, minAgreeing: 3 } });
    try {
      const [{ image, label }] = mnistTestDigits(1) as [{ image: Float32Array; label: number }];
      const frame = drawDigitFrame(image, { roi });
      const digits = [];
      for (let i = 0; i < 3; i++) digits.push((await smooth.readForVideo(frame, i * 33, roi)).digit);
      expect(digits).toEqual([null, null, label]);
    } finally {
      smooth.dispose();
    }
  });

  it("a still read is never smoothed and leaves the video's smoothing history alone", async () => {
    const smooth = await createDigitReader({ model: fileModel(shippedModelPath), smoothing: { window: 3, minAgreeing: 2 } });
    try {
      const [first, second] = mnistTestDigits(2) as [{ image: Float32Array; label: number }, { image: Float32Array; label: number }];
      expect(first.label).not.toBe(second.label);
      const video = drawDigitFrame(first.image, { roi });
      const photo = drawDigitFrame(second.image, { roi });
      const blank = blankFrame({ roi });
      expect((await smooth.readForVideo(video, 0, roi)).digit).toBeNull();
      // Photos of another digit and of nothing, read between two frames of the video: with
      // them in the history, the video's digit would fall short of 2 of the last 3.
      expect((await smooth.read(photo, roi)).digit).toBe(second.label);
      expect((await smooth.read(blank, roi)).state).toBe("no-digit");
      expect((await smooth.readForVideo(video, 33, roi)).digit).toBe(first.label);
    } finally {
      smooth.dispose();
    }
  });

  it("readForVideo needs the frame's timestamp; read stamps a still with the time it was read", async () => {
    await expect(reader.readForVideo(blankFrame({ roi }), Number.NaN, roi)).rejects.toThrow(/timestamp in milliseconds/);
    const before = performance.now();
    const still = await reader.read(blankFrame({ roi }), roi);
    expect(still.timestamp).toBeGreaterThanOrEqual(before);
    expect(still.timestamp).toBeLessThanOrEqual(performance.now());
  });

  it("leaks no tensors over 1,000 frames", async () => {
    const digits = mnistTestDigits(10);
    const small = { x: 20, y: 20, width: 120, height: 120 };
    const frames = [
      ...digits.map(({ image }, i) => drawDigitFrame(image, { width: 160, height: 160, roi: small, paper: i % 2 ? 30 : 230, ink: i % 2 ? 220 : 30 })),
      blankFrame({ width: 160, height: 160, roi: small }),
    ];
    await reader.read(frames[0]!, small); // warm up lazily created state
    const before = tf.memory().numTensors;
    for (let i = 0; i < 1000; i++) await reader.read(frames[i % frames.length]!, small);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("bad input gets a clear message", () => {
  it("an empty frame or a box outside the frame", async () => {
    await expect(reader.read({ width: 0, height: 0, data: new Uint8ClampedArray(0) })).rejects.toThrow(/0×0/);
    await expect(reader.read(blankFrame({ roi }), { x: 700, y: 0, width: 50, height: 50 })).rejects.toThrow(/outside the 640×480 frame/);
  });

  it("odd frame sizes still read", async () => {
    const odd = { x: 3, y: 5, width: 97, height: 61 };
    const [{ image, label }] = mnistTestDigits(1) as [{ image: Float32Array; label: number }];
    const reading = await reader.read(drawDigitFrame(image, { width: 103, height: 71, roi: odd }), odd);
    expect(reading.digit).toBe(label);
  });

  it("a corrupt or truncated model file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "livedigits-corrupt-"));
    await writeFile(join(dir, "model.json"), "{ this is not json");
    await expect(createDigitReader({ model: fileModel(join(dir, "model.json")) })).rejects.toThrow(ModelLoadError);
    await copyFile(shippedModelPath, join(dir, "model.json"));
    await writeFile(join(dir, "weights.bin"), new Uint8Array(100));
    await expect(createDigitReader({ model: fileModel(join(dir, "model.json")) })).rejects.toThrow(/could not be loaded/);
  });

  it("something that is not a frame: nothing, no pixels, pixels of the wrong type, a frame too small for the default box", async () => {
    await expect(reader.read(null as unknown as Frame)).rejects.toThrow(/No frame to read \(got null\)/);
    await expect(reader.readForVideo(undefined as unknown as Frame, 0)).rejects.toThrow(/No frame to read \(got undefined\)/);
    await expect(reader.read({ width: 640, height: 480 } as unknown as Frame)).rejects.toThrow(/The frame has no pixels to read/);
    await expect(reader.read({ width: 2, height: 2, data: new Array(16).fill(0) } as unknown as Frame)).rejects.toThrow(/RGBA bytes, a Uint8ClampedArray or Uint8Array/);
    await expect(reader.read({ width: 1, height: 100, data: new Uint8ClampedArray(400) })).rejects.toThrow(/The frame is 1×100: too small for the default box/);
    // With a box of its own, such a frame reads.
    expect((await reader.read({ width: 1, height: 100, data: new Uint8ClampedArray(400) }, { x: 0, y: 0, width: 1, height: 100 })).state).toBe("no-digit");
  });

  it("settings it cannot use, naming the setting and the values it takes", () => {
    expect(() => reader.setOptions({ threshold: null as unknown as number })).toThrow(TypeError);
    expect(() => reader.setOptions({ threshold: null as unknown as number })).toThrow(/threshold must be a number between 0 and 1; got null/);
    expect(() => reader.setOptions({ threshold: Number.NaN })).toThrow(/between 0 and 1/);
    expect(() => reader.setOptions({ polarity: "dark" as PolarityOption })).toThrow(/polarity must be one of "auto", "dark-on-light", "light-on-dark"; got "dark"/);
    expect(() => reader.setOptions({ smoothing: { window: Number.POSITIVE_INFINITY, minAgreeing: 3 } })).toThrow(/smoothing.window must be a whole number of frames, at least 1; got Infinity/);
    expect(() => reader.setOptions({ smoothing: { window: 4.5, minAgreeing: 3 } })).toThrow(RangeError);
    expect(() => reader.setOptions({ smoothing: { window: 5, minAgreeing: 2.5 } })).toThrow(/smoothing.minAgreeing must be a whole number from 1 to the window/);
    expect(() => reader.setOptions({ smoothing: "on" as unknown as boolean })).toThrow(/smoothing must be true, false or \{ window, minAgreeing \}/);
  });

  it("a refused setting changes none of the others given with it", async () => {
    const probe = await createDigitReader({ model: fileModel(shippedModelPath) });
    try {
      expect(() => probe.setOptions({ smoothing: true, threshold: 5 })).toThrow(/threshold/);
      const [{ image, label }] = mnistTestDigits(1) as [{ image: Float32Array; label: number }];
      // Smoothing, had it been switched on, would hold back the first frame's digit.
      expect((await probe.readForVideo(drawDigitFrame(image, { roi }), 0, roi)).digit).toBe(label);
    } finally {
      probe.dispose();
    }
  });

  it("invalid options are refused before the model loads, so nothing leaks", async () => {
    const before = tf.memory().numTensors;
    const bad: Partial<DigitReaderOptions>[] = [{ threshold: 2 }, { smoothing: { window: 3.5, minAgreeing: 2 } }, { polarity: "sideways" as PolarityOption }];
    for (const options of bad) {
      await expect(createDigitReader({ model: fileModel(shippedModelPath), ...options }), JSON.stringify(options)).rejects.toThrow(/threshold|smoothing|polarity/);
      expect(tf.memory().numTensors, JSON.stringify(options)).toBe(before);
    }
  });

  it("a threshold outside 0…1, and reading after dispose", async () => {
    expect(() => reader.setOptions({ threshold: 1.5 })).toThrow(/between 0 and 1/);
    const gone = await createDigitReader({ model: fileModel(shippedModelPath) });
    gone.dispose();
    await expect(gone.read(blankFrame({ roi }))).rejects.toThrow(/disposed/);
  });
});

import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/register_all_gradients";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, describe, expect, it } from "vitest";
import { conv2dFilterGradient, conv2dInputGradient } from "./conv2d-gradient.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const maxRelativeError = (a: tf.Tensor, b: tf.Tensor) =>
  tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]! / Math.max(1e-6, tf.max(tf.abs(b)).dataSync()[0]!));

describe("portable Conv2D gradient (what training on wasm uses)", () => {
  const cases = [
    { kernel: 3, pad: "same", stride: 1 },
    { kernel: 5, pad: "same", stride: 1 },
    { kernel: 4, pad: "same", stride: 1 },
    { kernel: 3, pad: "valid", stride: 1 },
    { kernel: 3, pad: "same", stride: 2 },
    { kernel: 2, pad: "valid", stride: 2 },
  ] as const;

  for (const { kernel, pad, stride } of cases) {
    it(`matches the cpu backend's own kernels: ${kernel}×${kernel}, ${pad}, stride ${stride}`, () => {
      tf.tidy(() => {
        const x = tf.randomNormal([3, 11, 9, 4], 0, 1, "float32", 1) as tf.Tensor4D;
        const w = tf.randomNormal([kernel, kernel, 4, 5], 0, 1, "float32", 2) as tf.Tensor4D;
        const y = tf.conv2d(x, w, stride, pad);
        const dy = tf.randomNormal(y.shape, 0, 1, "float32", 3) as tf.Tensor4D;
        const expectedDx = tf.conv2dTranspose(dy, w, x.shape, stride, pad);
        const expectedDw = tf.grad((filter: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(x, filter as tf.Tensor4D, stride, pad), dy)))(w);
        expect(maxRelativeError(conv2dInputGradient(dy, w, x.shape, stride, pad), expectedDx)).toBeLessThan(1e-5);
        expect(maxRelativeError(conv2dFilterGradient(x, dy, w.shape, stride, pad), expectedDw)).toBeLessThan(1e-5);
      });
    });
  }

  it("allocates nothing that outlives the call", () => {
    const x = tf.randomNormal([2, 8, 8, 3]) as tf.Tensor4D;
    const dy = tf.randomNormal([2, 8, 8, 4]) as tf.Tensor4D;
    const w = tf.randomNormal([3, 3, 3, 4]) as tf.Tensor4D;
    const before = tf.memory().numTensors;
    conv2dFilterGradient(x, dy, w.shape, 1, "same").dispose();
    conv2dInputGradient(dy, w, x.shape, 1, "same").dispose();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, dy, w]);
  });
});

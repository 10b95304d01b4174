import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/register_all_gradients";
import "@tensorflow/tfjs-backend-cpu";
import { expect, it } from "vitest";
import { registerBroadcastBatchNormGradient } from "./batchnorm-gradient.js";

it("the broadcast batch-norm gradient equals the stock one for every input", async () => {
  await tf.setBackend("cpu");
  const x = tf.randomNormal([4, 5, 5, 3], 0, 1, "float32", 1);
  const mean = tf.randomNormal([3], 0, 1, "float32", 2);
  const variance = tf.randomUniform([3], 0.5, 2, "float32", 3);
  const offset = tf.randomNormal([3], 0, 1, "float32", 4);
  const scale = tf.randomNormal([3], 0, 1, "float32", 5);
  const dy = tf.randomNormal([4, 5, 5, 3], 0, 1, "float32", 6);
  const gradients = () =>
    tf.grads((a: tf.Tensor, m: tf.Tensor, v: tf.Tensor, o: tf.Tensor, s: tf.Tensor) =>
      tf.sum(tf.mul(tf.batchNorm(a, m, v, o, s, 1e-3), dy)),
    )([x, mean, variance, offset, scale]);
  const stock = gradients().map((t) => Array.from(t.dataSync()));
  registerBroadcastBatchNormGradient();
  const ours = gradients().map((t) => Array.from(t.dataSync()));
  stock.forEach((expected, i) => ours[i]!.forEach((v, j) => expect(v).toBeCloseTo(expected[j]!, 4)));
});

import * as tf from "@tensorflow/tfjs-core";

/**
 * The stock FusedBatchNorm gradient tiles 1/√var to the full activation shape
 * before multiplying; on wasm that Tile costs about a third of a training
 * step. Broadcasting gives the same result without the copy.
 */
export function registerBroadcastBatchNormGradient(): void {
  tf.registerGradient({
    kernelName: tf.FusedBatchNorm,
    inputsToSave: ["x", "mean", "variance", "scale"],
    gradFunc: (dyOrList, saved, attrs) => {
      const dy = dyOrList as tf.Tensor;
      const { varianceEpsilon } = attrs as unknown as tf.FusedBatchNormAttrs;
      const [x, mean, variance, scale] = saved as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor | undefined];
      const scaleValue = scale ?? tf.scalar(1);
      const reductionAxes = tf.backend_util.getReductionAxes(mean.shape, x.shape);
      const reduce = (t: tf.Tensor) => tf.reshape(reductionAxes.length > 0 ? tf.sum(t, reductionAxes) : t, mean.shape);
      const rsqrtVariance = tf.rsqrt(tf.add(variance, tf.scalar(varianceEpsilon)));
      const xMinusMean = () => tf.sub(x, mean);
      const dyTimesScale = () => tf.mul(dy, scaleValue);
      return {
        x: () => tf.mul(dy, tf.mul(rsqrtVariance, scaleValue)),
        mean: () => reduce(tf.mul(dyTimesScale(), tf.neg(rsqrtVariance))),
        variance: () =>
          reduce(tf.mul(tf.mul(xMinusMean(), dyTimesScale()), tf.mul(tf.pow(rsqrtVariance, 3), tf.scalar(-0.5)))),
        scale: () => reduce(tf.mul(dy, tf.mul(xMinusMean(), rsqrtVariance))),
        offset: () => reduce(dy),
      };
    },
  });
}

import * as tf from "@tensorflow/tfjs-core";

/**
 * The wasm backend has no Conv2DBackpropFilter kernel, so training a CNN on it
 * fails. We re-register the Conv2D gradient so the filter gradient is built
 * from ops every backend has (a dilated conv2d over transposed tensors); the
 * input gradient stays conv2dTranspose. Registered as a gradient, not a wasm
 * kernel, because a kernel that calls ops leaks tensors.
 */
export function registerPortableConv2DGradient(): void {
  unfuseConv2d();
  tf.registerGradient({
    kernelName: tf.Conv2D,
    inputsToSave: ["x", "filter"],
    gradFunc: (dy, saved, attrs) => {
      const [x, filter] = saved as [tf.Tensor4D, tf.Tensor4D];
      const { strides, pad, dataFormat, dilations } = attrs as unknown as tf.Conv2DAttrs;
      if (dataFormat !== "NHWC") throw new Error(`Conv2D gradient: only NHWC is supported, got ${dataFormat}`);
      if (!isOne(dilations)) throw new Error("Conv2D gradient: dilated convolutions are not supported");
      if (typeof pad !== "string") throw new Error("Conv2D gradient: only 'same' and 'valid' padding are supported");
      const dy4 = dy as tf.Tensor4D;
      return {
        x: () => conv2dInputGradient(dy4, filter, x.shape, strides, pad),
        filter: () => conv2dFilterGradient(x, dy4, filter.shape, strides, pad),
      };
    },
  });
}

function isOne(v: number | [number, number] | undefined): boolean {
  return v === undefined || v === 1 || (Array.isArray(v) && v[0] === 1 && v[1] === 1);
}

/**
 * For stride 1 the input gradient is a plain convolution of dy with the
 * flipped, channel-swapped filter; wasm's Conv2D (XNNPACK) is several times
 * faster than its Conv2DBackpropInput. Other strides use conv2dTranspose.
 */
export function conv2dInputGradient(
  dy: tf.Tensor4D,
  filter: tf.Tensor4D,
  xShape: [number, number, number, number],
  strides: number | [number, number],
  pad: "same" | "valid",
): tf.Tensor4D {
  const [strideH, strideW] = typeof strides === "number" ? [strides, strides] : strides;
  if (strideH !== 1 || strideW !== 1) return tf.conv2dTranspose(dy, filter, xShape, strides, pad);
  return tf.tidy(() => {
    const [kh, kw] = filter.shape;
    const flipped = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]);
    // Pad dy so a 'valid' conv yields exactly x's size: k-1 minus what 'same' already padded.
    const [, inH, inW] = xShape;
    const [, outH, outW] = dy.shape;
    const totalH = inH + kh - 1 - outH;
    const totalW = inW + kw - 1 - outW;
    const top = pad === "same" ? kh - 1 - Math.floor((kh - 1) / 2) : kh - 1;
    const left = pad === "same" ? kw - 1 - Math.floor((kw - 1) / 2) : kw - 1;
    const padded = tf.pad(dy, [[0, 0], [top, totalH - top], [left, totalW - left], [0, 0]]);
    return tf.conv2d(padded, flipped, 1, "valid");
  });
}

/** dW[kh,kw,ci,co] = Σ_b,oh,ow x[b, oh·s+kh, ow·s+kw, ci] · dy[b,oh,ow,co], as one conv2d. */
export function conv2dFilterGradient(
  x: tf.Tensor4D,
  dy: tf.Tensor4D,
  filterShape: [number, number, number, number],
  strides: number | [number, number],
  pad: "same" | "valid",
): tf.Tensor4D {
  return tf.tidy(() => {
    const [strideH, strideW] = typeof strides === "number" ? [strides, strides] : strides;
    const [kh, kw] = filterShape;
    const [, inH, inW] = x.shape;
    const [, outH, outW] = dy.shape;
    let xT = tf.transpose(x, [3, 1, 2, 0]); // [inC, H, W, batch]: batch acts as channels
    if (pad === "same") {
      const padH = Math.max((outH - 1) * strideH + kh - inH, 0);
      const padW = Math.max((outW - 1) * strideW + kw - inW, 0);
      const top = Math.floor(padH / 2);
      const left = Math.floor(padW / 2);
      xT = tf.pad(xT, [[0, 0], [top, padH - top], [left, padW - left], [0, 0]]);
    }
    const dyT = tf.transpose(dy, [1, 2, 0, 3]); // [outH, outW, batch, outC]: the "filter"
    const full = tf.conv2d(xT, dyT, 1, "valid", "NHWC", [strideH, strideW]); // [inC, ≥kh, ≥kw, outC]
    const sliced = tf.slice(full, [0, 0, 0, 0], [full.shape[0], kh, kw, full.shape[3]]);
    return tf.transpose(sliced, [1, 2, 0, 3]);
  });
}

type FusedConv2d = typeof tf.fused.conv2d;

/**
 * tf.fused.conv2d carries its own gradient that calls Conv2DBackpropFilter
 * directly, bypassing the registry; tfjs-layers uses it for every Conv2D layer.
 * Training replaces it with the unfused ops (same maths) so the gradient above
 * applies. Only the Node bundle's `fused` object is mutable, which is all
 * training needs.
 */
function unfuseConv2d(): void {
  const fused = tf.fused as { conv2d: FusedConv2d };
  fused.conv2d = ((args: Parameters<FusedConv2d>[0]) => {
    const { x, filter, strides, pad, dataFormat, dilations, dimRoundingMode, bias, activation, leakyreluAlpha } = args;
    return tf.tidy(() => {
      let y = tf.conv2d(x as tf.Tensor4D, filter as tf.Tensor4D, strides, pad, dataFormat, dilations, dimRoundingMode);
      if (bias != null) y = tf.add(y, bias);
      switch (activation ?? "linear") {
        case "linear": return y;
        case "relu": return tf.relu(y);
        case "relu6": return tf.relu6(y);
        case "elu": return tf.elu(y);
        case "sigmoid": return tf.sigmoid(y);
        case "leakyrelu": return tf.leakyRelu(y, leakyreluAlpha);
        default: throw new Error(`unfused conv2d: activation '${activation}' is not supported`);
      }
    });
  }) as FusedConv2d;
}

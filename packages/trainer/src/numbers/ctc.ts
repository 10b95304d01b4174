// Connectionist temporal classification (Graves et al., 2006): the loss of a model that
// reads a strip column by column, with no telling where each digit starts. TF.js has no
// CTC op; the forward–backward pass runs here in plain arrays (a batch's lattice is
// tiny) and hands TF.js the exact gradient through customGrad.
import * as tf from "@tensorflow/tfjs-core";

export interface CtcResult {
  /** −log P(label | logits), per sample. */
  readonly losses: Float64Array;
  /** d(mean loss)/d(logits), the logits' shape. */
  readonly gradient: Float32Array;
}

/**
 * The CTC loss of each sample and the gradient of their mean with respect to the logits.
 * `logits`: batch × steps × classes (row-major), the last class the blank; `labels`: each
 * sample's symbols (0 … classes − 2).
 */
export function ctcLossAndGradient(logits: Float32Array, batch: number, steps: number, classes: number, labels: readonly (readonly number[])[]): CtcResult {
  const blank = classes - 1;
  const losses = new Float64Array(batch);
  const gradient = new Float32Array(logits.length);
  const logProbs = new Float64Array(steps * classes);
  for (let b = 0; b < batch; b++) {
    const offset = b * steps * classes;
    for (let t = 0; t < steps; t++) {
      let max = -Infinity;
      for (let c = 0; c < classes; c++) max = Math.max(max, logits[offset + t * classes + c]!);
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += Math.exp(logits[offset + t * classes + c]! - max);
      const logSum = max + Math.log(sum);
      for (let c = 0; c < classes; c++) logProbs[t * classes + c] = logits[offset + t * classes + c]! - logSum;
    }
    const label = labels[b]!;
    // The label with blanks around and between its symbols.
    const extended = [blank];
    for (const symbol of label) extended.push(symbol, blank);
    const states = extended.length;
    const alpha = new Float64Array(steps * states).fill(-Infinity);
    const beta = new Float64Array(steps * states).fill(-Infinity);
    const emit = (t: number, s: number) => logProbs[t * classes + extended[s]!]!;
    // A state may be skipped from two back unless it is a blank or repeats the symbol there.
    const canSkip = (s: number) => s >= 2 && extended[s] !== blank && extended[s] !== extended[s - 2];
    alpha[0] = emit(0, 0);
    if (states > 1) alpha[1] = emit(0, 1);
    for (let t = 1; t < steps; t++) {
      for (let s = 0; s < states; s++) {
        const prev = (t - 1) * states;
        let a = alpha[prev + s]!;
        if (s >= 1) a = logAdd(a, alpha[prev + s - 1]!);
        if (canSkip(s)) a = logAdd(a, alpha[prev + s - 2]!);
        alpha[t * states + s] = a + emit(t, s);
      }
    }
    const last = (steps - 1) * states;
    beta[last + states - 1] = emit(steps - 1, states - 1);
    if (states > 1) beta[last + states - 2] = emit(steps - 1, states - 2);
    for (let t = steps - 2; t >= 0; t--) {
      for (let s = 0; s < states; s++) {
        const next = (t + 1) * states;
        let v = beta[next + s]!;
        if (s + 1 < states) v = logAdd(v, beta[next + s + 1]!);
        if (s + 2 < states && canSkip(s + 2)) v = logAdd(v, beta[next + s + 2]!);
        beta[t * states + s] = v + emit(t, s);
      }
    }
    const logLikelihood = states > 1 ? logAdd(alpha[last + states - 1]!, alpha[last + states - 2]!) : alpha[last]!;
    // A label too long for the steps has no path: no loss to learn from.
    if (!Number.isFinite(logLikelihood)) continue;
    losses[b] = -logLikelihood;
    // d(−log P)/d(logit) = softmax − the posterior of passing through the class at that step.
    const posterior = new Float64Array(classes);
    for (let t = 0; t < steps; t++) {
      posterior.fill(0);
      for (let s = 0; s < states; s++) {
        const k = t * states + s;
        posterior[extended[s]!]! += Math.exp(alpha[k]! + beta[k]! - emit(t, s) - logLikelihood);
      }
      for (let c = 0; c < classes; c++) {
        gradient[offset + t * classes + c] = (Math.exp(logProbs[t * classes + c]!) - posterior[c]!) / batch;
      }
    }
  }
  return { losses, gradient };
}

/** The mean CTC loss of a batch of logits [batch, steps, classes] as a differentiable scalar. */
export function ctcLoss(logits: tf.Tensor3D, labels: readonly (readonly number[])[]): tf.Scalar {
  const [batch, steps, classes] = logits.shape;
  const loss = tf.customGrad((...inputs: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const x = inputs[0] as tf.Tensor;
    const { losses, gradient } = ctcLossAndGradient(x.dataSync() as Float32Array, batch, steps, classes, labels);
    let sum = 0;
    for (const l of losses) sum += l;
    return { value: tf.scalar(sum / batch), gradFunc: (dy: tf.Tensor) => tf.mul(dy, tf.tensor3d(gradient, [batch, steps, classes])) };
  });
  return loss(logits) as tf.Scalar;
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const max = Math.max(a, b);
  return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
}

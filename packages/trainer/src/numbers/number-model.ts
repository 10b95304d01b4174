import * as tfl from "@tensorflow/tfjs-layers";
import { STRIP_HEIGHT, STRIP_WIDTH } from "@livedigits/core/numbers";

/** Ten digits and CTC's blank, last. */
export const NUMBER_CLASSES = 11;
/** The strip's columns pooled into one step of the reading. */
export const STEP_WIDTH = 4;

/**
 * Reads a number's strip (28 × 128, ink 1 on 0) as a sequence: a small CNN pools the strip's
 * height away and its width by STEP_WIDTH, and each step (a few columns, a digit's stroke
 * or the gap between digits) gets logits over the ten digits and the blank. A wider
 * convolution over the steps gives each one the context of its neighbours, so a digit
 * whose ink runs into the next is told apart from it. Stock layers only.
 */
export function buildNumberModel(): tfl.LayersModel {
  const input = tfl.input({ shape: [STRIP_HEIGHT, STRIP_WIDTH, 1], name: "strip" });
  let h = tfl.layers.conv2d({ filters: 16, kernelSize: 3, padding: "same", activation: "relu", name: "conv1" }).apply(input) as tfl.SymbolicTensor;
  h = tfl.layers.maxPooling2d({ poolSize: 2, name: "pool1" }).apply(h) as tfl.SymbolicTensor;
  const block = (filters: number, kernelSize: [number, number], padding: "same" | "valid", name: string) => {
    h = tfl.layers.conv2d({ filters, kernelSize, padding, useBias: false, name: `${name}_conv` }).apply(h) as tfl.SymbolicTensor;
    h = tfl.layers.batchNormalization({ name: `${name}_bn` }).apply(h) as tfl.SymbolicTensor;
    h = tfl.layers.reLU({ name: `${name}_relu` }).apply(h) as tfl.SymbolicTensor;
  };
  block(32, [3, 3], "same", "block2");
  h = tfl.layers.maxPooling2d({ poolSize: 2, name: "pool2" }).apply(h) as tfl.SymbolicTensor;
  block(64, [3, 3], "same", "block3");
  h = tfl.layers.maxPooling2d({ poolSize: [2, 1], name: "pool3" }).apply(h) as tfl.SymbolicTensor;
  // The remaining rows (3) into one: each step sees its columns' whole height.
  block(64, [3, 1], "valid", "rows");
  h = tfl.layers.dropout({ rate: 0.2, name: "dropout" }).apply(h) as tfl.SymbolicTensor;
  block(64, [1, 5], "same", "context");
  h = tfl.layers.conv2d({ filters: NUMBER_CLASSES, kernelSize: 1, name: "step_logits" }).apply(h) as tfl.SymbolicTensor;
  const steps = STRIP_WIDTH / STEP_WIDTH;
  const output = tfl.layers.reshape({ targetShape: [steps, NUMBER_CLASSES], name: "logits" }).apply(h) as tfl.SymbolicTensor;
  return tfl.model({ inputs: input, outputs: output, name: "livedigits_numbers" });
}

import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";

export interface LiveDigitsArchitecture {
  readonly name: "livedigits";
  /** Filters of the polarity-invariant stem, the middle blocks and the last block. */
  readonly filters: readonly [number, number, number];
  readonly dropout: number;
}

/** The Python prototype's CNN, kept as the benchmarks' baseline. */
export interface PrototypeArchitecture {
  readonly name: "prototype";
}

export type ArchitectureOptions = LiveDigitsArchitecture | PrototypeArchitecture;

export const defaultArchitecture: LiveDigitsArchitecture = { name: "livedigits", filters: [16, 32, 64], dropout: 0.3 };
export const prototypeArchitecture: PrototypeArchitecture = { name: "prototype" };

/** Outputs of a model trained with non-digit marks: the ten digits, then "not a digit" (core reads class 10 so). */
export const WITH_NOT_A_DIGIT = 11;

/** `classes`: 10 digits, or 11 with "not a digit" last. */
export function buildModel(architecture: ArchitectureOptions, classes = 10): tfl.LayersModel {
  return architecture.name === "prototype" ? buildPrototypeModel(classes) : buildDigitModel(architecture, classes);
}

export function describeArchitecture(architecture: ArchitectureOptions): string {
  return architecture.name === "prototype"
    ? "the prototype's CNN (conv32 5×5, pool, conv64 5×5, pool, dense 128, dense 10)"
    : `filters ${architecture.filters.join("/")}, dropout ${architecture.dropout}`;
}

/**
 * A small CNN whose first layer cannot tell dark ink from light ink.
 * Input x is centred (x − 0.5) and convolved without bias, then |·| is taken
 * (as relu(z) + relu(−z)): inverting the image (1 − x) negates z, so every
 * later layer sees exactly the same features. The model therefore reads
 * inverted digits exactly as well as normal ones — the prototype's founding
 * lesson, built into the architecture — while training still shows it both.
 * Built only from stock layers, so any TF.js LayersModel loader reads it.
 */
export function buildDigitModel(options: LiveDigitsArchitecture = defaultArchitecture, classes = 10): tfl.LayersModel {
  const [stem, middle, last] = options.filters;
  const input = tfl.input({ shape: [28, 28, 1], name: "digit" });
  const centred = tfl.layers.rescaling({ scale: 1, offset: -0.5, name: "centre" }).apply(input) as tfl.SymbolicTensor;
  const z = tfl.layers.conv2d({ filters: stem, kernelSize: 5, padding: "same", useBias: false, name: "stem_conv" }).apply(centred) as tfl.SymbolicTensor;
  const minusZ = tfl.layers.rescaling({ scale: -1, offset: 0, name: "stem_negate" }).apply(z) as tfl.SymbolicTensor;
  const magnitude = tfl.layers
    .add({ name: "stem_abs" })
    .apply([tfl.layers.reLU({ name: "stem_pos" }).apply(z), tfl.layers.reLU({ name: "stem_neg" }).apply(minusZ)] as tfl.SymbolicTensor[]) as tfl.SymbolicTensor;
  let h = tfl.layers.maxPooling2d({ poolSize: 2, name: "stem_pool" }).apply(magnitude) as tfl.SymbolicTensor;
  h = tfl.layers.batchNormalization({ name: "stem_bn" }).apply(h) as tfl.SymbolicTensor;
  const block = (filters: number, padding: "same" | "valid", name: string) => {
    h = tfl.layers.conv2d({ filters, kernelSize: 3, padding, useBias: false, name: `${name}_conv` }).apply(h) as tfl.SymbolicTensor;
    h = tfl.layers.batchNormalization({ name: `${name}_bn` }).apply(h) as tfl.SymbolicTensor;
    h = tfl.layers.reLU({ name: `${name}_relu` }).apply(h) as tfl.SymbolicTensor;
  };
  block(middle, "same", "block1");
  block(middle, "same", "block2");
  h = tfl.layers.maxPooling2d({ poolSize: 2, name: "pool2" }).apply(h) as tfl.SymbolicTensor;
  block(last, "valid", "block3");
  h = tfl.layers.flatten({ name: "flatten" }).apply(h) as tfl.SymbolicTensor;
  h = tfl.layers.dropout({ rate: options.dropout, name: "dropout" }).apply(h) as tfl.SymbolicTensor;
  const output = tfl.layers.dense({ units: classes, activation: "softmax", name: "probabilities" }).apply(h) as tfl.SymbolicTensor;
  return tfl.model({ inputs: input, outputs: output, name: "livedigits" });
}

/**
 * The Python prototype's Keras CNN, layer for layer (184,586 parameters): it
 * takes the whole box resized to 28×28, either polarity, values 0…1.
 */
export function buildPrototypeModel(classes = 10): tfl.LayersModel {
  return tfl.sequential({
    name: "prototype",
    layers: [
      tfl.layers.conv2d({ inputShape: [28, 28, 1], filters: 32, kernelSize: 5, activation: "relu", name: "conv1" }),
      tfl.layers.maxPooling2d({ poolSize: 2, name: "pool1" }),
      tfl.layers.conv2d({ filters: 64, kernelSize: 5, activation: "relu", name: "conv2" }),
      tfl.layers.maxPooling2d({ poolSize: 2, name: "pool2" }),
      tfl.layers.flatten({ name: "flatten" }),
      tfl.layers.dense({ units: 128, activation: "relu", name: "dense" }),
      tfl.layers.dense({ units: classes, activation: "softmax", name: "probabilities" }),
    ],
  });
}

export function compileForTraining(model: tfl.LayersModel, learningRate: number): tf.AdamOptimizer {
  const optimizer = tf.train.adam(learningRate);
  model.compile({ optimizer, loss: "categoricalCrossentropy", metrics: ["accuracy"] });
  return optimizer;
}

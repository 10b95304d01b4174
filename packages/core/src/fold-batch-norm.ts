// At inference a batch normalisation after a convolution is a fixed scale and shift of each
// output channel, which the convolution's kernel and bias can carry themselves; a ReLU after it
// can run inside the convolution too. Folded, the models run fewer operations per read with
// the same arithmetic up to float rounding. Works on model.json's topology and the decoded
// weights, before the layers are built, so the built model is an ordinary layers model.

/** A weight as decoded from the model's files: its values and shape. */
export interface Weight {
  readonly values: Float32Array;
  readonly shape: readonly number[];
}

/** model.json's layer entry (Keras' functional-model JSON), as far as folding reads it. */
interface LayerJson {
  name: string;
  class_name: string;
  config: Record<string, unknown>;
  inbound_nodes: unknown[];
}

interface FunctionalTopology {
  class_name: string;
  config: { layers: LayerJson[]; output_layers: unknown[]; [key: string]: unknown };
  [key: string]: unknown;
}

export interface Folded {
  readonly topology: unknown;
  readonly weights: Readonly<Record<string, Weight>>;
  /** How many batch normalisations were folded into the convolutions before them. */
  readonly foldedCount: number;
}

/**
 * The model with every batch normalisation that follows a convolution (its only input, and the
 * convolution's only consumer) folded into that convolution, and a plain ReLU right after it
 * run as the convolution's activation. Anything else (a normalisation before a convolution, whose
 * zero padding would no longer match) is left as it is; a topology this cannot read is returned unchanged.
 */
export function foldBatchNorms(topology: unknown, weights: Readonly<Record<string, Weight>>): Folded {
  const unchanged: Folded = { topology, weights, foldedCount: 0 };
  const model = functionalTopology(topology);
  if (model === null) return unchanged;
  const layers = model.config.layers.map((layer) => structuredClone(layer));
  const outputs = structuredClone(model.config.output_layers);
  const folded: Record<string, Weight> = { ...weights };
  const removed = new Set<string>();
  let foldedCount = 0;
  for (const conv of layers) {
    if (conv.class_name !== "Conv2D" || conv.config.activation !== "linear" || conv.config.data_format !== "channels_last") continue;
    const norm = onlyConsumer(layers, outputs, conv.name);
    if (norm?.class_name !== "BatchNormalization" || !normalisesChannels(norm) || inputsOf(norm).length !== 1) continue;
    const foldedWeights = foldWeights(conv, norm, folded);
    if (foldedWeights === null) continue;
    Object.assign(folded, foldedWeights.set);
    for (const name of foldedWeights.dropped) delete folded[name];
    conv.config.use_bias = true;
    removed.add(norm.name);
    let last = norm.name;
    const relu = onlyConsumer(layers, outputs, norm.name);
    if (relu !== null && isPlainRelu(relu)) {
      conv.config.activation = "relu";
      removed.add(relu.name);
      last = relu.name;
    }
    rename(layers, outputs, last, conv.name);
    foldedCount++;
  }
  if (foldedCount === 0) return unchanged;
  return {
    topology: { ...model, config: { ...model.config, layers: layers.filter((l) => !removed.has(l.name)), output_layers: outputs } },
    weights: folded,
    foldedCount,
  };
}

/** The topology as the trainer writes it, a functional model; null for any other kind. */
function functionalTopology(topology: unknown): FunctionalTopology | null {
  const model = topology as Partial<FunctionalTopology> | null;
  if (model?.class_name !== "Model" && model?.class_name !== "Functional") return null;
  const config = model.config;
  if (!Array.isArray(config?.layers) || !Array.isArray(config.output_layers)) return null;
  return model as FunctionalTopology;
}

/** The names of the layers a layer takes its (single node's) inputs from. */
function inputsOf(layer: LayerJson): string[] {
  const [node] = layer.inbound_nodes as unknown[][];
  return Array.isArray(node) ? node.map((entry) => (entry as unknown[])[0] as string) : [];
}

/** The one layer that reads `name`'s output, if only one does and it is no output of the model. */
function onlyConsumer(layers: readonly LayerJson[], outputs: readonly unknown[], name: string): LayerJson | null {
  if (outputs.some((entry) => (entry as unknown[])[0] === name)) return null;
  const consumers = layers.filter((l) => l.inbound_nodes.length > 0 && inputsOf(l).includes(name));
  return consumers.length === 1 && consumers[0]!.inbound_nodes.length === 1 ? consumers[0]! : null;
}

function normalisesChannels(norm: LayerJson): boolean {
  const axis = norm.config.axis;
  return axis === -1 || axis === 3 || (Array.isArray(axis) && axis.length === 1 && (axis[0] === -1 || axis[0] === 3));
}

function isPlainRelu(layer: LayerJson): boolean {
  if (layer.class_name === "Activation") return layer.config.activation === "relu";
  return layer.class_name === "ReLU" && layer.config.max_value == null && !layer.config.negative_slope && !layer.config.threshold;
}

/** Every reference to layer `from`'s output now names `to`. */
function rename(layers: LayerJson[], outputs: unknown[], from: string, to: string): void {
  for (const layer of layers) {
    for (const node of layer.inbound_nodes as unknown[][]) for (const entry of node) if ((entry as unknown[])[0] === from) (entry as unknown[])[0] = to;
  }
  for (const entry of outputs) if ((entry as unknown[])[0] === from) (entry as unknown[])[0] = to;
}

/**
 * The convolution's kernel and bias with the normalisation's scale γ/√(σ²+ε) and shift β − μ·scale
 * taken in, per output channel; null where a weight is missing or does not fit.
 */
function foldWeights(conv: LayerJson, norm: LayerJson, weights: Readonly<Record<string, Weight>>): { set: Record<string, Weight>; dropped: string[] } | null {
  const kernel = weights[`${conv.name}/kernel`];
  const bias = conv.config.use_bias === false ? undefined : weights[`${conv.name}/bias`];
  const gamma = norm.config.scale === false ? undefined : weights[`${norm.name}/gamma`];
  const beta = norm.config.center === false ? undefined : weights[`${norm.name}/beta`];
  const mean = weights[`${norm.name}/moving_mean`];
  const variance = weights[`${norm.name}/moving_variance`];
  const epsilon = norm.config.epsilon;
  if (kernel === undefined || mean === undefined || variance === undefined || typeof epsilon !== "number") return null;
  if ((conv.config.use_bias !== false && bias === undefined) || (norm.config.scale !== false && gamma === undefined) || (norm.config.center !== false && beta === undefined)) return null;
  const channels = kernel.shape[kernel.shape.length - 1]!;
  if ([bias, gamma, beta, mean, variance].some((w) => w !== undefined && w.values.length !== channels)) return null;
  const scale = new Float32Array(channels);
  const shift = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    scale[c] = (gamma?.values[c] ?? 1) / Math.sqrt(variance.values[c]! + epsilon);
    shift[c] = ((bias?.values[c] ?? 0) - mean.values[c]!) * scale[c]! + (beta?.values[c] ?? 0);
  }
  const foldedKernel = new Float32Array(kernel.values.length);
  for (let i = 0; i < foldedKernel.length; i++) foldedKernel[i] = kernel.values[i]! * scale[i % channels]!;
  return {
    set: { [`${conv.name}/kernel`]: { values: foldedKernel, shape: kernel.shape }, [`${conv.name}/bias`]: { values: shift, shape: [channels] } },
    dropped: ["gamma", "beta", "moving_mean", "moving_variance"].map((w) => `${norm.name}/${w}`),
  };
}

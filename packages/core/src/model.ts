import * as tf from "@tensorflow/tfjs-core";
import { models, type LayersModel } from "@tensorflow/tfjs-layers";
import { foldBatchNorms, type Weight } from "./fold-batch-norm.js";

/** A URL of model.json (served by the app itself) or a TF.js IOHandler. */
export type ModelSource = string | URL | tf.io.IOHandler;

export class ModelLoadError extends Error {
  override readonly name = "ModelLoadError";
}

/** What a model file must be: its input and output shapes, and what to call it in messages. */
interface ModelContract {
  readonly name: string;
  readonly input: readonly (number | null)[];
  readonly outputs: readonly (readonly (number | null)[])[];
}

const DIGIT_MODEL: ModelContract = { name: "digit model", input: [null, 28, 28, 1], outputs: [[null, 10], [null, 11]] };
/** The number model reads core's strip (STRIP_HEIGHT × STRIP_WIDTH) as 32 steps over the digits and CTC's blank. */
const NUMBER_MODEL: ModelContract = { name: "number model", input: [null, 28, 128, 1], outputs: [[null, 32, 11]] };

/**
 * Loads the digit model and checks it honours the contract: input
 * [null, 28, 28, 1] in 0…1, output a softmax over the 10 digits (and, in an
 * 11th output, "not a digit"), finite weights, a positive calibration temperature if any.
 * A missing, truncated or corrupt file becomes a ModelLoadError that says what
 * failed, and leaves no tensor behind.
 */
export function loadDigitModel(source: ModelSource): Promise<LayersModel> {
  return loadChecked(source, DIGIT_MODEL);
}

/**
 * Loads the number model (see NumberReader) with the same checks: input a number's strip
 * [null, 28, 128, 1], output logits [null, 32, 11] of each step over the digits and the blank.
 */
export function loadNumberModel(source: ModelSource): Promise<LayersModel> {
  return loadChecked(source, NUMBER_MODEL);
}

async function loadChecked(source: ModelSource, contract: ModelContract): Promise<LayersModel> {
  const where = typeof source === "string" || source instanceof URL ? String(source) : "the given model handler";
  let model: LayersModel;
  try {
    await tf.ready(); // usable on its own, not only after selectBackend
    model = await buildModel(await loadArtifacts(source), where);
  } catch (error) {
    if (error instanceof ModelLoadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ModelLoadError(`The ${contract.name} could not be loaded from ${where}: ${reason}`, { cause: error });
  }
  try {
    checkShapes(model, where, contract);
    checkCalibration(model, where);
    await checkFiniteOutput(model, where, contract);
  } catch (error) {
    model.dispose();
    throw error;
  }
  return model;
}

/** model.json and its weights, through the handler tfjs-layers' loadLayersModel would pick for a URL. */
async function loadArtifacts(source: ModelSource): Promise<tf.io.ModelArtifacts> {
  let handler: tf.io.IOHandler;
  if (typeof source === "string" || source instanceof URL) {
    const url = source instanceof URL ? source.href : source;
    const handlers = tf.io.getLoadHandlers(url);
    if (handlers.length > 1) throw new Error(`more than one TF.js IO handler claims ${url}.`);
    handler = handlers[0] ?? tf.io.browserHTTPRequest(url);
  } else {
    handler = source;
  }
  if (typeof handler?.load !== "function") throw new Error("the model handler has no load() method.");
  return handler.load();
}

/**
 * The model with its weights, built here rather than by loadLayersModel, which
 * leaves the layers' variables (and the decoded weights) allocated when the
 * weights turn out not to fit.
 */
async function buildModel(artifacts: tf.io.ModelArtifacts, where: string): Promise<LayersModel> {
  const { modelTopology, weightData, weightSpecs } = artifacts;
  if (modelTopology == null || modelTopology instanceof ArrayBuffer) throw new Error("model.json holds no layers model topology.");
  if (weightData == null || weightSpecs == null) throw new Error("model.json names no weights.");
  const registered = tf.engine().registeredVariables;
  const before = new Set(Object.keys(registered));
  // modelFromJSON builds every layer before its first await, so the variables new since
  // `before` are exactly this model's, also when building stops halfway.
  const saved = decodeFloatWeights(weightData, weightSpecs);
  // Checked as saved: folding could hide a corrupt weight (an infinite variance folds to a zero scale).
  checkFiniteWeights(saved, where);
  const folded = foldBatchNorms(modelTopology, saved);
  const building = models.modelFromJSON({ modelTopology: folded.topology } as Parameters<typeof models.modelFromJSON>[0]);
  const variables = Object.keys(registered)
    .filter((name) => !before.has(name))
    .map((name) => registered[name]!);
  try {
    const model = await building;
    tf.tidy(() => {
      const modelWeights = Object.fromEntries(Object.entries(folded.weights).map(([name, { values, shape }]) => [name, tf.tensor(values, [...shape], "float32")]));
      model.loadWeights(modelWeights, true);
    });
    if (artifacts.userDefinedMetadata != null) model.setUserDefinedMetadata(artifacts.userDefinedMetadata);
    return model;
  } catch (error) {
    for (const variable of variables) variable.dispose();
    throw error;
  }
}

/** The model's weights as float32 values (every weight the trainer writes is float32; anything else is refused). */
function decodeFloatWeights(weightData: tf.io.WeightData, specs: tf.io.WeightsManifestEntry[]): Record<string, Weight> {
  return tf.tidy(() => {
    // All of them decoded (each spec's place in the data follows from those before it), the optimizer's then left out.
    const decoded = tf.io.decodeWeights(weightData, specs);
    return Object.fromEntries(
      specs.filter((spec) => spec.group !== "optimizer").map(({ name }) => {
        const tensor = decoded[name]!;
        if (tensor.dtype !== "float32") throw new Error(`weight ${name} is ${tensor.dtype}, not float32.`);
        return [name, { values: tensor.dataSync() as Float32Array, shape: tensor.shape }];
      }),
    );
  });
}

function checkShapes(model: LayersModel, where: string, contract: ModelContract): void {
  const input = model.inputs[0]?.shape;
  const output = model.outputs[0]?.shape;
  if (model.inputs.length !== 1 || !sameShape(input, contract.input) || !contract.outputs.some((expected) => sameShape(output, expected))) {
    const expected = contract.outputs.map((o) => JSON.stringify(o)).join(" or ");
    throw new ModelLoadError(
      `The model at ${where} is not a ${contract.name}: expected input ${JSON.stringify(contract.input)} and output ${expected}, got ${JSON.stringify(input)} → ${JSON.stringify(output)}.`,
    );
  }
}

/** A temperature of 0, below or not a number, or a negative "not a digit" offset, would turn every reading into nonsense. */
function checkCalibration(model: LayersModel, where: string): void {
  const metadata = (model.getUserDefinedMetadata() ?? {}) as { temperature?: unknown; notDigitOffset?: unknown };
  const { temperature, notDigitOffset } = metadata;
  if (temperature !== undefined && (typeof temperature !== "number" || !Number.isFinite(temperature) || temperature <= 0)) {
    throw new ModelLoadError(`The model at ${where} is corrupt: its calibration temperature must be a positive number, got ${JSON.stringify(temperature)}. Replace model.json with a good copy.`);
  }
  if (notDigitOffset !== undefined && (typeof notDigitOffset !== "number" || !Number.isFinite(notDigitOffset) || notDigitOffset < 0)) {
    throw new ModelLoadError(`The model at ${where} is corrupt: its notDigitOffset must be a number ≥ 0, got ${JSON.stringify(notDigitOffset)}. Replace model.json with a good copy.`);
  }
}

/** NaN or infinite weights would load and then read NaN on every frame: refuse them at once. */
function checkFiniteWeights(weights: Readonly<Record<string, Weight>>, where: string): void {
  for (const [name, { values }] of Object.entries(weights)) {
    if (!values.every(Number.isFinite)) {
      throw new ModelLoadError(`The model at ${where} is corrupt: its weight ${name} holds NaN or infinite values. Replace model.json and its weight files with a good copy.`);
    }
  }
}

/** What a blank image gets from the model as built must be finite numbers too. */
async function checkFiniteOutput(model: LayersModel, where: string, contract: ModelContract): Promise<void> {
  const output = tf.tidy(() => model.predict(tf.zeros([1, ...contract.input.slice(1).map(Number)])) as tf.Tensor);
  const probabilities = await output.data();
  output.dispose();
  if (!probabilities.every(Number.isFinite)) {
    throw new ModelLoadError(`The model at ${where} is corrupt: it answers NaN or infinite values for a blank image. Replace model.json and its weight files with a good copy.`);
  }
}

function sameShape(actual: readonly (number | null)[] | undefined, expected: readonly (number | null)[]): boolean {
  return actual !== undefined && actual.length === expected.length && actual.every((d, i) => d === expected[i]);
}

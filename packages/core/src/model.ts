import * as tf from "@tensorflow/tfjs-core";
import { loadLayersModel, type LayersModel } from "@tensorflow/tfjs-layers";

/** A URL of model.json (served by the app itself) or a TF.js IOHandler. */
export type ModelSource = string | URL | tf.io.IOHandler;

export class ModelLoadError extends Error {
  override readonly name = "ModelLoadError";
}

/**
 * Loads the digit model and checks it honours the contract: input
 * [null, 28, 28, 1] in 0…1, output a softmax over 10 classes. A missing,
 * truncated or corrupt file becomes a ModelLoadError that says what failed.
 */
export async function loadDigitModel(source: ModelSource): Promise<LayersModel> {
  const where = typeof source === "string" || source instanceof URL ? String(source) : "the given model handler";
  let model: LayersModel;
  try {
    await tf.ready(); // usable on its own, not only after selectBackend
    model = await loadLayersModel(source instanceof URL ? source.href : source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ModelLoadError(`The digit model could not be loaded from ${where}: ${reason}`, { cause: error });
  }
  const input = model.inputs[0]?.shape;
  const output = model.outputs[0]?.shape;
  if (model.inputs.length !== 1 || !sameShape(input, [null, 28, 28, 1]) || !sameShape(output, [null, 10])) {
    model.dispose();
    throw new ModelLoadError(
      `The model at ${where} is not a digit model: expected input [null,28,28,1] and output [null,10], got ${JSON.stringify(input)} → ${JSON.stringify(output)}.`,
    );
  }
  return model;
}

function sameShape(actual: readonly (number | null)[] | undefined, expected: readonly (number | null)[]): boolean {
  return actual !== undefined && actual.length === expected.length && actual.every((d, i) => d === expected[i]);
}

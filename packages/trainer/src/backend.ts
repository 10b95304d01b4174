import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import "@tensorflow/tfjs-backend-wasm";
import { registerBroadcastBatchNormGradient } from "./batchnorm-gradient.js";
import { registerPortableConv2DGradient } from "./conv2d-gradient.js";

export type TrainingBackend = "tensorflow" | "wasm" | "cpu";

/** Best first: native TensorFlow through tfjs-node, wasm with the portable Conv2D gradient, pure-JS cpu. */
export const TRAINING_BACKENDS: readonly TrainingBackend[] = ["tensorflow", "wasm", "cpu"];

/** What people call each backend: "tensorflow" is TF.js's name for the one tfjs-node brings. */
export const BACKEND_LABELS: Readonly<Record<TrainingBackend, string>> = { tensorflow: "tfjs-node", wasm: "wasm", cpu: "cpu" };

/** Makes the backend TF.js's current one; false or a throw when it cannot run here. */
export type BackendLoader = () => Promise<boolean>;
export type BackendLoaders = Readonly<Record<TrainingBackend, BackendLoader>>;

export interface BackendChoice {
  readonly backend: TrainingBackend;
  /** Better backends tried first, and why each could not be used. */
  readonly passedOver: readonly { readonly backend: TrainingBackend; readonly reason: string }[];
  /** True when --backend named it, so nothing else was tried. */
  readonly asked: boolean;
}

/**
 * Tries the loaders best first (or only `preferred`) and keeps the first that
 * works, with the reasons the better ones did not.
 */
export async function chooseTrainingBackend(loaders: BackendLoaders, preferred?: TrainingBackend): Promise<BackendChoice> {
  const passedOver: { backend: TrainingBackend; reason: string }[] = [];
  for (const backend of preferred ? [preferred] : TRAINING_BACKENDS) {
    let reason: string;
    try {
      if (await loaders[backend]()) return { backend, passedOver, asked: preferred !== undefined };
      reason = "TF.js could not initialise it";
    } catch (error) {
      reason = describeLoadFailure(error);
    }
    passedOver.push({ backend, reason });
  }
  const reasons = passedOver.map(({ backend, reason }) => `${BACKEND_LABELS[backend]} not usable: ${reason}`).join("; ");
  throw new Error(preferred ? `--backend ${preferred}: ${reasons}. Leave --backend out to train on the best one that works.` : `No TF.js backend could be initialised (${reasons}).`);
}

/** Why a backend failed to load, in a few words a person can act on. */
export function describeLoadFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if ((code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && message.includes("@tensorflow/tfjs-node")) {
    return "not installed (an optional dependency that pnpm skipped)";
  }
  // tfjs-node's own words when its install script, which fetches libtensorflow and the addon, has not run.
  if (message.includes("tfjs_binding.node")) {
    return "native binding missing (its install script, which downloads it, is not approved here or failed; README.md, \"The model\", says how to enable it)";
  }
  if (message.includes("libtensorflow")) return `libtensorflow could not be loaded (${firstLine(message)})`;
  return firstLine(message);
}

/** One line for the log: the backend in use and, when it is not the best, why. */
export function describeBackendChoice(choice: BackendChoice): string {
  const why = choice.passedOver.map(({ backend, reason }) => `${BACKEND_LABELS[backend]} not usable: ${reason}`);
  if (choice.asked) why.push("as asked with --backend");
  if (choice.backend === "cpu") why.push("slow: pure JavaScript");
  return `backend: ${choice.backend}${why.length > 0 ? ` (${why.join("; ")})` : ""}`;
}

async function activate(name: TrainingBackend): Promise<boolean> {
  if (!(await tf.setBackend(name))) return false;
  await tf.ready();
  return true;
}

/** The real loaders: tfjs-node only when it is installed and its native part built (optional, never required). */
export const trainingBackendLoaders: BackendLoaders = {
  async tensorflow() {
    // A variable specifier keeps bundlers and tsc from requiring the optional package.
    const optional = "@tensorflow/tfjs-node";
    await import(/* @vite-ignore */ optional);
    return activate("tensorflow");
  },
  async wasm() {
    registerPortableConv2DGradient();
    registerBroadcastBatchNormGradient();
    return activate("wasm");
  },
  cpu: () => activate("cpu"),
};

export function selectTrainingBackend(preferred?: TrainingBackend): Promise<BackendChoice> {
  return chooseTrainingBackend(trainingBackendLoaders, preferred);
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0]!.trim();
}

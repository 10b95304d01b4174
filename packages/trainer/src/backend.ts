import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import "@tensorflow/tfjs-backend-wasm";
import { registerBroadcastBatchNormGradient } from "./batchnorm-gradient.js";
import { registerPortableConv2DGradient } from "./conv2d-gradient.js";

export type TrainingBackend = "tensorflow" | "wasm" | "cpu";

/**
 * Best backend this machine can train on: tfjs-node if it happens to be
 * installed (optional, never required), else wasm with the portable Conv2D
 * gradient, else the pure-JS cpu backend.
 */
export async function selectTrainingBackend(preferred?: TrainingBackend): Promise<TrainingBackend> {
  const order: TrainingBackend[] = preferred ? [preferred] : ["tensorflow", "wasm", "cpu"];
  for (const name of order) {
    try {
      if (name === "tensorflow") {
        // A variable specifier keeps bundlers and tsc from requiring the optional package.
        const optional = "@tensorflow/tfjs-node";
        await import(/* @vite-ignore */ optional);
      }
      if (name === "wasm") {
        registerPortableConv2DGradient();
        registerBroadcastBatchNormGradient();
      }
      if (await tf.setBackend(name)) {
        await tf.ready();
        return name;
      }
    } catch {
      // not available here; try the next one
    }
  }
  throw new Error(`No TF.js backend could be initialised (tried ${order.join(", ")}).`);
}

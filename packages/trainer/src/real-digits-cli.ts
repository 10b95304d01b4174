import { createDigitReader } from "@livedigits/core";
import { fileModel, shippedModelPath } from "@livedigits/core/node";
import { evaluateRealDigits, renderRealDigits } from "./real-digits.js";

/** `pnpm --filter @livedigits/trainer real-digits [model.json]`: reads shared/real-digits with a model (default: the shipped one). */
const modelPath = process.argv[2] ?? shippedModelPath;
const reader = await createDigitReader({ model: fileModel(modelPath), backend: "wasm" });
const result = await evaluateRealDigits(reader);
console.log(renderRealDigits(result));
reader.dispose();

import * as tf from "@tensorflow/tfjs-core";
import { describe, expect, it } from "vitest";
import { BACKEND_PREFERENCE } from "./backend-names.js";
import { autoPreference, selectBackend } from "./backend.js";

describe("selectBackend", () => {
  it("'auto' falls back past the GPU backends Node lacks to wasm", async () => {
    expect(await selectBackend("auto")).toBe("wasm");
    expect(tf.getBackend()).toBe("wasm");
  });

  it("an explicit backend that cannot start is a clear error, and cpu always works", async () => {
    await expect(selectBackend("webgl")).rejects.toThrow(/No TensorFlow.js backend could start \(webgl: not available\)/);
    expect(await selectBackend("cpu")).toBe("cpu");
  });

  it("'auto' puts software WebGL after wasm, and keeps the GPU order otherwise", () => {
    expect(autoPreference(false)).toEqual(BACKEND_PREFERENCE);
    expect(autoPreference(true)).toEqual(["webgpu", "wasm", "webgl", "cpu"]);
  });
});

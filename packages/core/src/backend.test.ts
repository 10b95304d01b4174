import * as tf from "@tensorflow/tfjs-core";
import { describe, expect, it } from "vitest";
import { selectBackend } from "./backend.js";

describe("selectBackend", () => {
  it("'auto' falls back past the GPU backends Node lacks to wasm", async () => {
    expect(await selectBackend("auto")).toBe("wasm");
    expect(tf.getBackend()).toBe("wasm");
  });

  it("an explicit backend that cannot start is a clear error, and cpu always works", async () => {
    await expect(selectBackend("webgl")).rejects.toThrow(/No TensorFlow.js backend could start \(webgl: not available\)/);
    expect(await selectBackend("cpu")).toBe("cpu");
  });
});

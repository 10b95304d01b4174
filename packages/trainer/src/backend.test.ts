import { describe, expect, it } from "vitest";
import { chooseTrainingBackend, describeBackendChoice, describeLoadFailure, selectTrainingBackend, type BackendLoaders, type TrainingBackend } from "./backend.js";

/** Loaders that behave as told and record which were tried, in order. */
function loaders(behaviour: Record<TrainingBackend, boolean | Error>): { loaders: BackendLoaders; tried: TrainingBackend[] } {
  const tried: TrainingBackend[] = [];
  const make = (name: TrainingBackend) => async () => {
    tried.push(name);
    const outcome = behaviour[name];
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  return { loaders: { tensorflow: make("tensorflow"), wasm: make("wasm"), cpu: make("cpu") }, tried };
}

// What tfjs-node 4.22.0 throws when its install script has not run (trimmed).
const bindingMissing = new Error(
  "The Node.js native addon module (tfjs_binding.node) can not be found at path: /x/lib/napi-v8/tfjs_binding.node. \nPlease run command 'npm rebuild @tensorflow/tfjs-node --build-addon-from-source' to rebuild the native addon module.",
);
const notInstalled = Object.assign(new Error("Cannot find package '@tensorflow/tfjs-node' imported from /x/backend.ts"), { code: "ERR_MODULE_NOT_FOUND" });

describe("chooseTrainingBackend", () => {
  it("picks tfjs-node when it loads, and tries nothing else", async () => {
    const { loaders: l, tried } = loaders({ tensorflow: true, wasm: true, cpu: true });
    const choice = await chooseTrainingBackend(l);
    expect(choice).toEqual({ backend: "tensorflow", passedOver: [], asked: false });
    expect(tried).toEqual(["tensorflow"]);
    expect(describeBackendChoice(choice)).toBe("backend: tensorflow");
  });

  it("picks wasm when tfjs-node does not load, and says why", async () => {
    const { loaders: l, tried } = loaders({ tensorflow: bindingMissing, wasm: true, cpu: true });
    const choice = await chooseTrainingBackend(l);
    expect(choice.backend).toBe("wasm");
    expect(tried).toEqual(["tensorflow", "wasm"]);
    expect(describeBackendChoice(choice)).toMatch(/^backend: wasm \(tfjs-node not usable: native binding missing \(its install script, which downloads it, is not approved here or failed;/);
  });

  it("falls back to cpu last, with every reason", async () => {
    const { loaders: l, tried } = loaders({ tensorflow: notInstalled, wasm: false, cpu: true });
    const choice = await chooseTrainingBackend(l);
    expect(choice.backend).toBe("cpu");
    expect(tried).toEqual(["tensorflow", "wasm", "cpu"]);
    expect(describeBackendChoice(choice)).toBe(
      "backend: cpu (tfjs-node not usable: not installed (an optional dependency that pnpm skipped); wasm not usable: TF.js could not initialise it; slow: pure JavaScript)",
    );
  });

  it("fails with every reason when nothing loads", async () => {
    const { loaders: l } = loaders({ tensorflow: bindingMissing, wasm: new Error("no wasm\nstack"), cpu: false });
    await expect(chooseTrainingBackend(l)).rejects.toThrow(
      /^No TF.js backend could be initialised \(tfjs-node not usable: native binding missing.*; wasm not usable: no wasm; cpu not usable: TF.js could not initialise it\)\.$/,
    );
  });

  it("tries only the backend asked for, and says why it cannot be used", async () => {
    const { loaders: l, tried } = loaders({ tensorflow: bindingMissing, wasm: true, cpu: true });
    await expect(chooseTrainingBackend(l, "tensorflow")).rejects.toThrow(/^--backend tensorflow: tfjs-node not usable: native binding missing/);
    expect(tried).toEqual(["tensorflow"]);
    const cpu = await chooseTrainingBackend(l, "cpu");
    expect(describeBackendChoice(cpu)).toBe("backend: cpu (as asked with --backend; slow: pure JavaScript)");
  });
});

describe("describeLoadFailure", () => {
  it("names why the tfjs-node installed here does not load, or picks it where it does", async () => {
    // The real loaders and the package as pnpm installed it: where its build script is not
    // approved the binding is missing, and the words matched must be the ones tfjs-node uses.
    const choice = await selectTrainingBackend();
    if (choice.backend === "tensorflow") expect(choice.passedOver).toEqual([]);
    else expect(choice.passedOver[0]).toEqual({ backend: "tensorflow", reason: expect.stringMatching(/^(native binding missing|not installed|libtensorflow could not be loaded)/) });
  });

  it("keeps the first line of anything else", () => {
    expect(describeLoadFailure(new Error("out of memory\n    at somewhere"))).toBe("out of memory");
    expect(describeLoadFailure("plain")).toBe("plain");
  });
});

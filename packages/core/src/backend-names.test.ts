import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BACKEND_OPTIONS, BACKEND_PREFERENCE } from "./backend-names.js";

describe("@livedigits/core/backends", () => {
  it("offers 'auto' and every backend, fastest first", () => {
    expect(BACKEND_OPTIONS).toEqual(["auto", "webgpu", "webgl", "wasm", "cpu"]);
    expect(BACKEND_OPTIONS.slice(1)).toEqual(BACKEND_PREFERENCE);
  });

  it("imports nothing, so a page can use it without loading TF.js", () => {
    const source = readFileSync(new URL("./backend-names.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\bimport\(/);
  });
});

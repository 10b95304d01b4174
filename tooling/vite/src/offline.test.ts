import { describe, expect, it } from "vitest";
import { precacheManifest } from "./offline.js";

describe("precacheManifest", () => {
  const files = new Map<string, string | Uint8Array>([
    ["index.html", "<html>"],
    ["assets/index-abc.js", "console.log(1)"],
    ["assets/index-abc.js.map", "{}"],
    ["model/weights.bin", new Uint8Array([1, 2, 3])],
  ]);

  it("lists every file but source maps, sorted", () => {
    expect(precacheManifest(files).files).toEqual(["assets/index-abc.js", "index.html", "model/weights.bin"]);
  });

  it("keeps its version while nothing changes, whatever the order", () => {
    const reversed = new Map([...files].reverse());
    expect(precacheManifest(reversed).version).toBe(precacheManifest(files).version);
  });

  it("changes its version when a file's content changes, e.g. a newly trained model", () => {
    const retrained = new Map(files).set("model/weights.bin", new Uint8Array([1, 2, 4]));
    expect(precacheManifest(retrained).version).not.toBe(precacheManifest(files).version);
  });
});

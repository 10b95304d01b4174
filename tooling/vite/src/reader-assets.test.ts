import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assetPathOf, contentTypeOf, listReaderAssets } from "./reader-assets.js";

describe("listReaderAssets", () => {
  it("lists both models' model.json, their weight files and the three wasm binaries, all present on disk", () => {
    const assets = listReaderAssets();
    const paths = assets.map((a) => a.path);
    expect(paths).toContain("model/model.json");
    expect(paths.filter((p) => /^model\/[^/]+$/.test(p) && p !== "model/model.json").length).toBeGreaterThan(0);
    expect(paths).toContain("model/number/model.json");
    expect(paths.filter((p) => p.startsWith("model/number/") && p !== "model/number/model.json").length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith("wasm/")).sort()).toEqual([
      "wasm/tfjs-backend-wasm-simd.wasm",
      "wasm/tfjs-backend-wasm-threaded-simd.wasm",
      "wasm/tfjs-backend-wasm.wasm",
    ]);
    for (const asset of assets) expect(existsSync(asset.file), asset.file).toBe(true);
  });

  it("leaves out files beside the model that its manifest does not name", () => {
    expect(listReaderAssets().some((a) => /report|\.md$/i.test(a.path))).toBe(false);
  });
});

describe("assetPathOf", () => {
  it("strips the base, the query and the fragment", () => {
    expect(assetPathOf("/model/model.json?v=2#x", "/")).toBe("model/model.json");
    expect(assetPathOf("/app/wasm/a.wasm", "/app/")).toBe("wasm/a.wasm");
    expect(assetPathOf("/app/wasm/a.wasm", "/app")).toBe("wasm/a.wasm");
  });

  it("says null outside the base or without a URL", () => {
    expect(assetPathOf("/other/model/model.json", "/app/")).toBeNull();
    expect(assetPathOf(undefined, "/")).toBeNull();
  });
});

describe("contentTypeOf", () => {
  it("serves wasm as application/wasm so browsers can compile it while streaming", () => {
    expect(contentTypeOf("wasm/tfjs-backend-wasm.wasm")).toBe("application/wasm");
    expect(contentTypeOf("model/model.json")).toBe("application/json");
    expect(contentTypeOf("model/weights.bin")).toBe("application/octet-stream");
  });
});

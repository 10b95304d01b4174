import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutputDirError, prepareOutputDir } from "./output-dir.js";

describe("prepareOutputDir", () => {
  it("creates missing parents, and a failed run takes back only what it created while still empty", async () => {
    const root = await mkdtemp(join(tmpdir(), "livedigits-output-"));
    const empty = await prepareOutputDir(join(root, "a", "b"));
    expect(await readdir(join(root, "a"))).toEqual(["b"]);
    await empty.removeIfEmpty();
    expect(await readdir(root)).toEqual([]);

    const written = await prepareOutputDir(join(root, "c", "d"));
    await writeFile(join(written.path, "model.json"), "{}");
    await written.removeIfEmpty();
    expect(await readdir(join(root, "c", "d"))).toEqual(["model.json"]);

    const existing = await prepareOutputDir(root);
    await existing.removeIfEmpty();
    expect(await readdir(root)).toEqual(["c"]);
  });

  it("names the file that stands where a folder must be", async () => {
    const root = await mkdtemp(join(tmpdir(), "livedigits-output-"));
    await writeFile(join(root, "file"), "");
    await expect(prepareOutputDir(join(root, "file", "model"))).rejects.toThrow(new OutputDirError(`Cannot write the model to ${join(root, "file", "model")}: ${join(root, "file")} is not a folder. Choose another directory with --out.`));
  });
});

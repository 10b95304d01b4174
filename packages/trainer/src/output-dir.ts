// The folder a training run writes into. Created one level at a time rather than with
// mkdir's `recursive`, which in Node 20 loops forever under /proc (mkdir answers ENOENT
// there although the parent exists); and what a failed run created is taken back.
import { access, constants, mkdir, mkdtemp, rmdir, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export class OutputDirError extends Error {}

export interface OutputDir {
  readonly path: string;
  /** Removes the folders this run created, deepest first, as long as they are still empty. */
  removeIfEmpty(): Promise<void>;
}

/** `dir`, created with any missing parents, checked writable; an OutputDirError says why not. */
export async function prepareOutputDir(dir: string): Promise<OutputDir> {
  const target = resolve(dir);
  const fail = (why: string): never => {
    throw new OutputDirError(`Cannot write the model to ${dir}: ${why}. Choose another directory with --out.`);
  };
  const missing: string[] = [];
  for (let folder = target; ; folder = dirname(folder)) {
    const kind = await kindOf(folder);
    if (kind === "folder") break;
    if (kind === "other") fail(folder === target ? "it exists and is not a folder" : `${folder} is not a folder`);
    if (kind !== "missing") fail(`cannot look at ${folder} (${kind})`);
    if (folder === dirname(folder)) fail(`${folder} does not exist`);
    missing.unshift(folder);
  }
  const created: string[] = [];
  const output: OutputDir = { path: target, removeIfEmpty: () => removeEmpty(created) };
  for (const folder of missing) {
    try {
      await mkdir(folder);
      created.push(folder);
    } catch (error) {
      await output.removeIfEmpty();
      fail(whyNotCreated(folder, (error as NodeJS.ErrnoException).code));
    }
  }
  try {
    await access(target, constants.W_OK);
  } catch {
    await output.removeIfEmpty();
    fail("no permission to write there");
  }
  return output;
}

/** A new folder of its own under the system's temp folder. */
export async function temporaryOutputDir(prefix: string): Promise<OutputDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, removeIfEmpty: () => removeEmpty([path]) };
}

async function kindOf(path: string): Promise<"folder" | "other" | "missing" | string> {
  try {
    return (await stat(path)).isDirectory() ? "folder" : "other";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a parent is a file; the walk up finds it and names it.
    return code === "ENOENT" || code === "ENOTDIR" ? "missing" : (code ?? String(error));
  }
}

function whyNotCreated(folder: string, code: string | undefined): string {
  const parent = dirname(folder);
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `no permission to create folders in ${parent}`;
    case "EROFS":
      return `${parent} is on a read-only file system`;
    case "ENOSPC":
      return `no space left to create ${folder}`;
    case "ENOENT":
      // The parent exists (checked above): a virtual file system such as /proc.
      return `${parent} does not take new folders`;
    default:
      return `creating ${folder} failed (${code ?? "unknown error"})`;
  }
}

async function removeEmpty(created: readonly string[]): Promise<void> {
  for (const folder of [...created].reverse()) {
    try {
      await rmdir(folder);
    } catch {
      return; // not empty (the run wrote something worth keeping) or already gone
    }
  }
}

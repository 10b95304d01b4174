// LiveDigits as the numbers bench calls it: core's reader with the shipped models, one
// frame at a time (no smoothing), at the default threshold, reading up to maxDigits.
import { createDigitReader, type RgbaImage, type Roi } from "@livedigits/core";
import { fileModel, shippedModelPath, shippedNumberModelPath } from "@livedigits/core/node";
import type { TextReading } from "./tesseract.js";

/** The most digits core's reader reads in one box (its MAX_DIGITS_LIMIT). */
export const MAX_READER_DIGITS = 12;

export interface NumberReader {
  readonly backend: string;
  setMaxDigits(maxDigits: number): void;
  /** The number shown (state 'digit'), or null. */
  read(frame: RgbaImage, box: Roi): Promise<TextReading>;
  dispose(): void;
}

export async function createLiveDigitsNumberReader(): Promise<NumberReader> {
  const reader = await createDigitReader({ model: fileModel(shippedModelPath), numberModel: fileModel(shippedNumberModelPath) });
  return {
    backend: reader.backend,
    setMaxDigits: (maxDigits) => reader.setOptions({ maxDigits }),
    async read(frame, box) {
      const started = performance.now();
      const reading = await reader.read(frame, box);
      return { text: reading.state === "digit" ? reading.text : null, milliseconds: performance.now() - started };
    },
    dispose: () => reader.dispose(),
  };
}

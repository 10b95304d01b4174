// LiveDigits as the numbers bench calls it: core's reader with the shipped model, one
// frame at a time (no smoothing), at the default threshold, reading up to maxDigits.
import { createDigitReader, type DigitReader, type ReaderSettings, type RgbaImage, type Roi } from "@livedigits/core";
import { fileModel, shippedModelPath } from "@livedigits/core/node";
import type { TextReading } from "./tesseract.js";

/** The most digits core's reader reads in one box. */
export const MAX_READER_DIGITS = 12;

export interface NumberReader {
  readonly backend: string;
  setMaxDigits(maxDigits: number): void;
  read(frame: RgbaImage, box: Roi): Promise<TextReading>;
  dispose(): void;
}

export async function createLiveDigitsNumberReader(): Promise<NumberReader> {
  const reader: DigitReader = await createDigitReader({ model: fileModel(shippedModelPath) });
  return {
    backend: reader.backend,
    setMaxDigits(maxDigits) {
      reader.setOptions({ maxDigits } as ReaderSettings);
    },
    async read(frame, box) {
      const started = performance.now();
      const reading = (await reader.read(frame, box)) as Awaited<ReturnType<DigitReader["read"]>> & { text?: string | null };
      const milliseconds = performance.now() - started;
      // Shown: the reading's state is 'digit' and it has a text (before #14's text, its one digit).
      const text = reading.state !== "digit" ? null : reading.text !== undefined ? reading.text : reading.digit === null ? null : String(reading.digit);
      return { text, milliseconds };
    },
    dispose: () => reader.dispose(),
  };
}

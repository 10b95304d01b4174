// The tool people would pick instead: Tesseract OCR (tesseract.js, its wasm build) with
// the English LSTM data from the npm package @tesseract.js-data/eng, read from disk
// (nothing is downloaded), told to expect one line of digits.
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { RgbaImage, Roi } from "@livedigits/core";
import { PNG } from "pngjs";
import { createWorker, OEM, PSM, type Worker } from "tesseract.js";

/** The LSTM model tesseract.js itself fetches by default (OEM LSTM_ONLY), here from the installed package. */
export const TESSERACT_LANG_PATH = join(dirname(createRequire(import.meta.url).resolve("@tesseract.js-data/eng/package.json")), "4.0.0_best_int");

export interface TextReading {
  /** The digits read, left to right; null when nothing was read. */
  readonly text: string | null;
  readonly milliseconds: number;
}

export interface TesseractDigitReader {
  /** Reads the crop of `box` from the frame as one line of digits. */
  read(frame: RgbaImage, box: Roi): Promise<TextReading>;
  dispose(): Promise<void>;
}

export async function createTesseractDigitReader(): Promise<TesseractDigitReader> {
  const cachePath = await mkdtemp(join(tmpdir(), "livedigits-tesseract-"));
  let worker: Worker;
  try {
    worker = await createWorker("eng", OEM.LSTM_ONLY, { langPath: TESSERACT_LANG_PATH, cachePath, gzip: true });
    await worker.setParameters({ tessedit_char_whitelist: "0123456789", tessedit_pageseg_mode: PSM.SINGLE_LINE });
  } catch (error) {
    await rm(cachePath, { recursive: true, force: true });
    throw new Error(`tesseract.js did not start with the English data at ${TESSERACT_LANG_PATH}: ${error instanceof Error ? error.message : String(error)}. Run pnpm install.`);
  }
  return {
    async read(frame, box) {
      const started = performance.now();
      const { data } = await worker.recognize(cropPng(frame, box));
      // The whitelist keeps letters out; spaces between groups of digits still come back.
      const digits = data.text.replace(/\D/g, "");
      return { text: digits || null, milliseconds: performance.now() - started };
    },
    async dispose() {
      await worker.terminate();
      await rm(cachePath, { recursive: true, force: true });
    },
  };
}

/** The box's pixels as a PNG file's bytes, which is what tesseract.js reads in Node. */
export function cropPng(frame: RgbaImage, box: Roi): Buffer {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(frame.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(frame.height, Math.ceil(box.y + box.height));
  const png = new PNG({ width: x1 - x0, height: y1 - y0 });
  for (let y = y0; y < y1; y++) png.data.set(frame.data.subarray((y * frame.width + x0) * 4, (y * frame.width + x1) * 4), (y - y0) * png.width * 4);
  return PNG.sync.write(png);
}

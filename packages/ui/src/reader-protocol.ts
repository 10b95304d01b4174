// Messages between LiveReader (main thread) and reader.worker.ts.
import type { BackendName, BackendOption, Reading, ReaderSettings } from "@livedigits/core";
import type { FrameRegion } from "./frame-region.js";

export interface ReaderConfig {
  readonly model: string;
  /** The number model's model.json (numbers of several digits read column by column). */
  readonly numberModel?: string;
  readonly wasmPaths: string;
  readonly backend: BackendOption;
  readonly settings: ReaderSettings;
}

export type ToReaderWorker =
  | { readonly type: "init"; readonly config: ReaderConfig }
  | { readonly type: "setOptions"; readonly options: ReaderSettings }
  | {
      readonly type: "read";
      readonly id: number;
      /** Transferred: the worker closes it. */
      readonly frame: ImageBitmap;
      /** Where to read, in the frame's pixels: a box, or where to look for the digit. */
      readonly region: FrameRegion;
      readonly timestamp: number;
      /** A photo: read without smoothing, which needs several frames to agree. */
      readonly still: boolean;
    };

export type FromReaderWorker =
  | { readonly type: "ready"; readonly backend: BackendName }
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "reading"; readonly id: number; readonly reading: Reading; readonly ms: number }
  | { readonly type: "read-error"; readonly id: number; readonly message: string };

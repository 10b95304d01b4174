// Runs @livedigits/core off the main thread, so the video and the reading box stay
// smooth however long a reading takes on a slow backend.
import { createDigitReader, type DigitReader, type ReaderSettings } from "@livedigits/core";
import { readFrame } from "./frame-region.js";
import type { FromReaderWorker, ReaderConfig, ToReaderWorker } from "./reader-protocol.js";

declare const self: DedicatedWorkerGlobalScope;

let reader: DigitReader | null = null;
/** Latest settings from the page, applied once the model has loaded. */
let settings: ReaderSettings = {};

function send(message: FromReaderWorker): void {
  self.postMessage(message);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

self.addEventListener("message", (event: MessageEvent<ToReaderWorker>) => {
  const message = event.data;
  switch (message.type) {
    case "init":
      void init(message.config);
      break;
    case "setOptions":
      settings = { ...settings, ...message.options };
      try {
        reader?.setOptions(message.options);
      } catch (error) {
        send({ type: "failed", message: `Invalid reader settings: ${messageOf(error)}` });
      }
      break;
    case "read":
      void read(message);
      break;
  }
});

async function init({ model, numberModel, wasmPaths, backend, settings: initial }: ReaderConfig): Promise<void> {
  settings = { ...initial };
  try {
    const created = await createDigitReader({ model, ...(numberModel ? { numberModel } : {}), wasmPaths, backend, ...settings });
    created.setOptions(settings); // settings that arrived while the model loaded
    reader = created;
    send({ type: "ready", backend: reader.backend });
  } catch (error) {
    send({ type: "failed", message: messageOf(error) });
  }
}

async function read(message: ToReaderWorker & { type: "read" }): Promise<void> {
  const started = performance.now();
  try {
    if (!reader) throw new Error("The reader is not ready yet.");
    const reading = await readFrame(reader, message.frame, message.region, message.still ? null : message.timestamp);
    send({ type: "reading", id: message.id, reading, ms: performance.now() - started });
  } catch (error) {
    send({ type: "read-error", id: message.id, message: messageOf(error) });
  } finally {
    message.frame.close();
  }
}

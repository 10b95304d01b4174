// The trainer's worker threads: started from their TypeScript source under tsx (tests,
// `pnpm train`) or from built JavaScript, and asked one request at a time.
import { Worker } from "node:worker_threads";

/**
 * Starts the worker module `name` (e.g. "augment-worker") beside the module at `from`
 * (its import.meta.url), in the same form, source or built, as that module runs.
 */
export function startWorker(from: string, name: string, workerData: Record<string, unknown>): Worker {
  const entry = new URL(`./${name}.${from.endsWith(".ts") ? "ts" : "js"}`, from);
  // Worker threads do not inherit tsx's loader: a source module starts through tsx-worker.mjs.
  const script = entry.pathname.endsWith(".ts") ? new URL("./tsx-worker.mjs", import.meta.url) : entry;
  return new Worker(script, { workerData: { ...workerData, entry: entry.href } });
}

/** Posts `request` and answers with the worker's next message; a worker that fails rejects, named as `what`. */
export function ask<Response>(worker: Worker, request: unknown, what: string): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const onMessage = (response: Response) => {
      worker.off("error", onError);
      resolve(response);
    };
    const onError = (error: Error) => {
      worker.off("message", onMessage);
      reject(new Error(`${what} failed: ${error.message}`, { cause: error }));
    };
    worker.once("message", onMessage);
    worker.once("error", onError);
    worker.postMessage(request);
  });
}

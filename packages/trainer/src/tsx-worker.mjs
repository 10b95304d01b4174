// Worker entry for running a TypeScript worker module from source under tsx:
// worker threads do not inherit tsx's loader, so register it, then load the module.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);

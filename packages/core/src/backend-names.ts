// The TF.js backends by name, without TF.js itself: exported as @livedigits/core/backends,
// so a page can offer the choice (settings, links) while TF.js loads only in the reader's worker.

export type BackendName = "webgpu" | "webgl" | "wasm" | "cpu";
export type BackendOption = BackendName | "auto";

/** Fastest first. */
export const BACKEND_PREFERENCE: readonly BackendName[] = ["webgpu", "webgl", "wasm", "cpu"];

/** Every value the reader's `backend` option takes: 'auto' picks the fastest that starts. */
export const BACKEND_OPTIONS: readonly BackendOption[] = ["auto", ...BACKEND_PREFERENCE];

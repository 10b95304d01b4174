import type { UserConfig } from "vite";

/**
 * Build settings every app that bundles the reader needs: TF.js loads its WebGPU
 * backend on demand inside the reader's worker, which takes ES-module workers, and
 * TF.js is one large chunk loaded once, in that worker. Merge with `mergeConfig`.
 */
export function readerBundleOptions(): UserConfig {
  return {
    worker: { format: "es" },
    build: { target: "es2022", chunkSizeWarningLimit: 2500 },
  };
}

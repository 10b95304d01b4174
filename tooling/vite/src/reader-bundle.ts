import type { UserConfig } from "vite";

/**
 * Build settings every app that bundles the reader needs: TF.js loads its WebGPU
 * backend on demand inside the reader's worker, which takes ES-module workers, and
 * TF.js is one large chunk loaded once, in that worker. Merge with `mergeConfig`.
 */
export function readerBundleOptions(): UserConfig {
  // Bundling TF.js is slow by nature; the bundler's report of which plugins took the time
  // ([PLUGIN_TIMINGS]) is noise to whoever builds the apps, and is left out of the page and worker builds.
  const quiet = { checks: { bundlerTimings: false } };
  return {
    worker: { format: "es", rolldownOptions: quiet },
    build: { target: "es2022", chunkSizeWarningLimit: 2500, rolldownOptions: quiet },
  };
}

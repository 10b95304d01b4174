import { offlineServiceWorker, readerAssets, sameOriginContentSecurityPolicy } from "@livedigits/vite-config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [svelte(), readerAssets(), offlineServiceWorker(), sameOriginContentSecurityPolicy()],
  // The reader's worker bundles TF.js, which loads its WebGPU backend on demand: that needs ES-module workers.
  worker: { format: "es" },
  build: {
    target: "es2022",
    // TF.js is large and is loaded once, inside the worker.
    chunkSizeWarningLimit: 2500,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});

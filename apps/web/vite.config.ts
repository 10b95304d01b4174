import { offlineServiceWorker, readerAssets, readerBundleOptions, sameOriginContentSecurityPolicy } from "@livedigits/vite-config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig, mergeConfig } from "vite";

export default defineConfig(
  mergeConfig(readerBundleOptions(), {
    plugins: [svelte(), readerAssets(), offlineServiceWorker(), sameOriginContentSecurityPolicy()],
    server: { port: 5173 },
    preview: { port: 4173, strictPort: true },
  }),
);

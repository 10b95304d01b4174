import { deploymentOptions, offlineServiceWorker, readerAssets, readerBundleOptions, sameOriginContentSecurityPolicy } from "@livedigits/vite-config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig, mergeConfig } from "vite";

export default defineConfig(
  // deploymentOptions: the base path (LIVEDIGITS_BASE) and hosted URL (LIVEDIGITS_HOSTED_URL) a static deployment builds for.
  mergeConfig(mergeConfig(readerBundleOptions(), deploymentOptions()), {
    plugins: [svelte(), readerAssets(), offlineServiceWorker(), sameOriginContentSecurityPolicy()],
    server: { port: 5173 },
    preview: { port: 4173, strictPort: true },
  }),
);

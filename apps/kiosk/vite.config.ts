import { deploymentOptions, offlineServiceWorker, readerAssets, readerBundleOptions, sameOriginContentSecurityPolicy } from "@livedigits/vite-config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig, mergeConfig } from "vite";

// Same recipe as apps/web: model and wasm served from this origin, an offline service worker, a same-origin CSP.
export default defineConfig(
  // deploymentOptions: the base path (LIVEDIGITS_BASE) and hosted URL (LIVEDIGITS_HOSTED_URL) a static deployment builds for.
  mergeConfig(mergeConfig(readerBundleOptions(), deploymentOptions()), {
    plugins: [svelte(), readerAssets(), offlineServiceWorker(), sameOriginContentSecurityPolicy()],
    // Ports of their own: apps/web uses 5173/4173, the e2e suite 4174–4177 (4176–4177 for the kiosk).
    server: { port: 5176 },
    preview: { port: 4178, strictPort: true },
  }),
);

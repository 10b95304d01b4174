import { crx } from "@crxjs/vite-plugin";
import { readerAssets, readerBundleOptions } from "@livedigits/vite-config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig, mergeConfig } from "vite";
import { DEV_SERVER, manifestFor } from "./src/manifest.js";

const DEV_PORT = Number(DEV_SERVER.split(":")[1]);

export default defineConfig(({ command }) =>
  mergeConfig(readerBundleOptions(), {
    // readerAssets emits model/ and wasm/ into dist: everything the reader loads is bundled, same-origin.
    plugins: [svelte(), readerAssets(), crx({ manifest: manifestFor(command) })],
    // The popup comes from the manifest; the permission page is opened by the popup.
    build: { rollupOptions: { input: { permission: "permission.html" } } },
    // `pnpm dev`: load dist/ unpacked once; crxjs reloads pages from this server as files change.
    server: { port: DEV_PORT, strictPort: true, hmr: { host: "localhost", port: DEV_PORT, clientPort: DEV_PORT } },
  }),
);

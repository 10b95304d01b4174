import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

// Unit tests cover the pure modules and the runes classes (compiled by the Svelte plugin
// for the browser, so that their effects run); the page itself is tested end to end in tests/.
export default defineConfig({
  plugins: [svelte()],
  resolve: { conditions: ["browser"] },
  test: { include: ["src/**/*.test.ts"], environment: "./vitest.environment.ts" },
});

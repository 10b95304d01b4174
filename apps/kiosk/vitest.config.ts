import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

// Unit tests cover the pure modules and the runes classes (compiled by the Svelte plugin);
// the page itself is tested end to end in tests/.
export default defineConfig({
  plugins: [svelte()],
  test: { include: ["src/**/*.test.ts"] },
});

import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

// The built manifest is checked as built: run `pnpm build` first (turbo's test task does not build this package).
// The Svelte plugin compiles the popup's runes classes (*.svelte.ts).
export default defineConfig({
  plugins: [svelte()],
  test: { include: ["src/**/*.test.ts"] },
});

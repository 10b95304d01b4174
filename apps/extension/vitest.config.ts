import { defineConfig } from "vitest/config";

// The built manifest is checked as built: run `pnpm build` first (turbo's test task does not build this package).
export default defineConfig({
  test: { include: ["src/**/*.test.ts"] },
});

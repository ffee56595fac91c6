import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration tests: lib/server against a real PostgreSQL, one fresh database per run,
// run serially because they share it.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.int.test.ts", "tests/integration/**/*.int.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/integration-global-setup.ts"],
    setupFiles: ["tests/support/integration-env.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

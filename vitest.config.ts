import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests: pure code in lib/, no database.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts"],
    exclude: ["lib/**/*.int.test.ts", "node_modules/**"],
    environment: "node",
  },
});

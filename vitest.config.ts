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
    // prisma/seed-data: checks over the demo content itself.
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts"],
    exclude: ["**/*.int.test.ts", "node_modules/**"],
    environment: "node",
  },
});

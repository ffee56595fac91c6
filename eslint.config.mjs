import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next*/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "tests/artifacts/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
    },
  },
  {
    // Prisma stays in lib/server (and the database tooling); pages and components go through it.
    files: ["app/**", "components/**", "lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/generated/*", "**/generated/prisma/*", "@prisma/*"], message: "Database access belongs in lib/server." },
          ],
          paths: [{ name: "@/lib/server/db", message: "Database access belongs in lib/server use-cases and queries." }],
        },
      ],
    },
  },
  {
    // The domain layer is plain TypeScript: no framework, no I/O.
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next/*", "next", "@/lib/server/*", "@/lib/generated/*", "@prisma/*", "node:*", "pg"],
              message: "lib/domain must stay free of Next.js, the database and I/O.",
            },
          ],
        },
      ],
    },
  },
]);

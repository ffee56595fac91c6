import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../prisma/schema-engine";
import { createTestDatabase, dropTestDatabase } from "./test-database";

declare module "vitest" {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One fresh, migrated database per run; dropped afterwards unless KEEP_TEST_DB is set.
export default async function setup(project: TestProject) {
  const url = await createTestDatabase("kaushal_it");
  await applyMigrations(url);
  project.provide("databaseUrl", url);
  return async () => {
    if (!process.env.KEEP_TEST_DB) await dropTestDatabase(url);
  };
}

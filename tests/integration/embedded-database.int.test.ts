import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/cli/embedded-database";
import { applyMigrations } from "../../prisma/schema-engine";

// The newcomer's path: no PostgreSQL installed, the same migrations on the embedded database.
describe("embedded database", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "kaushal-embedded-"));
  let database: EmbeddedDatabase | undefined;

  afterAll(async () => {
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("runs the migrations and keeps its data across restarts", async () => {
    database = await startEmbeddedDatabase({ dataDir, port: 54349, maxConnections: 5 });
    const applied = await applyMigrations(database.url);
    expect(applied.length).toBeGreaterThan(0);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), 'kept@example.gov.in', 'Kept', now())`);
    await client.end();
    await database.stop();

    database = await startEmbeddedDatabase({ dataDir, port: 54349, maxConnections: 5 });
    expect(await applyMigrations(database.url)).toEqual([]);
    const again = new pg.Client({ connectionString: database.url });
    await again.connect();
    const { rows } = await again.query<{ email: string }>(`SELECT email FROM "User"`);
    await again.end();
    expect(rows.map((r) => r.email)).toEqual(["kept@example.gov.in"]);
  });
});

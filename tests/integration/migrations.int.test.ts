import { readFile } from "node:fs/promises";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { SNAPSHOT_PATH, applyMigrations, diffSchemas } from "../../prisma/schema-engine";

describe("migrations", () => {
  it("are already applied to the test database and re-running applies nothing", async () => {
    const url = process.env.DATABASE_URL!;
    expect(await applyMigrations(url)).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    await client.end();
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
  });

  // A schema change without a migration would deploy code that the database cannot serve.
  it("cover every change in prisma/schema.prisma", async () => {
    const snapshot = await readFile(SNAPSHOT_PATH, "utf8");
    const sql = await diffSchemas(process.env.DATABASE_URL!, [SNAPSHOT_PATH, snapshot]);
    expect(sql.replace(/--.*$/gm, "").trim()).toBe("");
  });
});

// `npm run db:migration:create -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the schema as of the last migration (kept in schema-snapshot.prisma)
// to the current prisma/schema.prisma, then refreshes the snapshot.
// The engine needs a connection only to know the database flavour; nothing is changed there.
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR, SCHEMA_PATH, SNAPSHOT_PATH, diffSchemas } from "./schema-engine";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration:create -- <name>");
  process.exit(1);
}

const url = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const previous = existsSync(SNAPSHOT_PATH)
  ? ([SNAPSHOT_PATH, await readFile(SNAPSHOT_PATH, "utf8")] as [string, string])
  : null;
const sql = await diffSchemas(url, previous);
if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
  console.log("No schema changes since the last migration.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), sql);
await copyFile(SCHEMA_PATH, SNAPSHOT_PATH);
console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql — review it, then run npm run db:migrate.`);
process.exit(0);

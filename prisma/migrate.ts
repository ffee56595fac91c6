// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
import { applyMigrations } from "./schema-engine";
import { requireDatabaseUrl } from "./database-url";

const url = requireDatabaseUrl();
try {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database schema is up to date.");
  process.exit(0);
} catch (error) {
  console.error("Migration failed:", error);
  process.exit(1);
}

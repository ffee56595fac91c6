// The database the synthetic government goes into: local unless the caller allows otherwise,
// created (or dropped and recreated with --reset), migrated, and empty before anything is loaded.
import pg from "pg";
import { applyMigrations } from "../../../prisma/schema-engine";
import { quoteIdentifier } from "./copy-writer";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function databaseName(connectionString: string): string {
  const name = decodeURIComponent(new URL(connectionString).pathname.slice(1));
  if (!name) throw new Error("The database URL names no database.");
  return name;
}

export function assertAllowedHost(connectionString: string, allowRemote: boolean): void {
  const host = new URL(connectionString).hostname;
  if (!allowRemote && !LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to load generated data into a database on ${host}: pass --allow-remote if that is really meant.`);
  }
}

/** The same server's maintenance database, for CREATE and DROP DATABASE. */
function maintenanceUrl(connectionString: string): string {
  const url = new URL(connectionString);
  url.pathname = "/postgres";
  return url.toString();
}

export async function prepareDatabase(options: { connectionString: string; reset: boolean; log: (message: string) => void }): Promise<void> {
  const name = databaseName(options.connectionString);
  const admin = new pg.Client({ connectionString: maintenanceUrl(options.connectionString) });
  await admin.connect();
  try {
    if (options.reset) {
      options.log(`dropping and recreating database ${name}`);
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    }
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  const applied = await applyMigrations(options.connectionString);
  if (applied.length > 0) options.log(`applied ${applied.length} migration(s)`);

  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ isSuperuser: boolean; rows: string }>(
      `SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS "isSuperuser",
              ((SELECT count(*) FROM "User") + (SELECT count(*) FROM "Organisation") + (SELECT count(*) FROM "Course"))::text AS "rows"`,
    );
    const [state] = rows;
    // session_replication_role, which keeps triggers and foreign-key checks out of the load, is superuser-only.
    if (!state?.isSuperuser) throw new Error("The load needs a superuser connection (it sets session_replication_role).");
    if (state.rows !== "0") throw new Error(`Database ${name} already holds data: pass --reset to drop and recreate it.`);
  } finally {
    await client.end();
  }
}

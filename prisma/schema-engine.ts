// Drives Prisma's schema engine compiled to WebAssembly, so migrations work on machines that
// cannot download the native engine. Same SQL, same `_prisma_migrations` bookkeeping as
// `prisma migrate deploy`.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);

export const PRISMA_DIR = path.resolve(import.meta.dirname);
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
export const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema-snapshot.prisma");

type SchemaFile = [string, string];
type SchemaEngine = engineBindings.SchemaEngine;

let wasmReady: Promise<void> | undefined;

function initialiseWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The wasm file is not in the package's exports map: resolve it beside the JS glue.
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
    const wasmModule = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": engineBindings });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return wasmReady;
}

type ScriptRunner = {
  client: { query: (sql: string) => Promise<unknown> };
  onError: (error: unknown) => never;
  executeScript: (script: string) => Promise<void>;
};

// adapter-pg runs a script by splitting it on ";", which breaks function bodies and runs the
// pieces outside one transaction. Sending the whole script as one simple query keeps a
// migration atomic, as `prisma migrate deploy` does.
function wholeScriptAdapter(connectionString: string): PrismaPg {
  const factory = new PrismaPg({ connectionString });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const runner = adapter as unknown as ScriptRunner;
    runner.executeScript = async (script) => {
      try {
        await runner.client.query(script);
      } catch (error) {
        runner.onError(error);
      }
    };
    return adapter;
  };
  return factory;
}

export async function openSchemaEngine(connectionString: string): Promise<SchemaEngine> {
  await initialiseWasm();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(connectionString));
  return engineBindings.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    adapter,
  );
}

export async function listMigrations(): Promise<{ name: string; sql: string }[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      sql: await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8"),
    })),
  );
}

/** Applies pending migrations; returns the names of those applied now. Idempotent. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await openSchemaEngine(connectionString);
  const migrations = await listMigrations();
  const lockfile = await readFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8");
  const output = await engine.applyMigrations({
    migrationsList: {
      baseDir: MIGRATIONS_DIR,
      lockfile: { path: "migration_lock.toml", content: lockfile },
      shadowDbInitScript: "",
      migrationDirectories: migrations.map((m) => ({
        path: m.name,
        migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
      })),
    },
    filters: { externalTables: [], externalEnums: [] },
  } as never);
  return output.appliedMigrationNames;
}

/** SQL that takes a database from `from` (or nothing) to the current schema. */
export async function diffSchemas(connectionString: string, from: SchemaFile | null): Promise<string> {
  const engine = await openSchemaEngine(connectionString);
  const current: SchemaFile = [SCHEMA_PATH, await readFile(SCHEMA_PATH, "utf8")];
  const result = await engine.diff({
    from: from ? { tag: "schemaDatamodel", files: [{ path: from[0], content: from[1] }] } : { tag: "empty" },
    to: { tag: "schemaDatamodel", files: [{ path: current[0], content: current[1] }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  } as never);
  return (result as { stdout: string | null }).stdout ?? "";
}

import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const { DATABASE_URL, DATABASE_POOL_SIZE, DATABASE_TRANSACTION_MAX_WAIT_MS, DATABASE_TRANSACTION_TIMEOUT_MS } = env();
  const adapter = new PrismaPg({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_SIZE,
    // pg-pool waits forever when exhausted; fail fast instead of hanging requests. Same wait as a
    // transaction's, so a burst queues for the pool rather than Prisma giving up first (P2028).
    connectionTimeoutMillis: DATABASE_TRANSACTION_MAX_WAIT_MS,
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: Math.max(15_000, DATABASE_TRANSACTION_TIMEOUT_MS),
  });
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true } },
    // Prisma's defaults (2 s to start, 5 s to run) fail a burst on a small pool: the request
    // waiting behind a few short transactions is refused although it would have run in time.
    transactionOptions: { maxWait: DATABASE_TRANSACTION_MAX_WAIT_MS, timeout: DATABASE_TRANSACTION_TIMEOUT_MS },
  });
}

export type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { kaushalDb?: Db };

// One client per process, cached on globalThis so dev-server reloads do not open new pools.
function client(): Db {
  globalForDb.kaushalDb ??= createClient();
  return globalForDb.kaushalDb;
}

// Created on first use, not on import: `next build` imports server modules without a database.
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
  // `in` must see the real client's members too: the factories tell a full client from a
  // transaction's by them.
  has(_target, property) {
    return Reflect.has(client(), property);
  },
});

/**
 * What `db.$transaction(async (tx) => …)` hands to its callback, with the same default `omit`
 * as `db`. Use-cases that can join a caller's transaction take this type (so `db` fits too).
 */
export type DbTransaction = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { db, type Db } from "@/lib/server/db";

/**
 * Reads that may lag the primary by a moment (reports, dashboards) go to a streaming replica when
 * DATABASE_REPLICA_URL is set, so the heavy report queries never compete with officials' writes;
 * without it they use the primary (`db`). Writes, transactions and read-your-own-write paths must
 * use `db`: a replica refuses writes and may not have the row just written.
 */
function createReadClient(): Db {
  const { DATABASE_REPLICA_URL, DATABASE_POOL_SIZE } = env();
  if (!DATABASE_REPLICA_URL) return db;
  const replicas = DATABASE_REPLICA_URL.split(",").map(
    (connectionString) =>
      new PrismaClient({
        adapter: new PrismaPg({
          connectionString: connectionString.trim(),
          max: DATABASE_POOL_SIZE,
          // Same limits as the primary's pool (lib/server/db.ts): never wait for ever.
          connectionTimeoutMillis: 10_000,
          statement_timeout: 30_000,
          idle_in_transaction_session_timeout: 15_000,
        }),
        omit: { user: { passwordHash: true } },
      }),
  );
  // The extension picks a replica per query; $replica() routes raw SQL there too (by default it
  // sends $queryRaw to the primary, and most report queries are raw).
  const routed = db.$extends(readReplicas({ replicas }));
  return new Proxy({} as Db, {
    get(_target, property) {
      const replica = routed.$replica() as unknown as Db;
      const value: unknown = Reflect.get(replica, property);
      return typeof value === "function" ? value.bind(replica) : value;
    },
  });
}

const globalForDbRead = globalThis as unknown as { kaushalDbRead?: Db };

// Created on first use, like `db`: `next build` imports server modules without a database.
export const dbRead: Db = new Proxy({} as Db, {
  get(_target, property) {
    globalForDbRead.kaushalDbRead ??= createReadClient();
    return Reflect.get(globalForDbRead.kaushalDbRead, property);
  },
});

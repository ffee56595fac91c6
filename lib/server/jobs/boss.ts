import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { QUEUES } from "./queues";

export type BossRole = "sender" | "worker";

const globalForBoss = globalThis as unknown as { kaushalBoss?: Promise<PgBoss> };

// Passed through to pg-boss's pg.Pool (its types omit them): never wait for ever on a full pool, a
// stuck statement or a transaction left open by a dead worker. Maintenance gets a longer limit.
const POOL_LIMITS = { connectionTimeoutMillis: 10_000, statement_timeout: 60_000, idle_in_transaction_session_timeout: 60_000 };

/**
 * The one place pg-boss is configured. The portal only sends ("sender"); the worker process
 * (lib/cli/worker.ts) also supervises: it expires jobs whose worker died and runs schedules.
 * Both keep a small pool of their own: the embedded database serves few connections.
 */
export async function createBoss(role: BossRole, connectionString: string = env().DATABASE_URL): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString,
    max: env().JOBS_POOL_SIZE,
    ...POOL_LIMITS,
    application_name: `kaushal-jobs-${role}`,
    supervise: role === "worker",
    schedule: role === "worker",
    // Creating the pgboss schema is idempotent and advisory-locked, so either side may do it first.
    migrate: true,
    // Finished jobs are kept a week for inspection; the import's own rows are the lasting record.
    deleteAfterDays: 7,
  });
  boss.on("error", (error: unknown) => console.error("[jobs]", error instanceof Error ? error.message : error));
  await boss.start();
  for (const queue of Object.values(QUEUES)) await boss.createQueue(queue.name, { ...queue });
  return boss;
}

/** The portal's sender, started on first use and shared by every request of this process. */
export function senderBoss(): Promise<PgBoss> {
  globalForBoss.kaushalBoss ??= createBoss("sender").catch((error: unknown) => {
    globalForBoss.kaushalBoss = undefined;
    throw error;
  });
  return globalForBoss.kaushalBoss;
}

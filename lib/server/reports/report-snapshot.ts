import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

export type Snapshot<T> = { value: T; computedAt: Date };

type SnapshotOptions<T> = {
  key: string;
  /** The stated staleness bound: a stored figure older than this is recomputed on the next view. */
  maxAgeMs: number;
  now: Date;
  compute: () => Promise<T>;
  /** JSON cannot carry Dates: revive the ones the payload holds. */
  revive: (payload: Prisma.JsonValue) => T;
};

/**
 * A figure too wide to recount on every view, read from its stored snapshot while that is
 * younger than maxAgeMs. When it is older, one viewer recomputes it (a transaction-scoped advisory
 * lock on the key elects them) while concurrent viewers keep reading the previous snapshot, so a
 * busy dashboard never recounts in parallel; with no snapshot at all, every viewer computes.
 */
export async function readThroughSnapshot<T>(options: SnapshotOptions<T>): Promise<Snapshot<T>> {
  const stored = await db.reportSnapshot.findUnique({ where: { key: options.key } });
  if (stored && options.now.getTime() - stored.computedAt.getTime() < options.maxAgeMs) {
    return { value: options.revive(stored.payload), computedAt: stored.computedAt };
  }
  const refreshed = await db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ acquired: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${options.key}, 0)) AS "acquired"`;
    if (!lock?.acquired) return null;
    // Someone else may have refreshed it between the read above and the lock.
    const latest = await tx.reportSnapshot.findUnique({ where: { key: options.key }, select: { computedAt: true } });
    if (latest && options.now.getTime() - latest.computedAt.getTime() < options.maxAgeMs && latest.computedAt > (stored?.computedAt ?? new Date(0))) return null;
    // Stamped with the view's time (the time the figures are counted as of).
    const computedAt = options.now;
    const value = await options.compute();
    const payload = JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
    await tx.reportSnapshot.upsert({ where: { key: options.key }, create: { key: options.key, computedAt, payload }, update: { computedAt, payload } });
    return { value, computedAt };
  });
  if (refreshed) return refreshed;
  const current = await db.reportSnapshot.findUnique({ where: { key: options.key } });
  if (current) return { value: options.revive(current.payload), computedAt: current.computedAt };
  return { value: await options.compute(), computedAt: options.now };
}

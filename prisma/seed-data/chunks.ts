// Bulk inserts go in slices: a few hundred rows per statement keeps each statement small and
// each implicit transaction short, which the embedded single-connection database needs.
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
export const CHUNK_SIZE = 500;

export function chunk<T>(items: readonly T[], size: number = CHUNK_SIZE): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < items.length; i += size) slices.push(items.slice(i, i + size));
  return slices;
}

/** Runs `insert` on each slice in turn and returns the total it reports. */
export async function insertInChunks<T>(
  rows: readonly T[],
  insert: (slice: T[]) => Promise<{ count: number }>,
): Promise<number> {
  let total = 0;
  for (const slice of chunk(rows)) total += (await insert(slice)).count;
  return total;
}

/**
 * Runs `work` for each item, `size` items per transaction: one commit (one disk flush) per group
 * instead of per item, while each transaction stays short enough not to hold up the embedded
 * database for long.
 */
export async function forEachInTransactions<T>(
  prisma: PrismaClient,
  items: readonly T[],
  work: (tx: Prisma.TransactionClient, item: T) => Promise<void>,
  size = 25,
): Promise<void> {
  for (const slice of chunk(items, size)) {
    await prisma.$transaction(
      async (tx) => {
        for (const item of slice) await work(tx, item);
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  }
}

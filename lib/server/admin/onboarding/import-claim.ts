import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DbTransaction } from "@/lib/server/db";

// Timestamps are stored as UTC without a zone (Prisma's DateTime); the database clock decides
// leases, so two machines' clocks never disagree about whether a worker is alive.
export const DB_NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/** Another worker holds the import now: this one stops without writing anything more. */
export class LostClaimError extends Error {
  constructor(importId: string) {
    super(`Import ${importId} is held by another worker`);
    this.name = "LostClaimError";
  }
}

/**
 * Fences one chunk: inside the chunk's transaction, renews the heartbeat only if this worker
 * still holds the claim and the cursor is where it left it. Otherwise the whole chunk rolls back.
 */
export async function renewClaim(
  tx: DbTransaction,
  options: { importId: string; token: string; cursor: { column: "stagedRows" | "rowsDone"; value: number } },
): Promise<void> {
  const column = Prisma.raw(`"${options.cursor.column}"`);
  const renewed = await tx.$executeRaw`
    UPDATE "OnboardingImport" SET "heartbeatAt" = ${DB_NOW}
    WHERE id = ${options.importId}::uuid AND "claimToken" = ${options.token}::uuid AND ${column} = ${options.cursor.value}`;
  if (renewed !== 1) throw new LostClaimError(options.importId);
}

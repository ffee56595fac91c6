import "server-only";
import { countsTowardHeldLevel } from "../../domain/competency/held-level";
import type { PassbookEntry, PassbookSource } from "../../generated/prisma/client";
import { inTransaction, type FactoryClient } from "./factory-client";

export type CreatePassbookEntryInput = {
  userId: string;
  competencyId: string;
  level: number;
  source?: PassbookSource;
  evidence?: string;
  evidenceRef?: string | null;
  awardedById?: string | null;
  awardedAt?: Date;
};

/**
 * Records competency evidence and, when it is verified evidence, raises the official's held level
 * to it if higher, in one transaction: OfficialCompetency must always equal the highest verified,
 * unrevoked level in the passbook.
 */
export async function createPassbookEntry(
  prisma: FactoryClient,
  input: CreatePassbookEntryInput,
): Promise<PassbookEntry> {
  return inTransaction(prisma, async (tx) => {
    const entry = await tx.passbookEntry.create({
      data: {
        userId: input.userId,
        competencyId: input.competencyId,
        level: input.level,
        source: input.source ?? "COURSE",
        evidence: input.evidence ?? "Recorded for a test.",
        evidenceRef: input.evidenceRef ?? null,
        awardedById: input.awardedById ?? null,
        awardedAt: input.awardedAt ?? new Date(),
      },
    });
    if (!countsTowardHeldLevel(entry)) return entry;
    // GREATEST in SQL rather than read-then-write, so concurrent evidence cannot lower the level.
    await tx.$executeRaw`
      INSERT INTO "OfficialCompetency" ("userId", "competencyId", "level", "updatedAt")
      VALUES (${input.userId}::uuid, ${input.competencyId}::uuid, ${input.level}, now())
      ON CONFLICT ("userId", "competencyId")
      DO UPDATE SET "level" = GREATEST("OfficialCompetency"."level", EXCLUDED."level"), "updatedAt" = now()`;
    return entry;
  });
}

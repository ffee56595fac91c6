import "server-only";
import { VERIFIED_EVIDENCE_SOURCES } from "@/lib/domain/competency/held-level";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DbTransaction } from "@/lib/server/db";

// OfficialCompetency is the held level (lib/domain/competency/held-level.ts) stored per official
// and competency; triggers roll it up into the gap reports. These two writers keep it equal to
// the evidence: one for new evidence, one for evidence that stops counting.

type Tx = Pick<DbTransaction, "$executeRaw" | "$queryRaw">;

/**
 * Raises held levels to newly recorded verified evidence. GREATEST in SQL, not a level read
 * earlier: another completion committing in between must not be overwritten by a lower level.
 * Competencies go in id order so two writers lock the roll-up rows in the same order.
 */
export async function raiseHeldLevels(tx: Tx, input: { userId: string; levels: readonly { competencyId: string; level: number }[]; now: Date }): Promise<void> {
  if (input.levels.length === 0) return;
  const best = new Map<string, number>();
  for (const { competencyId, level } of input.levels) best.set(competencyId, Math.max(level, best.get(competencyId) ?? 0));
  const rows = [...best]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([competencyId, level]) => Prisma.sql`(${input.userId}::uuid, ${competencyId}::uuid, ${level}::smallint, ${input.now})`);
  await tx.$executeRaw`
    INSERT INTO "OfficialCompetency" ("userId", "competencyId", "level", "updatedAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("userId", "competencyId") DO UPDATE
      SET "level" = GREATEST("OfficialCompetency"."level", EXCLUDED."level"),
          "updatedAt" = CASE WHEN EXCLUDED."level" > "OfficialCompetency"."level" THEN EXCLUDED."updatedAt" ELSE "OfficialCompetency"."updatedAt" END`;
}

/**
 * Recomputes one held level from the evidence that still counts, after evidence stopped counting
 * (a revoked endorsement). The row is locked first, so a completion raising it concurrently
 * either committed before (and its evidence is read here) or waits and applies GREATEST on top.
 * Returns the level now held (0 when nothing verified stands, and the row is removed).
 */
export async function recomputeHeldLevel(tx: Tx, input: { userId: string; competencyId: string; now: Date }): Promise<number> {
  await tx.$queryRaw`
    SELECT 1 FROM "OfficialCompetency" WHERE "userId" = ${input.userId}::uuid AND "competencyId" = ${input.competencyId}::uuid FOR UPDATE`;
  const [row] = await tx.$queryRaw<{ level: number | null }[]>`
    SELECT max("level")::int AS "level" FROM "PassbookEntry"
    WHERE "userId" = ${input.userId}::uuid AND "competencyId" = ${input.competencyId}::uuid
      AND "revokedAt" IS NULL AND "source"::text = ANY(${[...VERIFIED_EVIDENCE_SOURCES]}::text[])`;
  const level = row?.level ?? 0;
  if (level === 0) {
    await tx.$executeRaw`DELETE FROM "OfficialCompetency" WHERE "userId" = ${input.userId}::uuid AND "competencyId" = ${input.competencyId}::uuid`;
    return 0;
  }
  await tx.$executeRaw`
    INSERT INTO "OfficialCompetency" ("userId", "competencyId", "level", "updatedAt")
    VALUES (${input.userId}::uuid, ${input.competencyId}::uuid, ${level}::smallint, ${input.now})
    ON CONFLICT ("userId", "competencyId") DO UPDATE SET "level" = EXCLUDED."level", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "OfficialCompetency"."level" <> EXCLUDED."level"`;
  return level;
}

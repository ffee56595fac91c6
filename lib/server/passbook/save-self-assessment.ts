import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { requiredLevelFor } from "./required-level";

export type SaveSelfAssessmentInput = { competencyId: string; level: number; note: string | null; now?: Date };

/**
 * The official rates themselves against a competency their post requires. A new rating replaces
 * the old one and goes back into the reporting officer's queue (the review was of the old rating).
 * It never touches the held level: a self-declared level is not evidence.
 */
export async function saveSelfAssessment(official: Pick<CurrentUser, "id">, input: SaveSelfAssessmentInput): Promise<void> {
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: official.id }, select: { fracPositionId: true } });
    const required = await requiredLevelFor(tx, { fracPositionId: user?.fracPositionId ?? null, competencyId: input.competencyId });
    if (!required) throw new DomainError("SELF_ASSESSMENT_NOT_REQUIRED");

    const rating = { level: input.level, note: input.note, assessedAt: now, reviewedAt: null, reviewedById: null };
    await tx.selfAssessment.upsert({
      where: { userId_competencyId: { userId: official.id, competencyId: input.competencyId } },
      create: { userId: official.id, competencyId: input.competencyId, ...rating },
      update: rating,
      select: { userId: true },
    });
  });
}

import "server-only";
import { assertMayReview, assertRequiredForPost, endorsementEvidence } from "@/lib/domain/competency/endorsement";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { raiseHeldLevels } from "@/lib/server/passbook/held-levels";
import { requiredLevelFor } from "@/lib/server/passbook/required-level";

export type EndorseCompetencyInput = { reporteeId: string; competencyId: string; level: number; note: string | null; now?: Date };

export type EndorseCompetencyResult = { entryId: string; selfAssessmentReviewed: boolean };

/**
 * A reporting officer endorses a direct reportee's competency at a level. In one transaction: the
 * passbook entry (SUPERVISOR, verified evidence), the pending self-assessment of that competency
 * marked reviewed, the held level raised (triggers move the gap reports with it) and the audit
 * row. The reporting line is checked in the query itself; anyone else is "not found".
 */
export async function endorseCompetency(officer: Pick<CurrentUser, "id">, input: EndorseCompetencyInput): Promise<EndorseCompetencyResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const reportee =
      input.reporteeId === officer.id
        ? null
        : await tx.user.findFirst({
            where: { id: input.reporteeId, reportingOfficerId: officer.id },
            select: { id: true, reportingOfficerId: true, organisationId: true, fracPositionId: true },
          });
    assertMayReview(officer.id, input.reporteeId, reportee);
    assertRequiredForPost(await requiredLevelFor(tx, { fracPositionId: reportee.fracPositionId, competencyId: input.competencyId }));

    const entry = await tx.passbookEntry.create({
      data: {
        userId: reportee.id,
        competencyId: input.competencyId,
        level: input.level,
        source: "SUPERVISOR",
        evidence: endorsementEvidence(input.note),
        awardedById: officer.id,
        awardedAt: now,
      },
      select: { id: true },
    });
    // The officer has answered the official's own rating, whatever level they endorsed.
    const reviewed = await tx.selfAssessment.updateMany({
      where: { userId: reportee.id, competencyId: input.competencyId, reviewedAt: null },
      data: { reviewedAt: now, reviewedById: officer.id },
    });
    await raiseHeldLevels(tx, { userId: reportee.id, levels: [{ competencyId: input.competencyId, level: input.level }], now });
    await tx.auditLog.create({
      data: {
        actorId: officer.id,
        action: "competency.endorsed",
        entityType: "PassbookEntry",
        entityId: entry.id,
        organisationId: reportee.organisationId,
        details: { reporteeId: reportee.id, competencyId: input.competencyId, level: input.level, note: input.note, selfAssessmentReviewed: reviewed.count > 0 },
        createdAt: now,
      },
      select: { id: true },
    });
    return { entryId: entry.id, selfAssessmentReviewed: reviewed.count > 0 };
  });
}

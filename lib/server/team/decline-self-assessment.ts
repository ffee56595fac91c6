import "server-only";
import { assertMayReview } from "@/lib/domain/competency/endorsement";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";

export type DeclineSelfAssessmentInput = { reporteeId: string; competencyId: string; now?: Date };

/**
 * The reporting officer does not endorse a reportee's self-assessment: it leaves the review queue
 * (a new rating puts it back) and the held level stays as the evidence has it. Audited in the same
 * transaction; the reporting line is checked in the query, anyone else is "not found".
 */
export async function declineSelfAssessment(officer: Pick<CurrentUser, "id">, input: DeclineSelfAssessmentInput): Promise<void> {
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    const reportee =
      input.reporteeId === officer.id
        ? null
        : await tx.user.findFirst({
            where: { id: input.reporteeId, reportingOfficerId: officer.id },
            select: { id: true, reportingOfficerId: true, organisationId: true },
          });
    assertMayReview(officer.id, input.reporteeId, reportee);

    // The guard on reviewedAt makes a second decline (or one racing an endorsement) change nothing.
    const declined = await tx.selfAssessment.updateManyAndReturn({
      where: { userId: reportee.id, competencyId: input.competencyId, reviewedAt: null },
      data: { reviewedAt: now, reviewedById: officer.id },
      select: { level: true, note: true },
    });
    const [assessment] = declined;
    if (!assessment) throw new DomainError("SELF_ASSESSMENT_NOT_PENDING");

    await tx.auditLog.create({
      data: {
        actorId: officer.id,
        action: "self_assessment.declined",
        entityType: "SelfAssessment",
        entityId: `${reportee.id}:${input.competencyId}`,
        organisationId: reportee.organisationId,
        details: { reporteeId: reportee.id, competencyId: input.competencyId, level: assessment.level, note: assessment.note },
        createdAt: now,
      },
      select: { id: true },
    });
  });
}

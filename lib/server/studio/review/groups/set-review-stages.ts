import "server-only";
import { db } from "@/lib/server/db";
import { assertManagedOrganisation, writeGroupAudit, type GroupManager } from "./manage-scope";

/**
 * Sets how many review stages an organisation's courses pass (1: MDO approval; 2: a subject
 * expert first), or clears it so the nearest setting above applies. Reviews already under way
 * keep their MDO approval whatever the new setting (lib/domain/studio/review-routing.ts).
 */
export async function setReviewStages(user: GroupManager, input: { organisationId: string; reviewStages: 1 | 2 | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const organisation = await assertManagedOrganisation(tx, user, input.organisationId);
    const before = await tx.organisation.findUniqueOrThrow({ where: { id: organisation.id }, select: { reviewStages: true } });
    await tx.organisation.update({ where: { id: organisation.id }, data: { reviewStages: input.reviewStages }, select: { id: true } });
    await writeGroupAudit(tx, {
      actorId: user.id,
      action: "organisation.review_stages_set",
      entityType: "Organisation",
      entityId: organisation.id,
      organisationId: organisation.id,
      details: { from: before.reviewStages, to: input.reviewStages },
    });
  });
}

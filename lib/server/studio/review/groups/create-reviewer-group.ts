import "server-only";
import type { ReviewStageName } from "@/lib/domain/studio/review-routing";
import { StudioError } from "@/lib/domain/studio/studio-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { assertManagedOrganisation, writeGroupAudit, type GroupManager } from "./manage-scope";

export type CreateReviewerGroupInput = { organisationId: string; stage: ReviewStageName; competencyArea: string | null; name: string };

/**
 * A reviewer group of an organisation for one stage, for one competency area or for all of them.
 * One group per organisation, stage and area (a unique index, NULLS NOT DISTINCT for the
 * catch-all), so two admins creating the same group at once get one group and a clear refusal.
 */
export async function createReviewerGroup(user: GroupManager, input: CreateReviewerGroupInput): Promise<{ groupId: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const organisation = await assertManagedOrganisation(tx, user, input.organisationId);
      if (input.competencyArea !== null) {
        const known = await tx.competency.count({ where: { area: input.competencyArea } });
        if (known === 0) throw new StudioError("REVIEWER_GROUP_NOT_FOUND", "That competency area is not in the framework.");
      }
      const group = await tx.reviewerGroup.create({
        data: { organisationId: organisation.id, stage: input.stage, competencyArea: input.competencyArea, name: input.name },
        select: { id: true },
      });
      await writeGroupAudit(tx, {
        actorId: user.id,
        action: "reviewer_group.created",
        entityType: "ReviewerGroup",
        entityId: group.id,
        organisationId: organisation.id,
        details: { stage: input.stage, competencyArea: input.competencyArea, name: input.name },
      });
      return { groupId: group.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new StudioError("REVIEWER_GROUP_EXISTS");
    throw error;
  }
}

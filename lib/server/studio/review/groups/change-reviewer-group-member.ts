import "server-only";
import { StudioError } from "@/lib/domain/studio/studio-error";
import { db } from "@/lib/server/db";
import { eligibleReviewerWhere, findManagedGroup, writeGroupAudit, type GroupManager } from "./manage-scope";

/**
 * Adds an official to a reviewer group: only an active official of the admin's own subtree who
 * holds CONTENT_REVIEWER or MDO_ADMIN. Adding someone already in the group changes nothing.
 */
export async function addReviewerGroupMember(user: GroupManager, input: { groupId: string; userId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const group = await findManagedGroup(tx, user, input.groupId);
    const member = await tx.user.findFirst({ where: { AND: [{ id: input.userId }, eligibleReviewerWhere(user)] }, select: { id: true } });
    if (!member) throw new StudioError("REVIEWER_NOT_ELIGIBLE");
    const { count } = await tx.reviewerGroupMember.createMany({ data: [{ groupId: group.id, userId: member.id }], skipDuplicates: true });
    if (count === 0) return;
    await writeGroupAudit(tx, {
      actorId: user.id,
      action: "reviewer_group.member_added",
      entityType: "ReviewerGroup",
      entityId: group.id,
      organisationId: group.organisationId,
      details: { userId: member.id },
    });
  });
}

/** Takes an official out of a group; reviews already routed to the group stay with it. */
export async function removeReviewerGroupMember(user: GroupManager, input: { groupId: string; userId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const group = await findManagedGroup(tx, user, input.groupId);
    const { count } = await tx.reviewerGroupMember.deleteMany({ where: { groupId: group.id, userId: input.userId } });
    if (count === 0) return;
    await writeGroupAudit(tx, {
      actorId: user.id,
      action: "reviewer_group.member_removed",
      entityType: "ReviewerGroup",
      entityId: group.id,
      organisationId: group.organisationId,
      details: { userId: input.userId },
    });
  });
}

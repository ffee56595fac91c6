import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { StudioError } from "@/lib/domain/studio/studio-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { organisationScopeFilter, organisationWhereInScope } from "@/lib/server/auth/scope";

type Tx = Prisma.TransactionClient;
export type GroupManager = Pick<CurrentUser, "id" | "grants">;

/** The organisation, if it lies in a subtree the user administers; refused otherwise. */
export async function assertManagedOrganisation(tx: Tx, user: GroupManager, organisationId: string): Promise<{ id: string; name: string }> {
  const organisation = await tx.organisation.findFirst({
    where: { AND: [{ id: organisationId }, organisationWhereInScope(user, "manage")] },
    select: { id: true, name: true },
  });
  if (!organisation) throw new StudioError("ORGANISATION_NOT_IN_SCOPE");
  return organisation;
}

/** A reviewer group of an organisation the user administers, found by id in the query itself. */
export async function findManagedGroup(tx: Tx, user: GroupManager, groupId: string): Promise<{ id: string; organisationId: string; name: string }> {
  const group = await tx.reviewerGroup.findFirst({
    where: { id: groupId, organisation: organisationWhereInScope(user, "manage") },
    select: { id: true, organisationId: true, name: true },
  });
  if (!group) throw new StudioError("REVIEWER_GROUP_NOT_FOUND");
  return group;
}

/** Who may sit in a reviewer group: active officials of the admin's subtree who review or administer. */
export function eligibleReviewerWhere(user: GroupManager): Prisma.UserWhereInput {
  return {
    AND: [organisationScopeFilter(user, "manage"), { status: "ACTIVE", roles: { some: { role: { in: ["CONTENT_REVIEWER", "MDO_ADMIN"] } } } }],
  };
}

export async function writeGroupAudit(
  tx: Tx,
  entry: { actorId: string; action: string; entityType: "Organisation" | "ReviewerGroup"; entityId: string; organisationId: string; details: Prisma.InputJsonObject },
): Promise<void> {
  await tx.auditLog.create({ data: { ...entry }, select: { id: true } });
}

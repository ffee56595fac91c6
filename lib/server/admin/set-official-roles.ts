import "server-only";
import { roleGrantChanges, type WantedRoles } from "@/lib/domain/admin/role-grants";
import type { CurrentUser } from "@/lib/domain/roles";
import type { Role } from "@/lib/generated/prisma/client";
import { invalidateSessions } from "@/lib/server/auth/invalidate-sessions";
import { organisationScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { writeAdminAudit } from "./write-admin-audit";

export type SetOfficialRolesResult = { status: "SAVED"; changed: boolean } | { status: "REFUSED"; message: string } | { status: "NOT_FOUND" };

/**
 * Grants or removes the roles an MDO admin may give within their subtree (lib/domain/admin/role-grants.ts).
 * A changed grant ends the official's sessions, so it applies on their next request; an admin may
 * not change their own roles (they could only lock themselves out or widen their own reach).
 */
export async function setOfficialRoles(actor: Pick<CurrentUser, "id" | "grants">, input: { officialId: string } & WantedRoles, now = new Date()): Promise<SetOfficialRolesResult> {
  if (input.officialId === actor.id) return { status: "REFUSED", message: "You cannot change your own roles." };
  return db.$transaction(async (tx) => {
    const official = await tx.user.findFirst({
      where: { AND: [{ id: input.officialId }, organisationScopeFilter(actor, "manage")] },
      select: { id: true, organisationId: true, roles: { select: { id: true, role: true, organisationId: true } } },
    });
    if (!official?.organisationId) return { status: "NOT_FOUND" };
    const { add, remove } = roleGrantChanges(official.roles, input, official.organisationId);
    if (add.length === 0 && remove.length === 0) return { status: "SAVED", changed: false };

    const removeIds = official.roles
      .filter((grant) => remove.some((gone) => gone.role === grant.role && gone.organisationId === grant.organisationId))
      .map((grant) => grant.id);
    if (removeIds.length > 0) await tx.userRole.deleteMany({ where: { id: { in: removeIds }, userId: official.id } });
    if (add.length > 0) {
      await tx.userRole.createMany({ data: add.map((grant) => ({ userId: official.id, role: grant.role as Role, organisationId: grant.organisationId })), skipDuplicates: true });
    }
    await invalidateSessions(official.id, tx);
    await writeAdminAudit(tx, {
      actorId: actor.id,
      action: "official.roles_changed",
      entityType: "User",
      entityId: official.id,
      organisationId: official.organisationId,
      details: { added: add, removed: remove },
      now,
    });
    return { status: "SAVED", changed: true };
  });
}

import "server-only";
import { OFFICIAL_REFUSAL_MESSAGES, refusalFor } from "@/lib/domain/admin/official-changes";
import type { CurrentUser } from "@/lib/domain/roles";
import { invalidateSessions } from "@/lib/server/auth/invalidate-sessions";
import { organisationScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { writeAdminAudit } from "./write-admin-audit";

export type SetOfficialStatusResult =
  | { status: "CHANGED" | "UNCHANGED" }
  | { status: "REFUSED"; message: string }
  | { status: "NOT_FOUND" };

/**
 * Suspends or reactivates an official of the admin's subtree. Suspension bumps the session
 * version in the same transaction, so every session the official holds ends on its next request
 * (lib/server/auth/load-session-user.ts), and sign-in refuses them until they are reactivated.
 */
export async function setOfficialStatus(
  actor: Pick<CurrentUser, "id" | "grants">,
  input: { officialId: string; status: "ACTIVE" | "SUSPENDED" },
  now = new Date(),
): Promise<SetOfficialStatusResult> {
  const refusal = refusalFor({ actorId: actor.id, officialId: input.officialId, suspending: input.status === "SUSPENDED" });
  return db.$transaction(async (tx) => {
    const official = await tx.user.findFirst({
      where: { AND: [{ id: input.officialId }, organisationScopeFilter(actor, "manage")] },
      select: { id: true, organisationId: true },
    });
    if (!official) return { status: "NOT_FOUND" };
    if (refusal) return { status: "REFUSED", message: OFFICIAL_REFUSAL_MESSAGES[refusal] };

    // The guard on the current status makes a double click, or two admins at once, record one change.
    const { count } = await tx.user.updateMany({ where: { id: official.id, status: { not: input.status } }, data: { status: input.status } });
    if (count === 0) return { status: "UNCHANGED" };
    if (input.status === "SUSPENDED") await invalidateSessions(official.id, tx);

    await writeAdminAudit(tx, {
      actorId: actor.id,
      action: input.status === "SUSPENDED" ? "official.suspended" : "official.reactivated",
      entityType: "User",
      entityId: official.id,
      organisationId: official.organisationId,
      details: { status: input.status },
      now,
    });
    return { status: "CHANGED" };
  });
}

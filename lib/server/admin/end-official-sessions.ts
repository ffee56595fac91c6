import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { invalidateSessions } from "@/lib/server/auth/invalidate-sessions";
import { organisationScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { writeAdminAudit } from "./write-admin-audit";

export type EndOfficialSessionsResult = { status: "ENDED"; sessionsEnded: number } | { status: "NOT_FOUND" };

/**
 * Signs an official of the admin's subtree out everywhere (a lost phone, a shared computer):
 * every session row is revoked and the session version moves on, in one transaction with the
 * audit row. An official outside the subtree is "not found". They may sign in again at once.
 */
export async function endOfficialSessions(actor: Pick<CurrentUser, "id" | "grants">, input: { officialId: string }, now = new Date()): Promise<EndOfficialSessionsResult> {
  return db.$transaction(async (tx) => {
    const official = await tx.user.findFirst({
      where: { AND: [{ id: input.officialId }, organisationScopeFilter(actor, "manage")] },
      select: { id: true, organisationId: true },
    });
    if (!official) return { status: "NOT_FOUND" };
    const sessionsEnded = await tx.userSession.count({ where: { userId: official.id, revokedAt: null, expiresAt: { gt: now } } });
    await invalidateSessions(official.id, tx);
    await writeAdminAudit(tx, {
      actorId: actor.id,
      action: "official.sessions_ended",
      entityType: "User",
      entityId: official.id,
      organisationId: official.organisationId,
      details: { sessionsEnded },
      now,
    });
    return { status: "ENDED", sessionsEnded };
  });
}

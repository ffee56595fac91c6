import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { organisationScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { recomputeHeldLevel } from "@/lib/server/passbook/held-levels";

export type RevokeEndorsementInput = { entryId: string; reason: string; now?: Date };

export type RevokeEndorsementResult = { heldLevel: number };

/**
 * Withdraws an endorsement: the entry stays in the passbook, marked revoked with who and why, and
 * stops counting; the held level falls back to the best evidence left. Only the officer who gave
 * it, or an MDO admin of the official's organisation subtree, may revoke it — anyone else is told
 * "not found", in the query itself. Audited in the same transaction.
 */
export async function revokeEndorsement(
  actor: Pick<CurrentUser, "id" | "grants">,
  input: RevokeEndorsementInput,
): Promise<RevokeEndorsementResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const entry = await tx.passbookEntry.findFirst({
      where: {
        id: input.entryId,
        source: "SUPERVISOR",
        OR: [{ awardedById: actor.id }, { user: organisationScopeFilter(actor, "manage") }],
      },
      select: { id: true, userId: true, competencyId: true, level: true, user: { select: { organisationId: true } } },
    });
    if (!entry) throw new DomainError("ENDORSEMENT_NOT_FOUND");

    // The guard on revokedAt lets only the first of two revocations through.
    const { count } = await tx.passbookEntry.updateMany({
      where: { id: entry.id, revokedAt: null },
      data: { revokedAt: now, revokedById: actor.id, revokeReason: input.reason },
    });
    if (count === 0) throw new DomainError("ENDORSEMENT_ALREADY_REVOKED");

    const heldLevel = await recomputeHeldLevel(tx, { userId: entry.userId, competencyId: entry.competencyId, now });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "competency.endorsement_revoked",
        entityType: "PassbookEntry",
        entityId: entry.id,
        organisationId: entry.user.organisationId,
        details: { reporteeId: entry.userId, competencyId: entry.competencyId, level: entry.level, reason: input.reason, heldLevel },
        createdAt: now,
      },
      select: { id: true },
    });
    return { heldLevel };
  });
}

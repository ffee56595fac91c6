import "server-only";
import { applyProfileChange, isTransfer } from "@/lib/domain/admin/profile-change";
import { decideRequest } from "@/lib/domain/admin/request-status";
import type { CurrentUser } from "@/lib/domain/roles";
import { organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { writeAdminAudit } from "./write-admin-audit";

export type DecideProfileChangeResult =
  | { status: "APPROVED" | "REJECTED" }
  | { status: "ALREADY_DECIDED" | "REASON_REQUIRED" | "NOT_FOUND" };

/**
 * The receiving organisation's admin approves or rejects a request. A request for another
 * organisation is "not found". On approval the official's organisation, designation, post and
 * reporting line change in the same transaction; their enrolments, passbook and certificates
 * are keyed by the official and stay with them, and the triggers on "User" move their gap and
 * headcount roll-ups from the old organisation to the new one.
 */
export async function decideProfileChange(
  actor: Pick<CurrentUser, "id" | "grants">,
  input: { requestId: string; decision: "APPROVE" | "REJECT"; reason: string | null },
  now = new Date(),
): Promise<DecideProfileChangeResult> {
  return db.$transaction(async (tx) => {
    const request = await tx.profileChangeRequest.findFirst({
      where: { id: input.requestId, toOrganisation: organisationWhereInScope(actor, "manage") },
      select: { id: true, userId: true, status: true, toOrganisationId: true, designation: true, fracPositionId: true },
    });
    if (!request) return { status: "NOT_FOUND" };
    const outcome = decideRequest(request.status, input.decision, input.reason);
    if (!outcome.ok) return { status: outcome.code };
    const status = outcome.status === "APPROVED" ? "APPROVED" : "REJECTED";

    // The status guard lets only the first of two simultaneous decisions through.
    const { count } = await tx.profileChangeRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status, decidedById: actor.id, decisionReason: input.reason, decidedAt: now },
    });
    if (count === 0) return { status: "ALREADY_DECIDED" };

    let details: Record<string, string | null> = { reason: input.reason };
    if (status === "APPROVED") {
      const official = await tx.user.findUniqueOrThrow({
        where: { id: request.userId },
        select: { organisationId: true, designation: true, fracPositionId: true, reportingOfficerId: true },
      });
      const next = applyProfileChange(official, { toOrganisationId: request.toOrganisationId, designation: request.designation, fracPositionId: request.fracPositionId });
      await tx.user.update({ where: { id: request.userId }, data: next, select: { id: true } });
      details = {
        ...details,
        fromOrganisationId: official.organisationId,
        toOrganisationId: next.organisationId,
        transfer: isTransfer(official, { toOrganisationId: request.toOrganisationId }) ? "yes" : "no",
        designation: next.designation,
        fracPositionId: next.fracPositionId,
      };
    }
    await writeAdminAudit(tx, {
      actorId: actor.id,
      action: status === "APPROVED" ? "profile_change.approved" : "profile_change.rejected",
      entityType: "ProfileChangeRequest",
      entityId: request.id,
      organisationId: request.toOrganisationId,
      details,
      now,
    });
    return { status };
  });
}

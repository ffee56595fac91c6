import "server-only";
import { officialChanges, OFFICIAL_REFUSAL_MESSAGES, refusalFor, type FieldChange } from "@/lib/domain/admin/official-changes";
import type { UpdateOfficialInput } from "@/lib/domain/admin/officials.schema";
import type { FieldErrors } from "@/lib/domain/action-result";
import type { CurrentUser } from "@/lib/domain/roles";
import { organisationScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { checkOfficialReferences } from "./official-references";
import { writeAdminAudit } from "./write-admin-audit";

export type UpdateOfficialResult =
  | { status: "SAVED"; changes: FieldChange[] }
  | { status: "INVALID"; fieldErrors: FieldErrors }
  | { status: "NOT_FOUND" };

/**
 * Edits an official of the admin's subtree: profile fields, organisation (within the subtree),
 * FRAC post and reporting officer, in one transaction with an audit row naming each change.
 * Moving the official between organisations moves their gap and headcount roll-ups through the
 * database triggers on "User", in this same transaction.
 */
export async function updateOfficial(actor: Pick<CurrentUser, "id" | "grants">, input: UpdateOfficialInput, now = new Date()): Promise<UpdateOfficialResult> {
  return db.$transaction(async (tx) => {
    const official = await tx.user.findFirst({
      where: { AND: [{ id: input.officialId }, organisationScopeFilter(actor, "manage")] },
      select: { id: true, name: true, designation: true, group: true, serviceCadre: true, organisationId: true, fracPositionId: true, reportingOfficerId: true },
    });
    if (!official) return { status: "NOT_FOUND" };

    const { fieldErrors, officerChain } = await checkOfficialReferences(tx, actor, input);
    const refusal = refusalFor({ actorId: actor.id, officialId: official.id, reportingOfficerId: input.reportingOfficerId, officerChain });
    if (refusal) fieldErrors.reportingOfficerId = [OFFICIAL_REFUSAL_MESSAGES[refusal]];
    if (Object.keys(fieldErrors).length > 0) return { status: "INVALID", fieldErrors };

    const after = {
      name: input.name,
      designation: input.designation,
      group: input.group,
      serviceCadre: input.serviceCadre,
      organisationId: input.organisationId,
      fracPositionId: input.fracPositionId,
      reportingOfficerId: input.reportingOfficerId,
    };
    const changes = officialChanges(official, after);
    if (changes.length === 0) return { status: "SAVED", changes };

    await tx.user.update({ where: { id: official.id }, data: after, select: { id: true } });
    await writeAdminAudit(tx, {
      actorId: actor.id,
      action: "official.updated",
      entityType: "User",
      entityId: official.id,
      organisationId: input.organisationId,
      details: { changes },
      now,
    });
    return { status: "SAVED", changes };
  });
}

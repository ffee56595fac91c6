import "server-only";
import type { FieldErrors } from "@/lib/domain/action-result";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import type { SessionFormInput } from "@/lib/domain/studio/batch.schema";
import { hasFieldErrors, isBatchEditable, validateSession } from "@/lib/domain/studio/batch-rules";
import { db } from "@/lib/server/db";
import { lockAuthoredBatch } from "./course-batch-scope";

export type SaveSessionResult = { status: "SAVED"; sessionId: string } | { status: "INVALID"; fieldErrors: FieldErrors };

/** Adds a session to a batch the user authors, or edits one; it must end after it starts, inside the batch's dates. */
export async function saveSession(user: CurrentUser, input: SessionFormInput): Promise<SaveSessionResult> {
  return db.$transaction(async (tx) => {
    // The batch lock keeps its dates still while the session is checked against them.
    const batch = await lockAuthoredBatch(tx, user, input.batchId);
    if (!isBatchEditable(batch.status)) throw new DomainError("BATCH_NOT_EDITABLE");
    const errors = validateSession(input, batch);
    if (hasFieldErrors(errors)) return { status: "INVALID", fieldErrors: errors };
    const details = { title: input.title, startsAt: input.startsAt, endsAt: input.endsAt, venue: input.venue ?? null, facilitator: input.facilitator ?? null };
    if (input.sessionId) {
      const updated = await tx.batchSession.updateMany({ where: { id: input.sessionId, batchId: batch.id }, data: details });
      if (updated.count === 0) throw new DomainError("STUDIO_ITEM_NOT_FOUND");
      return { status: "SAVED", sessionId: input.sessionId };
    }
    const created = await tx.batchSession.create({ data: { ...details, batchId: batch.id }, select: { id: true } });
    return { status: "SAVED", sessionId: created.id };
  });
}

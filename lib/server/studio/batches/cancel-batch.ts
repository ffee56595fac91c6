import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { isBatchEditable } from "@/lib/domain/studio/batch-rules";
import { db } from "@/lib/server/db";
import { queueEmails } from "@/lib/server/mail/queue-emails";
import { batchCancelledEmails } from "./batch-cancelled-emails";
import { lockAuthoredBatch } from "./course-batch-scope";

// The officials a cancellation affects: those still due to attend.
const AFFECTED_STATUSES = ["ENROLLED", "IN_PROGRESS"] as const;

/**
 * Cancels a batch. Its enrolments stay (their history and attendance are kept) but it takes no
 * more. Every official still enrolled in it is emailed, in the same transaction, so the mail
 * exists exactly when the cancellation does; the learners' course page shows the batch as
 * cancelled too.
 */
export async function cancelBatch(user: CurrentUser, input: { batchId: string }): Promise<{ affectedLearners: number }> {
  return db.$transaction(async (tx) => {
    const batch = await lockAuthoredBatch(tx, user, input.batchId);
    if (!isBatchEditable(batch.status)) throw new DomainError("BATCH_NOT_EDITABLE");
    const cancelled = await tx.batch.update({
      where: { id: batch.id },
      data: { status: "CANCELLED" },
      select: { id: true, code: true, startsAt: true, endsAt: true, venue: true, course: { select: { title: true, slug: true, provider: { select: { name: true } } } } },
    });
    const enrolments = await tx.enrolment.findMany({
      where: { batchId: batch.id, status: { in: [...AFFECTED_STATUSES] } },
      orderBy: { id: "asc" },
      select: { user: { select: { id: true, email: true, name: true, preferredLanguage: true } } },
    });
    await queueEmails(tx, batchCancelledEmails(cancelled, enrolments.map((enrolment) => enrolment.user)));
    return { affectedLearners: enrolments.length };
  });
}

import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { isBatchEditable } from "@/lib/domain/studio/batch-rules";
import { db } from "@/lib/server/db";
import { lockAuthoredBatch } from "./course-batch-scope";

/**
 * Cancels a batch. Its enrolments stay (their history and attendance are kept) but it takes no
 * more. There is no mail outbox yet, so the author is told how many enrolled officials are
 * affected and must tell them; the learners' course page shows the batch as cancelled.
 */
export async function cancelBatch(user: CurrentUser, input: { batchId: string }): Promise<{ affectedLearners: number }> {
  return db.$transaction(async (tx) => {
    const batch = await lockAuthoredBatch(tx, user, input.batchId);
    if (!isBatchEditable(batch.status)) throw new DomainError("BATCH_NOT_EDITABLE");
    await tx.batch.update({ where: { id: batch.id }, data: { status: "CANCELLED" }, select: { id: true } });
    const affectedLearners = await tx.enrolment.count({ where: { batchId: batch.id, status: { in: ["ENROLLED", "IN_PROGRESS"] } } });
    return { affectedLearners };
  });
}

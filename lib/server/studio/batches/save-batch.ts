import "server-only";
import type { FieldErrors } from "@/lib/domain/action-result";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import type { BatchFormInput } from "@/lib/domain/studio/batch.schema";
import { hasFieldErrors, isBatchEditable, validateBatch } from "@/lib/domain/studio/batch-rules";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { findBatchCourse, lockAuthoredBatch } from "./course-batch-scope";

export type SaveBatchResult = { status: "SAVED"; batchId: string } | { status: "INVALID"; fieldErrors: FieldErrors };

/**
 * Creates a batch of a blended or face-to-face course, or edits one: the end after the start,
 * seats never below the officials already enrolled, and every existing session still inside
 * the dates. The code is unique per course by constraint.
 */
export async function saveBatch(user: CurrentUser, input: BatchFormInput): Promise<SaveBatchResult> {
  try {
    return await db.$transaction(async (tx) => {
      await findBatchCourse(tx, user, input.courseId);
      const details = { code: input.code, startsAt: input.startsAt, endsAt: input.endsAt, venue: input.venue, seatLimit: input.seatLimit, status: input.status };
      if (!input.batchId) {
        const errors = validateBatch({ ...details, enrolledCount: 0, sessions: [] });
        if (hasFieldErrors(errors)) return { status: "INVALID", fieldErrors: errors };
        const created = await tx.batch.create({ data: { ...details, courseId: input.courseId }, select: { id: true } });
        return { status: "SAVED", batchId: created.id };
      }
      const batch = await lockAuthoredBatch(tx, user, input.batchId);
      if (batch.courseId !== input.courseId) throw new DomainError("STUDIO_ITEM_NOT_FOUND");
      if (!isBatchEditable(batch.status)) throw new DomainError("BATCH_NOT_EDITABLE");
      const enrolledCount = await tx.enrolment.count({ where: { batchId: batch.id, status: { not: "WITHDRAWN" } } });
      const errors = validateBatch({ ...details, enrolledCount, sessions: batch.sessions });
      if (hasFieldErrors(errors)) return { status: "INVALID", fieldErrors: errors };
      await tx.batch.update({ where: { id: batch.id }, data: details, select: { id: true } });
      return { status: "SAVED", batchId: batch.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { status: "INVALID", fieldErrors: { code: ["Another batch of this course already has that code."] } };
    }
    throw error;
  }
}

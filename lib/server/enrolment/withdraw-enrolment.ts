import "server-only";
import { db } from "@/lib/server/db";
import { planWithdrawal } from "@/lib/domain/learning/enrolment-rules";
import { recordLearningEvent } from "@/lib/server/learning-record/record-learning-event";

export type WithdrawEnrolmentInput = { userId: string; courseId: string; now?: Date };

export type WithdrawEnrolmentResult = { enrolmentId: string; isChanged: boolean };

/**
 * Withdraws the official from a course they have not completed. Lesson progress is kept, so
 * re-enrolling later picks up where they left off; the batch seat is freed because seats count
 * only enrolments that are not WITHDRAWN. Throws DomainError NOT_ENROLLED or ALREADY_COMPLETED.
 */
export async function withdrawEnrolment(input: WithdrawEnrolmentInput): Promise<WithdrawEnrolmentResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    // Scoped by the caller's own user id: one official can never withdraw another.
    const enrolment = await tx.enrolment.findUnique({
      where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
      select: { id: true, status: true },
    });
    const plan = planWithdrawal(enrolment);
    if (plan.action === "NONE" || !enrolment) return { enrolmentId: enrolment?.id ?? "", isChanged: false };

    // Conditional on the status read above: a concurrent withdrawal or completion makes this a no-op
    // instead of recording a second withdrawal or withdrawing a just-completed course.
    const changed = await tx.enrolment.updateMany({
      where: { id: enrolment.id, status: { in: ["ENROLLED", "IN_PROGRESS"] } },
      data: { status: "WITHDRAWN" },
    });
    if (changed.count === 0) return { enrolmentId: enrolment.id, isChanged: false };

    await recordLearningEvent(tx, {
      actorId: input.userId,
      verb: "withdrew",
      objectType: "course",
      objectId: input.courseId,
      context: { registration: enrolment.id },
      timestamp: now,
    });
    return { enrolmentId: enrolment.id, isChanged: true };
  });
}

import "server-only";
import { db } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { planEnrolment, type BatchSnapshot, type EnrolmentStatus } from "@/lib/domain/learning/enrolment-rules";
import { recordLearningEvent } from "@/lib/server/learning-record/record-learning-event";

export type EnrolOfficialInput = {
  userId: string;
  courseId: string;
  batchId?: string | null;
  now?: Date;
};

export type EnrolOfficialResult = {
  enrolmentId: string;
  status: EnrolmentStatus;
  /** False when the official was already enrolled: a double click or a second tab. */
  isChanged: boolean;
};

type LockedBatchRow = { id: string; courseId: string; status: BatchSnapshot["status"]; startsAt: Date; seatLimit: number };

/**
 * Enrols an official in a published course, or re-activates a withdrawn enrolment.
 * Throws DomainError (COURSE_NOT_PUBLISHED, BATCH_REQUIRED, BATCH_NOT_FOUND, BATCH_NOT_OPEN,
 * BATCH_STARTED, BATCH_FULL); nothing is written when it does.
 *
 * Concurrency: the batch row is locked (FOR NO KEY UPDATE) before its seats are counted, so the last
 * seat goes to exactly one official; the enrolment is inserted with ON CONFLICT DO NOTHING on
 * the unique (userId, courseId) and re-activated with a status-conditional update, so two tabs
 * enrolling at once leave one row and one "registered" record. Rows are locked in the order
 * Batch → Enrolment; withdrawal and progress take Enrolment in the same
 * order and never lock a batch, so the use-cases cannot deadlock one another. The course's
 * enrolment count is kept by triggers in CourseEnrolmentTally (one of 16 rows per course), never
 * on the Course row, so officials joining one course do not queue behind each other.
 */
export async function enrolOfficial(input: EnrolOfficialInput): Promise<EnrolOfficialResult> {
  const now = input.now ?? new Date();
  const batchId = input.batchId ?? null;

  // A second tab or a retry finds the enrolment already there: answered without a transaction.
  const current = await db.enrolment.findUnique({
    where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
    select: { id: true, status: true },
  });
  if (current && current.status !== "WITHDRAWN") return keep(current);

  return db.$transaction(async (tx) => {
    const course = await tx.course.findUnique({ where: { id: input.courseId }, select: { id: true, status: true, mode: true } });
    // An unknown course reads as one that is not open: the id came from the browser.
    if (!course) throw new DomainError("COURSE_NOT_PUBLISHED");

    const existing = await tx.enrolment.findUnique({
      where: { userId_courseId: { userId: input.userId, courseId: course.id } },
      select: { id: true, status: true, batchId: true, startedAt: true },
    });
    const batch = batchId ? await lockBatchWithSeats(tx, batchId) : null;
    if (batchId && !batch) throw new DomainError("BATCH_NOT_FOUND");
    const hasOpenBatches =
      course.mode === "BLENDED" &&
      (await tx.batch.count({ where: { courseId: course.id, status: "OPEN", startsAt: { gt: now } } })) > 0;

    const plan = planEnrolment({ course, existing, batch, hasOpenBatches, now });
    if (plan.action === "KEEP") return keep(existing!);

    const context = { courseId: course.id };
    if (plan.action === "CREATE") {
      const created = await tx.enrolment.createManyAndReturn({
        data: [{ userId: input.userId, courseId: course.id, batchId: plan.batchId, status: plan.status, source: "SELF", enrolledAt: now }],
        skipDuplicates: true,
        select: { id: true, status: true },
      });
      const row = created[0];
      if (!row) return keep(await findEnrolment(tx, input.userId, course.id));
      await afterJoin(tx, { userId: input.userId, courseId: course.id, enrolmentId: row.id, now, context });
      return { enrolmentId: row.id, status: row.status, isChanged: true };
    }

    const reactivated = await tx.enrolment.updateMany({
      where: { id: plan.enrolmentId, status: "WITHDRAWN" },
      data: { status: plan.status, batchId: plan.batchId, enrolledAt: now },
    });
    if (reactivated.count === 0) return keep(await findEnrolment(tx, input.userId, course.id));
    await afterJoin(tx, { userId: input.userId, courseId: course.id, enrolmentId: plan.enrolmentId, now, context });
    return { enrolmentId: plan.enrolmentId, status: plan.status, isChanged: true };
  });
}

async function lockBatchWithSeats(tx: Prisma.TransactionClient, batchId: string): Promise<BatchSnapshot | null> {
  // Row lock, not a read: a concurrent enrolment in the same batch waits here until this one
  // commits, and then counts the seat this one took.
  const rows = await tx.$queryRaw<LockedBatchRow[]>`
    SELECT "id", "courseId", "status"::text AS "status", "startsAt", "seatLimit"
    FROM "Batch" WHERE "id" = ${batchId}::uuid FOR NO KEY UPDATE`;
  const row = rows[0];
  if (!row) return null;
  const seatsTaken = await tx.enrolment.count({ where: { batchId: row.id, status: { not: "WITHDRAWN" } } });
  return { ...row, seatsTaken };
}

async function afterJoin(
  tx: Prisma.TransactionClient,
  input: { userId: string; courseId: string; enrolmentId: string; now: Date; context: { courseId: string } },
): Promise<void> {
  await recordLearningEvent(tx, {
    actorId: input.userId,
    verb: "registered",
    objectType: "course",
    objectId: input.courseId,
    context: { registration: input.enrolmentId },
    timestamp: input.now,
  });
}

async function findEnrolment(tx: Prisma.TransactionClient, userId: string, courseId: string) {
  return tx.enrolment.findUniqueOrThrow({ where: { userId_courseId: { userId, courseId } }, select: { id: true, status: true } });
}

function keep(enrolment: { id: string; status: EnrolmentStatus }): EnrolOfficialResult {
  return { enrolmentId: enrolment.id, status: enrolment.status, isChanged: false };
}

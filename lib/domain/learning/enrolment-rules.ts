// Who may enrol in, continue and leave a course, and how an enrolment's status may move.
// The rules decide on a snapshot; the unique (userId, courseId) constraint and a locked seat
// count in the use-case's transaction settle races (two clicks, the last seat). Each status
// change is a conditional write on the status these rules expect (withdraw only from ENROLLED or
// IN_PROGRESS, complete likewise, reactivate only from WITHDRAWN), so a concurrent change makes it
// a no-op; COMPLETED is final.

import type { EnrolmentStatusName } from "../enrolment-progress";
import { DomainError } from "./domain-error";

export type CourseStatus = "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED" | "PUBLISHED" | "ARCHIVED";
export type DeliveryMode = "ONLINE" | "BLENDED" | "FACE_TO_FACE";
export type BatchStatus = "SCHEDULED" | "OPEN" | "CLOSED" | "COMPLETED" | "CANCELLED";
export type EnrolmentStatus = EnrolmentStatusName;

export type EnrolmentSnapshot = {
  id: string;
  status: EnrolmentStatus;
  batchId: string | null;
  /** Set once the learner first opened a lesson. */
  startedAt: Date | null;
};

export type BatchSnapshot = {
  id: string;
  courseId: string;
  status: BatchStatus;
  startsAt: Date;
  seatLimit: number;
  /** Enrolments in the batch that are not WITHDRAWN. */
  seatsTaken: number;
};

export type EnrolmentPlan =
  /** Already enrolled (or completed): enrolling again is a no-op, not an error, so a double click is harmless. */
  | { action: "KEEP"; enrolmentId: string }
  | { action: "CREATE"; batchId: string | null; status: "ENROLLED" }
  /** Re-enrolling after withdrawing re-activates the same row, keeping earlier lesson progress. */
  | { action: "REACTIVATE"; enrolmentId: string; batchId: string | null; status: "ENROLLED" | "IN_PROGRESS" };

/**
 * Decides what "Enrol" does. A batch is required for FACE_TO_FACE courses, and for BLENDED
 * courses while any batch is open (with none scheduled, the online part can start and a batch
 * be joined later). Throws COURSE_NOT_PUBLISHED, BATCH_REQUIRED, BATCH_NOT_FOUND, BATCH_NOT_OPEN,
 * BATCH_STARTED or BATCH_FULL.
 */
export function planEnrolment(options: {
  course: { id: string; status: CourseStatus; mode: DeliveryMode };
  existing: EnrolmentSnapshot | null;
  batch: BatchSnapshot | null;
  hasOpenBatches: boolean;
  now: Date;
}): EnrolmentPlan {
  const { course, existing, batch, now } = options;
  // Checked before the course status: an official keeps a course they joined even once it is archived.
  if (existing && existing.status !== "WITHDRAWN") return { action: "KEEP", enrolmentId: existing.id };
  if (course.status !== "PUBLISHED") throw new DomainError("COURSE_NOT_PUBLISHED");

  const isBatchRequired = course.mode === "FACE_TO_FACE" || (course.mode === "BLENDED" && options.hasOpenBatches);
  if (batch) assertBatchJoinable(batch, course.id, now);
  else if (isBatchRequired) throw new DomainError("BATCH_REQUIRED");

  const batchId = batch?.id ?? null;
  if (existing) {
    return { action: "REACTIVATE", enrolmentId: existing.id, batchId, status: existing.startedAt ? "IN_PROGRESS" : "ENROLLED" };
  }
  return { action: "CREATE", batchId, status: "ENROLLED" };
}

/** Throws BATCH_NOT_FOUND, BATCH_NOT_OPEN, BATCH_STARTED or BATCH_FULL. */
export function assertBatchJoinable(batch: BatchSnapshot, courseId: string, now: Date): void {
  // A batch id from the form is untrusted: it must belong to the course being joined.
  if (batch.courseId !== courseId) throw new DomainError("BATCH_NOT_FOUND");
  if (batch.status !== "OPEN") throw new DomainError("BATCH_NOT_OPEN");
  if (batch.startsAt.getTime() <= now.getTime()) throw new DomainError("BATCH_STARTED");
  if (batch.seatsTaken >= batch.seatLimit) throw new DomainError("BATCH_FULL");
}

/**
 * Decides what "Withdraw" does: nothing if already withdrawn. A completed course cannot be left —
 * its certificate and passbook entries stand. Throws NOT_ENROLLED or ALREADY_COMPLETED.
 */
export function planWithdrawal(enrolment: Pick<EnrolmentSnapshot, "status"> | null): { action: "WITHDRAW" } | { action: "NONE" } {
  if (!enrolment) throw new DomainError("NOT_ENROLLED");
  if (enrolment.status === "COMPLETED") throw new DomainError("ALREADY_COMPLETED");
  if (enrolment.status === "WITHDRAWN") return { action: "NONE" };
  return { action: "WITHDRAW" };
}

/**
 * The status after the learner opens or progresses in a lesson. A completed course may still be
 * revisited (it stays COMPLETED); a withdrawn one must be re-joined first. Throws NOT_ENROLLED.
 */
export function statusAfterLearningActivity(enrolment: Pick<EnrolmentSnapshot, "status"> | null): EnrolmentStatus {
  if (!enrolment || enrolment.status === "WITHDRAWN") throw new DomainError("NOT_ENROLLED");
  return enrolment.status === "ENROLLED" ? "IN_PROGRESS" : enrolment.status;
}

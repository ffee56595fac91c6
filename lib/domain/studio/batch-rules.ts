// Rules for the batches and sessions of blended and face-to-face courses as authors edit them.
// They return field errors rather than throwing: a batch form has several fields that can be
// wrong at once, and the author should see all of them together.

import type { FieldErrors } from "@/lib/domain/action-result";

export const BATCH_STATUSES = ["SCHEDULED", "OPEN", "CLOSED", "COMPLETED", "CANCELLED"] as const;
export type BatchStatusName = (typeof BATCH_STATUSES)[number];

/** Statuses an author may set from the batch form; cancelling has its own action and tells learners. */
export const EDITABLE_BATCH_STATUSES = ["SCHEDULED", "OPEN", "CLOSED", "COMPLETED"] as const satisfies readonly BatchStatusName[];

export const MODES_WITH_BATCHES = ["BLENDED", "FACE_TO_FACE"] as const;

export function modeHasBatches(mode: string): boolean {
  return (MODES_WITH_BATCHES as readonly string[]).includes(mode);
}

/** A cancelled batch is history; a completed one has attendance that must not move. */
export function isBatchEditable(status: BatchStatusName): boolean {
  return status !== "CANCELLED" && status !== "COMPLETED";
}

export type Interval = { startsAt: Date; endsAt: Date };

export type BatchCheck = Interval & {
  seatLimit: number;
  /** Officials on the register now (enrolments that are not withdrawn). */
  enrolledCount: number;
  /** The batch's sessions as they stand; a new date range must still hold every one of them. */
  sessions: readonly (Interval & { title: string })[];
};

export function validateBatch(batch: BatchCheck): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (batch.endsAt.getTime() <= batch.startsAt.getTime()) add("endsAt", "The batch must end after it starts.");
  if (batch.seatLimit < batch.enrolledCount) {
    add("seatLimit", `${batch.enrolledCount} officials are already enrolled; the seat limit cannot be lower than that.`);
  }
  const outside = batch.sessions.filter((session) => !isWithin(session, batch));
  if (outside.length > 0 && !errors.endsAt) {
    const titles = outside.map((session) => `“${session.title}”`).join(", ");
    add("startsAt", `These sessions would fall outside the batch's dates: ${titles}. Move them first.`);
  }
  return errors;
}

export function validateSession(session: Interval, batch: Interval): FieldErrors {
  const errors: FieldErrors = {};
  if (session.endsAt.getTime() <= session.startsAt.getTime()) {
    errors.endsAt = ["The session must end after it starts."];
  } else if (!isWithin(session, batch)) {
    errors.startsAt = ["The session must fall within the batch's dates."];
  }
  return errors;
}

export function isWithin(inner: Interval, outer: Interval): boolean {
  return inner.startsAt.getTime() >= outer.startsAt.getTime() && inner.endsAt.getTime() <= outer.endsAt.getTime();
}

export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((messages) => (messages?.length ?? 0) > 0);
}

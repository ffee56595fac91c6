// Display rules for an enrolment on the learner's home; the stored status stays the source of truth.

export type EnrolmentStatusName = "ENROLLED" | "IN_PROGRESS" | "COMPLETED" | "WITHDRAWN";

/** The database keeps progress in 0–100, but a bar must never render outside its track. */
export function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** Overdue only while the work is still open: a completed or withdrawn course cannot be late. */
export function isEnrolmentOverdue(
  enrolment: { status: EnrolmentStatusName; dueAt: Date | null },
  now: Date,
): boolean {
  if (!enrolment.dueAt) return false;
  if (enrolment.status === "COMPLETED" || enrolment.status === "WITHDRAWN") return false;
  return enrolment.dueAt.getTime() < now.getTime();
}

/** Whole days until the due date (negative once past), for "due in 3 days" style hints. */
export function daysUntil(dueAt: Date, now: Date): number {
  const DAY_MS = 86_400_000;
  return Math.ceil((dueAt.getTime() - now.getTime()) / DAY_MS);
}

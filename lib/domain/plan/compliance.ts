// Where an official stands on a course their organisation's plan assigned, and the APAR rule.
//
// From the 2025–26 plan year an official's completion of at least 50 % of the courses prescribed
// to them (plan items marked "counts for APAR") is recorded in their Annual Performance
// Appraisal Report. Completion after the due date still counts as completed; overdue means not
// completed and past the due date, whatever the progress.

export const APAR_THRESHOLD_PERCENT = 50;
export const APAR_FROM_PLAN_YEAR = 2025;

export const ASSIGNMENT_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "OVERDUE"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  OVERDUE: "Overdue",
};

export type EnrolmentStatusName = "ENROLLED" | "IN_PROGRESS" | "COMPLETED" | "WITHDRAWN";

export function assignmentStatus(input: { enrolmentStatus: EnrolmentStatusName | null; dueAt: Date; now: Date }): AssignmentStatus {
  if (input.enrolmentStatus === "COMPLETED") return "COMPLETED";
  if (input.dueAt.getTime() < input.now.getTime()) return "OVERDUE";
  return input.enrolmentStatus === "IN_PROGRESS" ? "IN_PROGRESS" : "NOT_STARTED";
}

/** null when the APAR rule does not apply: a plan year before 2025–26, or nothing prescribed. */
export function aparThresholdMet(input: { planYear: number; prescribed: number; completed: number }): boolean | null {
  if (input.planYear < APAR_FROM_PLAN_YEAR || input.prescribed <= 0) return null;
  // Integer arithmetic: 50 % of 3 prescribed is met by 2, not by 1.5 rounded.
  return input.completed * 100 >= input.prescribed * APAR_THRESHOLD_PERCENT;
}

export type ComplianceCounts = { assigned: number; notStarted: number; inProgress: number; completed: number; overdue: number };

export function emptyCounts(): ComplianceCounts {
  return { assigned: 0, notStarted: 0, inProgress: 0, completed: 0, overdue: 0 };
}

/** Adds one assignment's status to running counts (the recount the integration test compares with SQL). */
export function countStatus(counts: ComplianceCounts, status: AssignmentStatus): ComplianceCounts {
  const next = { ...counts, assigned: counts.assigned + 1 };
  if (status === "NOT_STARTED") next.notStarted += 1;
  if (status === "IN_PROGRESS") next.inProgress += 1;
  if (status === "COMPLETED") next.completed += 1;
  if (status === "OVERDUE") next.overdue += 1;
  return next;
}

export function completionPercent(counts: Pick<ComplianceCounts, "assigned" | "completed">): number {
  return counts.assigned === 0 ? 0 : Math.floor((counts.completed * 100) / counts.assigned);
}

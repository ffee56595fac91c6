// The lifecycle of a course and of each of its versions, the same table the database enforces
// (course_status_transition_allowed in the studio migration): no state is skipped, a submission
// may be withdrawn before a decision, an archived course may be restored. Staying put is allowed.

import { StudioError } from "@/lib/domain/studio/studio-error";

export const COURSE_STATUSES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "ARCHIVED"] as const;
export type CourseStatusName = (typeof COURSE_STATUSES)[number];

type Move = { readonly from: readonly CourseStatusName[]; readonly to: CourseStatusName };

/** The named moves of the studio, each with where it may start and where it lands. */
export const LIFECYCLE_ACTIONS = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "IN_REVIEW" },
  withdraw: { from: ["IN_REVIEW"], to: "DRAFT" },
  requestChanges: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED" },
  approve: { from: ["IN_REVIEW"], to: "APPROVED" },
  publish: { from: ["APPROVED"], to: "PUBLISHED" },
  archive: { from: ["PUBLISHED"], to: "ARCHIVED" },
  restore: { from: ["ARCHIVED"], to: "PUBLISHED" },
} as const satisfies Record<string, Move>;

export type LifecycleAction = keyof typeof LIFECYCLE_ACTIONS;

/** Every allowed (from, to) pair other than staying put, derived from the named moves. */
export const ALLOWED_TRANSITIONS: readonly (readonly [CourseStatusName, CourseStatusName])[] = Object.values(
  LIFECYCLE_ACTIONS as Record<string, Move>,
).flatMap((move) => move.from.map((from) => [from, move.to] as const));

export function canTransition(from: CourseStatusName, to: CourseStatusName): boolean {
  return from === to || ALLOWED_TRANSITIONS.some(([allowedFrom, allowedTo]) => allowedFrom === from && allowedTo === to);
}

/** Throws INVALID_STATUS_TRANSITION unless the database would accept the move too. */
export function assertTransition(from: CourseStatusName, to: CourseStatusName): void {
  if (!canTransition(from, to)) throw new StudioError("INVALID_STATUS_TRANSITION");
}

/** The status a named move leads to from `from`; throws when the move cannot start there. */
export function transitionFor(action: LifecycleAction, from: CourseStatusName): CourseStatusName {
  const move: Move = LIFECYCLE_ACTIONS[action];
  if (!move.from.includes(from)) throw new StudioError("INVALID_STATUS_TRANSITION");
  return move.to;
}

export const COURSE_STATUS_LABELS: Record<CourseStatusName, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

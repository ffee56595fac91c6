// A reporting officer's word on a reportee's competency: an endorsement is verified evidence
// (it counts toward the held level, lib/domain/competency/held-level.ts), a self-assessment is
// the official's own claim waiting for that word. Who may give it, and what it records.
import { DomainError } from "@/lib/domain/learning/domain-error";
import { MAX_COMPETENCY_LEVEL, MIN_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";

export const ENDORSEMENT_NOTE_MAX_LENGTH = 500;
export const SELF_ASSESSMENT_NOTE_MAX_LENGTH = 500;
export const REVOKE_REASON_MAX_LENGTH = 500;

export const COMPETENCY_LEVELS: readonly number[] = Array.from(
  { length: MAX_COMPETENCY_LEVEL - MIN_COMPETENCY_LEVEL + 1 },
  (_, index) => MIN_COMPETENCY_LEVEL + index,
);

/** Stored as the entry's evidence line when the officer adds no note of their own. */
export const DEFAULT_ENDORSEMENT_EVIDENCE = "Endorsed by the reporting officer.";

export function endorsementEvidence(note: string | null): string {
  const trimmed = note?.trim() ?? "";
  return trimmed.length > 0 ? trimmed : DEFAULT_ENDORSEMENT_EVIDENCE;
}

/**
 * Only an official's own reporting officer reviews their competencies, and nobody reviews their
 * own. The caller loads the official scoped to the reviewer, so anyone else arrives as null and is
 * told "not found" — never whether the id exists.
 */
export function assertMayReview<T extends { reportingOfficerId: string | null }>(
  reviewerId: string,
  officialId: string,
  official: T | null,
): asserts official is T {
  if (reviewerId === officialId) throw new DomainError("CANNOT_REVIEW_SELF");
  if (!official || official.reportingOfficerId !== reviewerId) throw new DomainError("REPORTEE_NOT_FOUND");
}

/** Endorsements are given against what the official's post requires. */
export function assertRequiredForPost(requiredLevel: number | null | undefined): void {
  if (!requiredLevel) throw new DomainError("COMPETENCY_NOT_REQUIRED");
}

export type SelfAssessmentState = "PENDING" | "REVIEWED";

/** A rating waits for the reporting officer until they endorse or decline it; a new rating waits again. */
export function selfAssessmentState(assessment: { reviewedAt: Date | null }): SelfAssessmentState {
  return assessment.reviewedAt ? "REVIEWED" : "PENDING";
}

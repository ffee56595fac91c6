import { describe, expect, test } from "vitest";
import { DomainError, type DomainErrorCode } from "@/lib/domain/learning/domain-error";
import {
  assertMayReview,
  assertRequiredForPost,
  COMPETENCY_LEVELS,
  DEFAULT_ENDORSEMENT_EVIDENCE,
  endorsementEvidence,
  selfAssessmentState,
} from "./endorsement";

function codeOf(run: () => void): DomainErrorCode | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe("who may review an official's competencies", () => {
  test.each<[string, string, string, { reportingOfficerId: string | null } | null, DomainErrorCode | null]>([
    ["their reporting officer", "officer", "priya", { reportingOfficerId: "officer" }, null],
    ["another officer (loaded unscoped by mistake)", "other", "priya", { reportingOfficerId: "officer" }, "REPORTEE_NOT_FOUND"],
    ["anyone, for an official outside their team (loaded as null)", "officer", "ritu", null, "REPORTEE_NOT_FOUND"],
    ["an official without a reporting officer", "officer", "sourav", { reportingOfficerId: null }, "REPORTEE_NOT_FOUND"],
    ["themselves, even if recorded as their own reporting officer", "officer", "officer", { reportingOfficerId: "officer" }, "CANNOT_REVIEW_SELF"],
    ["themselves, when not found", "officer", "officer", null, "CANNOT_REVIEW_SELF"],
  ])("%s", (_name, reviewerId, officialId, official, expected) => {
    expect(codeOf(() => assertMayReview(reviewerId, officialId, official))).toBe(expected);
  });
});

describe("endorsements are against the post's requirements", () => {
  test.each<[number | null | undefined, DomainErrorCode | null]>([
    [3, null],
    [1, null],
    [undefined, "COMPETENCY_NOT_REQUIRED"],
    [null, "COMPETENCY_NOT_REQUIRED"],
    [0, "COMPETENCY_NOT_REQUIRED"],
  ])("required at %s → %s", (requiredLevel, expected) => {
    expect(codeOf(() => assertRequiredForPost(requiredLevel))).toBe(expected);
  });
});

describe("the evidence line of an endorsement", () => {
  test.each<[string | null, string]>([
    ["Drafted the Cabinet note on GST compensation unaided.", "Drafted the Cabinet note on GST compensation unaided."],
    ["  Led the audit of 40 assessees.  ", "Led the audit of 40 assessees."],
    ["   ", DEFAULT_ENDORSEMENT_EVIDENCE],
    [null, DEFAULT_ENDORSEMENT_EVIDENCE],
  ])("%j → %j", (note, expected) => {
    expect(endorsementEvidence(note)).toBe(expected);
  });
});

describe("a self-assessment's place in the review queue", () => {
  test.each<[Date | null, string]>([
    [null, "PENDING"],
    [new Date("2026-11-01T10:00:00Z"), "REVIEWED"],
  ])("reviewedAt %s → %s", (reviewedAt, expected) => {
    expect(selfAssessmentState({ reviewedAt })).toBe(expected);
  });
});

test("levels run 1 to 5", () => {
  expect(COMPETENCY_LEVELS).toEqual([1, 2, 3, 4, 5]);
});

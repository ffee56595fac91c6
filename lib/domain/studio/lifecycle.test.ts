import { describe, expect, test } from "vitest";
import {
  ALLOWED_TRANSITIONS,
  COURSE_STATUSES,
  LIFECYCLE_ACTIONS,
  assertTransition,
  canTransition,
  transitionFor,
  type CourseStatusName,
  type LifecycleAction,
} from "@/lib/domain/studio/lifecycle";
import { StudioError } from "@/lib/domain/studio/studio-error";

// The migration's course_status_transition_allowed, copied by hand: the two must not drift.
const DATABASE_TABLE: [CourseStatusName, CourseStatusName][] = [
  ["DRAFT", "IN_REVIEW"],
  ["IN_REVIEW", "DRAFT"],
  ["IN_REVIEW", "CHANGES_REQUESTED"],
  ["IN_REVIEW", "APPROVED"],
  ["CHANGES_REQUESTED", "IN_REVIEW"],
  ["APPROVED", "PUBLISHED"],
  ["PUBLISHED", "ARCHIVED"],
  ["ARCHIVED", "PUBLISHED"],
];

describe("the transition table", () => {
  test("holds exactly the database's pairs", () => {
    const key = ([from, to]: readonly [string, string]) => `${from}>${to}`;
    expect(new Set(ALLOWED_TRANSITIONS.map(key))).toEqual(new Set(DATABASE_TABLE.map(key)));
  });

  test.each(DATABASE_TABLE)("%s → %s is allowed", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  test.each(COURSE_STATUSES.map((status) => [status]))("staying %s is allowed", (status) => {
    expect(canTransition(status, status)).toBe(true);
  });

  test.each<[CourseStatusName, CourseStatusName]>([
    ["DRAFT", "PUBLISHED"],
    ["DRAFT", "APPROVED"],
    ["CHANGES_REQUESTED", "APPROVED"],
    ["CHANGES_REQUESTED", "DRAFT"],
    ["APPROVED", "DRAFT"],
    ["APPROVED", "IN_REVIEW"],
    ["PUBLISHED", "DRAFT"],
    ["PUBLISHED", "IN_REVIEW"],
    ["ARCHIVED", "DRAFT"],
    ["IN_REVIEW", "PUBLISHED"],
  ])("%s → %s is refused with a coded studio error", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => assertTransition(from, to)).toThrow(StudioError);
    try {
      assertTransition(from, to);
    } catch (error) {
      expect((error as StudioError).code).toBe("INVALID_STATUS_TRANSITION");
    }
  });
});

describe("named moves", () => {
  test.each<[LifecycleAction, CourseStatusName, CourseStatusName]>([
    ["submit", "DRAFT", "IN_REVIEW"],
    ["submit", "CHANGES_REQUESTED", "IN_REVIEW"],
    ["withdraw", "IN_REVIEW", "DRAFT"],
    ["requestChanges", "IN_REVIEW", "CHANGES_REQUESTED"],
    ["approve", "IN_REVIEW", "APPROVED"],
    ["publish", "APPROVED", "PUBLISHED"],
    ["archive", "PUBLISHED", "ARCHIVED"],
    ["restore", "ARCHIVED", "PUBLISHED"],
  ])("%s from %s lands on %s", (action, from, to) => {
    expect(transitionFor(action, from)).toBe(to);
  });

  test.each<[LifecycleAction, CourseStatusName]>([
    ["submit", "IN_REVIEW"],
    ["submit", "APPROVED"],
    ["withdraw", "DRAFT"],
    ["withdraw", "CHANGES_REQUESTED"],
    ["approve", "DRAFT"],
    ["publish", "IN_REVIEW"],
    ["restore", "PUBLISHED"],
  ])("%s cannot start from %s", (action, from) => {
    expect(() => transitionFor(action, from)).toThrow(StudioError);
  });

  test("every named move is a pair the database accepts", () => {
    for (const move of Object.values(LIFECYCLE_ACTIONS)) {
      for (const from of move.from) expect(canTransition(from, move.to)).toBe(true);
    }
  });
});

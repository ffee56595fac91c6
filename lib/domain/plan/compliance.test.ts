import { describe, expect, it } from "vitest";
import { aparThresholdMet, assignmentStatus, completionPercent, countStatus, emptyCounts, type AssignmentStatus, type EnrolmentStatusName } from "./compliance";

const NOW = new Date("2026-11-30T06:00:00Z");
const LATER = new Date("2026-12-31T18:30:00Z");
const EARLIER = new Date("2026-11-01T18:30:00Z");

describe("assignmentStatus", () => {
  it.each<[EnrolmentStatusName | null, Date, AssignmentStatus]>([
    [null, LATER, "NOT_STARTED"],
    ["ENROLLED", LATER, "NOT_STARTED"],
    ["WITHDRAWN", LATER, "NOT_STARTED"],
    ["IN_PROGRESS", LATER, "IN_PROGRESS"],
    ["COMPLETED", LATER, "COMPLETED"],
    // Completed late is still completed.
    ["COMPLETED", EARLIER, "COMPLETED"],
    [null, EARLIER, "OVERDUE"],
    ["IN_PROGRESS", EARLIER, "OVERDUE"],
    ["WITHDRAWN", EARLIER, "OVERDUE"],
    // Due this very instant is not yet overdue.
    ["ENROLLED", NOW, "NOT_STARTED"],
  ])("%s, due %s → %s", (enrolmentStatus, dueAt, expected) => {
    expect(assignmentStatus({ enrolmentStatus, dueAt, now: NOW })).toBe(expected);
  });
});

describe("aparThresholdMet", () => {
  it.each<[number, number, number, boolean | null]>([
    [2026, 4, 2, true],
    [2026, 4, 1, false],
    [2026, 3, 2, true],
    [2026, 3, 1, false],
    [2026, 1, 1, true],
    [2026, 1, 0, false],
    [2025, 2, 1, true],
    // Before 2025–26 the rule did not exist; with nothing prescribed there is nothing to meet.
    [2024, 4, 4, null],
    [2026, 0, 0, null],
  ])("year %d, %d prescribed, %d completed → %s", (planYear, prescribed, completed, expected) => {
    expect(aparThresholdMet({ planYear, prescribed, completed })).toBe(expected);
  });
});

describe("counts", () => {
  it("adds statuses and computes the completion percentage", () => {
    const statuses: AssignmentStatus[] = ["COMPLETED", "OVERDUE", "IN_PROGRESS", "NOT_STARTED", "COMPLETED", "COMPLETED"];
    const counts = statuses.reduce(countStatus, emptyCounts());
    expect(counts).toEqual({ assigned: 6, notStarted: 1, inProgress: 1, completed: 3, overdue: 1 });
    expect(completionPercent(counts)).toBe(50);
    expect(completionPercent(emptyCounts())).toBe(0);
  });
});

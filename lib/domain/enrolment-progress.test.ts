import { describe, expect, test } from "vitest";
import { clampPercent, daysUntil, isEnrolmentOverdue, type EnrolmentStatusName } from "./enrolment-progress";

const NOW = new Date("2026-11-23T10:00:00Z");
const YESTERDAY = new Date("2026-11-22T10:00:00Z");
const TOMORROW = new Date("2026-11-24T10:00:00Z");

describe("clampPercent", () => {
  test.each([
    [0, 0],
    [42, 42],
    [42.6, 43],
    [100, 100],
    [130, 100],
    [-3, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])("%d → %d", (value, expected) => {
    expect(clampPercent(value)).toBe(expected);
  });
});

describe("isEnrolmentOverdue", () => {
  test.each<[string, EnrolmentStatusName, Date | null, boolean]>([
    ["no due date", "IN_PROGRESS", null, false],
    ["due tomorrow", "IN_PROGRESS", TOMORROW, false],
    ["past due, in progress", "IN_PROGRESS", YESTERDAY, true],
    ["past due, not started", "ENROLLED", YESTERDAY, true],
    ["past due but completed", "COMPLETED", YESTERDAY, false],
    ["past due but withdrawn", "WITHDRAWN", YESTERDAY, false],
    ["due exactly now", "IN_PROGRESS", NOW, false],
  ])("%s", (_name, status, dueAt, expected) => {
    expect(isEnrolmentOverdue({ status, dueAt }, NOW)).toBe(expected);
  });
});

describe("daysUntil", () => {
  test.each([
    [TOMORROW, 1],
    [YESTERDAY, -1],
    [NOW, 0],
    [new Date("2026-11-23T11:00:00Z"), 1],
    [new Date("2026-11-30T10:00:00Z"), 7],
  ])("%s → %d", (dueAt, expected) => {
    expect(daysUntil(dueAt, NOW)).toBe(expected);
  });
});

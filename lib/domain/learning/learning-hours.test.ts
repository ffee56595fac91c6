import { describe, expect, it } from "vitest";
import {
  LEARNING_WEEK_TARGET_SECONDS,
  isWithinWindow,
  learningWeekProgress,
  weekWindow,
  yearWindow,
  type LearningTargetProgress,
} from "./learning-hours";

describe("learningWeekProgress", () => {
  it("targets four hours", () => {
    expect(LEARNING_WEEK_TARGET_SECONDS).toBe(14_400);
  });

  it.each<[number, Partial<LearningTargetProgress>]>([
    [0, { seconds: 0, percent: 0, isMet: false, secondsRemaining: 14_400 }],
    [3_600, { seconds: 3_600, percent: 25, isMet: false, secondsRemaining: 10_800 }],
    // 99.99 % still reads 99: the bar fills only when the target is met.
    [14_399, { percent: 99, isMet: false, secondsRemaining: 1 }],
    [14_400, { percent: 100, isMet: true, secondsRemaining: 0 }],
    [30_000, { seconds: 30_000, percent: 100, isMet: true, secondsRemaining: 0 }],
    [-50, { seconds: 0, percent: 0, isMet: false }],
    [Number.NaN, { seconds: 0, percent: 0 }],
    [100.9, { seconds: 100 }],
  ])("%d s", (seconds, expected) => {
    expect(learningWeekProgress(seconds)).toMatchObject({ targetSeconds: 14_400, ...expected });
  });

  it.each<[number, number, number, boolean]>([
    [1_800, 3_600, 50, false],
    [0, 0, 100, true],
  ])("%d of a %d s target → %d %%", (seconds, target, percent, isMet) => {
    expect(learningWeekProgress(seconds, target)).toMatchObject({ percent, isMet });
  });
});

describe("weekWindow (IST)", () => {
  // Monday 2 March 2026 00:00 IST is Sunday 1 March 18:30 UTC.
  const MONDAY_START = "2026-03-01T18:30:00.000Z";
  const NEXT_MONDAY_START = "2026-03-08T18:30:00.000Z";

  it.each<[string, string, string, string]>([
    ["Monday 00:00 IST exactly", "2026-03-01T18:30:00Z", MONDAY_START, NEXT_MONDAY_START],
    ["Sunday 23:59 IST is still the previous week", "2026-03-01T18:29:59Z", "2026-02-22T18:30:00.000Z", MONDAY_START],
    ["Monday 01:00 IST is Sunday in UTC", "2026-03-01T19:30:00Z", MONDAY_START, NEXT_MONDAY_START],
    ["Wednesday noon", "2026-03-04T06:30:00Z", MONDAY_START, NEXT_MONDAY_START],
    ["Sunday 23:59 IST, end of the week", "2026-03-08T18:29:59Z", MONDAY_START, NEXT_MONDAY_START],
    ["across a year end", "2025-12-31T12:00:00Z", "2025-12-28T18:30:00.000Z", "2026-01-04T18:30:00.000Z"],
  ])("%s", (_name, now, start, end) => {
    const window = weekWindow(new Date(now));
    expect(window.start.toISOString()).toBe(start);
    expect(window.end.toISOString()).toBe(end);
  });

  it("uses another offset when given one", () => {
    expect(weekWindow(new Date("2026-03-04T06:30:00Z"), 0).start.toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });
});

describe("yearWindow (IST)", () => {
  it.each<[string, string, string]>([
    ["mid-year", "2026-07-01T00:00:00Z", "2025-12-31T18:30:00.000Z"],
    ["1 January 00:10 IST is still 31 December in UTC", "2025-12-31T18:40:00Z", "2025-12-31T18:30:00.000Z"],
    ["31 December 23:59 IST", "2026-12-31T18:29:59Z", "2025-12-31T18:30:00.000Z"],
    ["1 January 00:00 IST of the next year", "2026-12-31T18:30:00Z", "2026-12-31T18:30:00.000Z"],
  ])("%s", (_name, now, start) => {
    expect(yearWindow(new Date(now)).start.toISOString()).toBe(start);
  });

  it("ends where the next year starts", () => {
    const window = yearWindow(new Date("2028-06-01T00:00:00Z"));
    expect(window.end.toISOString()).toBe("2028-12-31T18:30:00.000Z");
  });
});

describe("isWithinWindow", () => {
  const window = { start: new Date("2026-03-01T18:30:00Z"), end: new Date("2026-03-08T18:30:00Z") };
  it.each<[string, boolean]>([
    ["2026-03-01T18:30:00Z", true],
    ["2026-03-01T18:29:59.999Z", false],
    ["2026-03-08T18:29:59.999Z", true],
    ["2026-03-08T18:30:00Z", false],
  ])("%s → %s", (at, expected) => {
    expect(isWithinWindow(new Date(at), window)).toBe(expected);
  });
});

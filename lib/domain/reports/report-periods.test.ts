import { describe, expect, test } from "vitest";
import { monthStartOf, periodKey, recentMonths, recentWeeks, weekStartOf } from "./report-periods";

describe("report periods (IST)", () => {
  test("a Sunday evening UTC is already Monday in India: the new week", () => {
    // 2026-11-29 is a Sunday; 20:00 UTC is 01:30 IST on Monday 30 November.
    expect(periodKey(weekStartOf(new Date("2026-11-29T20:00:00Z")))).toBe("2026-11-30");
    expect(periodKey(weekStartOf(new Date("2026-11-29T10:00:00Z")))).toBe("2026-11-23");
  });

  test("month starts follow IST too", () => {
    expect(periodKey(monthStartOf(new Date("2026-11-30T19:00:00Z")))).toBe("2026-12-01");
  });

  test("recent weeks and months end with the current one, oldest first", () => {
    const now = new Date("2026-03-04T06:00:00Z");
    expect(recentWeeks(now, 3).map(periodKey)).toEqual(["2026-02-16", "2026-02-23", "2026-03-02"]);
    expect(recentMonths(now, 4).map(periodKey)).toEqual(["2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01"]);
  });
});

import { describe, expect, test } from "vitest";
import { weekWindow, yearWindow } from "./learning-hours";
import { dayRange, istDay } from "./learning-days";

describe("istDay", () => {
  test.each([
    ["2026-11-23T10:00:00Z", "2026-11-23"],
    // 18:30 UTC is midnight in India: the next calendar day starts there.
    ["2026-11-23T18:29:59.999Z", "2026-11-23"],
    ["2026-11-23T18:30:00Z", "2026-11-24"],
    ["2026-12-31T18:30:00Z", "2027-01-01"],
    ["2026-11-22T23:00:00Z", "2026-11-23"],
  ])("%s → %s", (instant, day) => {
    expect(istDay(new Date(instant)).toISOString()).toBe(`${day}T00:00:00.000Z`);
  });
});

describe("dayRange", () => {
  test.each([
    // Monday 23 Nov 2026 (IST) → the week Mon 23 to Sun 29, exclusive end Mon 30.
    ["2026-11-23T12:00:00Z", "2026-11-23", "2026-11-30"],
    // Sunday 29 Nov 20:00 UTC is already Monday 30 Nov in India: the next week.
    ["2026-11-29T20:00:00Z", "2026-11-30", "2026-12-07"],
    ["2026-11-29T18:00:00Z", "2026-11-23", "2026-11-30"],
  ])("week of %s → [%s, %s)", (now, gte, lt) => {
    const range = dayRange(weekWindow(new Date(now)));
    expect([range.gte.toISOString().slice(0, 10), range.lt.toISOString().slice(0, 10)]).toEqual([gte, lt]);
  });

  test("year window covers 1 Jan to 31 Dec in IST", () => {
    const range = dayRange(yearWindow(new Date("2026-12-31T19:00:00Z")));
    expect([range.gte.toISOString(), range.lt.toISOString()]).toEqual(["2027-01-01T00:00:00.000Z", "2028-01-01T00:00:00.000Z"]);
  });
});

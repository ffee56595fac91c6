import { describe, expect, test } from "vitest";
import { historyWindow, isoDay, istDayOf, istInstant, monthStartOf, parseIsoDay, weekStartOf, weekdayOf } from "./calendar";

describe("IST days", () => {
  test.each([
    ["2026-11-29T18:29:59.999Z", "2026-11-29"],
    ["2026-11-29T18:30:00.000Z", "2026-11-30"],
    ["2026-12-31T20:00:00.000Z", "2027-01-01"],
  ])("%s is IST day %s", (instant, day) => {
    expect(isoDay(istDayOf(Date.parse(instant)))).toBe(day);
  });

  test("istInstant is the IST wall-clock time of that day", () => {
    expect(new Date(istInstant(parseIsoDay("2026-11-30"), 9.5 * 3600)).toISOString()).toBe("2026-11-30T04:00:00.000Z");
  });
});

describe("weeks and months, as learning_week_start() and ist_month_start()", () => {
  test.each([
    ["2026-11-30", "2026-11-30", 0],
    ["2026-12-06", "2026-11-30", 6],
    ["2026-12-03", "2026-11-30", 3],
    ["2027-01-01", "2026-12-28", 4],
  ])("%s belongs to the week of %s", (day, monday, weekday) => {
    expect(isoDay(weekStartOf(parseIsoDay(day)))).toBe(monday);
    expect(weekdayOf(parseIsoDay(day))).toBe(weekday);
  });

  test.each([
    ["2026-11-30", "2026-11-01"],
    ["2024-02-29", "2024-02-01"],
    ["2027-01-01", "2027-01-01"],
  ])("%s is in the month of %s", (day, first) => {
    expect(isoDay(monthStartOf(parseIsoDay(day)))).toBe(first);
  });
});

test.each(["2026-02-30", "30-11-2026", "2026-1-5", ""])("parseIsoDay refuses %j", (text) => {
  expect(() => parseIsoDay(text)).toThrow();
});

test("the history window ends on the as-of day and starts on a Monday", () => {
  const window = historyWindow(parseIsoDay("2026-12-03"), 26);
  expect(isoDay(window.firstDay)).toBe("2026-06-08");
  expect(weekdayOf(window.firstDay)).toBe(0);
  expect(isoDay(window.lastDay)).toBe("2026-12-03");
  expect(() => historyWindow(window.lastDay, 0)).toThrow();
});

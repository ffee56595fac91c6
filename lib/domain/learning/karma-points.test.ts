import { describe, expect, it } from "vitest";
import {
  KARMA_RULES,
  KARMA_RULE_LIST,
  NON_PLAN_COURSES_PER_MONTH,
  courseCompletionKarmaEvents,
  karmaFor,
  karmaMonthWindow,
  karmaRuleLabel,
  totalKarma,
  type CourseCompletionKarmaInput,
  type KarmaEvent,
} from "./karma-points";

describe("karmaFor", () => {
  it.each<[KarmaEvent, number]>([
    ["COURSE_COMPLETED", 100],
    ["PLAN_COURSE_COMPLETED", 50],
    ["ASSESSED_COURSE_COMPLETED", 25],
    ["COURSE_RATED", 10],
    ["SESSION_ATTENDED", 20],
  ])("%s → %d", (event, points) => {
    expect(karmaFor(event)).toBe(points);
  });
});

describe("totalKarma", () => {
  it.each<[KarmaEvent[], number]>([
    [[], 0],
    [["COURSE_COMPLETED"], 100],
    [["COURSE_COMPLETED", "PLAN_COURSE_COMPLETED", "COURSE_RATED"], 160],
    [["SESSION_ATTENDED", "SESSION_ATTENDED"], 40],
  ])("%j → %d", (events, expected) => {
    expect(totalKarma(events)).toBe(expected);
  });
});

describe("courseCompletionKarmaEvents", () => {
  it.each<[string, CourseCompletionKarmaInput, KarmaEvent[], number]>([
    ["own course", { isPlanCourse: false, hasAssessment: false, nonPlanCoursesAwardedThisMonth: 0 }, ["COURSE_COMPLETED"], 100],
    ["plan course", { isPlanCourse: true, hasAssessment: false, nonPlanCoursesAwardedThisMonth: 0 }, ["COURSE_COMPLETED", "PLAN_COURSE_COMPLETED"], 150],
    ["own course with an assessment", { isPlanCourse: false, hasAssessment: true, nonPlanCoursesAwardedThisMonth: 3 }, ["COURSE_COMPLETED", "ASSESSED_COURSE_COMPLETED"], 125],
    ["plan course with an assessment", { isPlanCourse: true, hasAssessment: true, nonPlanCoursesAwardedThisMonth: 0 }, ["COURSE_COMPLETED", "PLAN_COURSE_COMPLETED", "ASSESSED_COURSE_COMPLETED"], 175],
    ["fifth own course this month", { isPlanCourse: false, hasAssessment: true, nonPlanCoursesAwardedThisMonth: NON_PLAN_COURSES_PER_MONTH }, [], 0],
    ["own course past the cap", { isPlanCourse: false, hasAssessment: false, nonPlanCoursesAwardedThisMonth: 9 }, [], 0],
    ["plan course past the cap is never capped", { isPlanCourse: true, hasAssessment: false, nonPlanCoursesAwardedThisMonth: 9 }, ["COURSE_COMPLETED", "PLAN_COURSE_COMPLETED"], 150],
  ])("%s", (_name, input, events, points) => {
    expect(courseCompletionKarmaEvents(input)).toEqual(events);
    expect(totalKarma(courseCompletionKarmaEvents(input))).toBe(points);
  });
});

describe("karmaMonthWindow", () => {
  it.each<[string, string, string]>([
    ["mid-month", "2026-11-15T10:00:00Z", "2026-10-31T18:30:00.000Z"],
    // 20:00 UTC on 30 November is already 1 December in India.
    ["after IST midnight at the month's end", "2026-11-30T20:00:00Z", "2026-11-30T18:30:00.000Z"],
    ["just before IST midnight", "2026-11-30T18:29:59Z", "2026-10-31T18:30:00.000Z"],
    ["December rolls into January", "2026-12-31T19:00:00Z", "2026-12-31T18:30:00.000Z"],
  ])("%s", (_name, instant, start) => {
    const window = karmaMonthWindow(new Date(instant));
    expect(window.gte.toISOString()).toBe(start);
    expect(window.lt.getTime()).toBeGreaterThan(new Date(instant).getTime());
    expect(window.gte.getTime()).toBeLessThanOrEqual(new Date(instant).getTime());
  });
});

describe("KARMA_RULE_LIST", () => {
  it("lists every rule once, with the same points as the table", () => {
    expect(KARMA_RULE_LIST.map((row) => row.event)).toEqual(Object.keys(KARMA_RULES));
    for (const row of KARMA_RULE_LIST) expect(row.points).toBe(karmaFor(row.event));
  });

  it.each(KARMA_RULE_LIST.map((row) => [row.event, row] as const))("%s has English and Hindi labels", (_event, row) => {
    expect(row.points).toBeGreaterThan(0);
    expect(Number.isInteger(row.points)).toBe(true);
    expect(row.label.en).toMatch(/^[A-Z][a-z]/);
    // Devanagari block: the Hindi label must actually be in Hindi, not a copy of the English.
    expect(row.label.hi).toMatch(/[\u0900-\u097F]/);
  });
});

describe("karmaRuleLabel", () => {
  it("names a current rule in the reader's language", () => {
    expect(karmaRuleLabel("COURSE_COMPLETED", "en")).toBe(KARMA_RULES.COURSE_COMPLETED.label.en);
    expect(karmaRuleLabel("COURSE_COMPLETED", "hi")).toBe(KARMA_RULES.COURSE_COMPLETED.label.hi);
  });

  it("returns null for a retired rule or an inherited property name", () => {
    expect(karmaRuleLabel("OLD_RULE", "hi")).toBeNull();
    expect(karmaRuleLabel("toString", "en")).toBeNull();
  });
});

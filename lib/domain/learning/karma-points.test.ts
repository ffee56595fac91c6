import { describe, expect, it } from "vitest";
import { KARMA_RULES, KARMA_RULE_LIST, courseCompletionKarmaEvents, karmaFor, karmaRuleLabel, totalKarma, type KarmaEvent } from "./karma-points";

describe("karmaFor", () => {
  it.each<[KarmaEvent, number]>([
    ["COURSE_COMPLETED", 100],
    ["PLAN_COURSE_COMPLETED", 50],
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
  it.each<[boolean, KarmaEvent[], number]>([
    [false, ["COURSE_COMPLETED"], 100],
    [true, ["COURSE_COMPLETED", "PLAN_COURSE_COMPLETED"], 150],
  ])("plan course %s", (isPlanCourse, events, points) => {
    expect(courseCompletionKarmaEvents({ isPlanCourse })).toEqual(events);
    expect(totalKarma(courseCompletionKarmaEvents({ isPlanCourse }))).toBe(points);
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

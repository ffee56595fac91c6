import { describe, expect, it } from "vitest";
import type { CompetencyGap } from "./competency-gaps";
import { recommendCourses, type CourseCandidate } from "./recommendations";

const GAPS: CompetencyGap[] = [
  { competencyId: "rti", competencyName: "Right to Information", required: 4, current: 1, gap: 3 },
  { competencyId: "draft", competencyName: "Noting and Drafting", required: 2, current: 0, gap: 2 },
];

function course(id: string, competencies: [string, number][], extra: Partial<CourseCandidate> = {}): CourseCandidate {
  return {
    id,
    title: extra.title ?? id,
    durationMinutes: 60,
    ratingSum: 0,
    ratingCount: 0,
    ...extra,
    competencies: competencies.map(([competencyId, level]) => ({ competencyId, level })),
  };
}

const NONE = new Set<string>();

function rank(courses: CourseCandidate[], options: { completed?: string[]; enrolled?: string[]; limit?: number; gaps?: CompetencyGap[] } = {}): string[] {
  return recommendCourses({
    gaps: options.gaps ?? GAPS,
    courses,
    completedCourseIds: new Set(options.completed ?? []),
    enrolledCourseIds: new Set(options.enrolled ?? []),
    limit: options.limit,
  }).map((r) => r.courseId);
}

describe("recommendCourses — ranking", () => {
  it.each<[string, CourseCandidate[], string[]]>([
    ["closes more levels first", [course("small", [["rti", 2]]), course("big", [["rti", 4]])], ["big", "small"]],
    ["levels beyond the requirement earn nothing extra", [course("overkill", [["rti", 5]], { title: "B" }), course("exact", [["rti", 4]], { title: "A" })], ["exact", "overkill"]],
    ["gains add up over gaps", [course("rti-only", [["rti", 3]]), course("both", [["rti", 2], ["draft", 2]])], ["both", "rti-only"]],
    ["at or below the current level helps nothing", [course("basic", [["rti", 1]]), course("other", [["ethics", 5]])], []],
    [
      "ties broken by rating",
      [course("ok", [["rti", 4]], { ratingSum: 35, ratingCount: 10 }), course("great", [["rti", 4]], { ratingSum: 9, ratingCount: 2 })],
      ["great", "ok"],
    ],
    [
      "unrated after rated, even a poorly rated one",
      [course("unrated", [["rti", 4]]), course("poor", [["rti", 4]], { ratingSum: 2, ratingCount: 1 })],
      ["poor", "unrated"],
    ],
    [
      "equal averages compare exactly",
      [course("b", [["rti", 4]], { ratingSum: 41, ratingCount: 10, durationMinutes: 90 }), course("a", [["rti", 4]], { ratingSum: 82, ratingCount: 20, durationMinutes: 30 })],
      ["a", "b"],
    ],
    ["then shorter", [course("long", [["rti", 4]], { durationMinutes: 240 }), course("short", [["rti", 4]], { durationMinutes: 45 })], ["short", "long"]],
    ["then title", [course("c2", [["rti", 4]], { title: "Zeal" }), course("c1", [["rti", 4]], { title: "apex" })], ["c1", "c2"]],
  ])("%s", (_name, courses, expected) => {
    expect(rank(courses)).toEqual(expected);
  });
});

describe("recommendCourses — filtering", () => {
  const COURSES = [course("a", [["rti", 4]]), course("b", [["rti", 3]]), course("c", [["draft", 2]]), course("d", [["rti", 2]])];

  it.each<[string, { completed?: string[]; enrolled?: string[]; limit?: number; gaps?: CompetencyGap[] }, string[]]>([
    ["everything relevant", {}, ["a", "b", "c", "d"]],
    ["completed courses are left out", { completed: ["a"] }, ["b", "c", "d"]],
    ["enrolled courses are left out", { enrolled: ["b", "c"] }, ["a", "d"]],
    ["top N", { limit: 2 }, ["a", "b"]],
    ["limit 0", { limit: 0 }, []],
    ["no gaps, no recommendations", { gaps: [] }, []],
  ])("%s", (_name, options, expected) => {
    expect(rank(COURSES, options)).toEqual(expected);
  });

  it("defaults to five", () => {
    const many = Array.from({ length: 8 }, (_, i) => course(`c${i}`, [["rti", 4]]));
    expect(recommendCourses({ gaps: GAPS, courses: many, completedCourseIds: NONE, enrolledCourseIds: NONE })).toHaveLength(5);
  });
});

describe("recommendCourses — what each course addresses", () => {
  it("lists gaps with from/to and whether the gap closes", () => {
    const [top] = recommendCourses({
      gaps: GAPS,
      courses: [course("both", [["draft", 2], ["rti", 3], ["ethics", 5]], { ratingSum: 9, ratingCount: 2, durationMinutes: 90, title: "RTI and Drafting" })],
      completedCourseIds: NONE,
      enrolledCourseIds: NONE,
    });
    expect(top).toEqual({
      courseId: "both",
      title: "RTI and Drafting",
      levelsGained: 4,
      ratingAverage: 4.5,
      durationMinutes: 90,
      addresses: [
        { competencyId: "draft", competencyName: "Noting and Drafting", from: 0, to: 2, closesGap: true },
        { competencyId: "rti", competencyName: "Right to Information", from: 1, to: 3, closesGap: false },
      ],
    });
  });
});

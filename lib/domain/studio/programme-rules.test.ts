import { describe, expect, test } from "vitest";
import { canMoveProgramme, canPublishProgramme, mergeProgrammeIntoPassbook, programmeProgress, programmeSlug, type ProgrammeCourseProgress } from "./programme-rules";

const course = (enrolmentStatus: ProgrammeCourseProgress["enrolmentStatus"], progressPercent = 0): ProgrammeCourseProgress => ({
  courseId: crypto.randomUUID(),
  enrolmentStatus,
  progressPercent,
});

describe("programmeProgress", () => {
  test.each<[string, ProgrammeCourseProgress[], { completed: number; total: number; percent: number; isComplete: boolean }]>([
    ["no courses", [], { completed: 0, total: 0, percent: 0, isComplete: false }],
    ["nothing started", [course(null), course(null)], { completed: 0, total: 2, percent: 0, isComplete: false }],
    ["one of two done", [course("COMPLETED", 100), course("IN_PROGRESS", 50)], { completed: 1, total: 2, percent: 75, isComplete: false }],
    ["all done", [course("COMPLETED", 100), course("COMPLETED", 100), course("COMPLETED", 100)], { completed: 3, total: 3, percent: 100, isComplete: true }],
    ["withdrawn keeps its progress but never completes", [course("COMPLETED", 100), course("WITHDRAWN", 40)], { completed: 1, total: 2, percent: 70, isComplete: false }],
    ["completed counts as 100 whatever the stored percent", [course("COMPLETED", 0), course("ENROLLED", 0)], { completed: 1, total: 2, percent: 50, isComplete: false }],
  ])("%s", (_name, courses, expected) => {
    expect(programmeProgress(courses)).toEqual(expected);
  });
});

test.each<[string[], boolean]>([
  [[], false],
  [["PUBLISHED"], false],
  [["PUBLISHED", "ARCHIVED"], false],
  [["PUBLISHED", "PUBLISHED"], true],
  [["PUBLISHED", "DRAFT", "PUBLISHED"], true],
])("publishing with courses %j allowed: %s", (statuses, expected) => {
  expect(canPublishProgramme(statuses.map((status) => ({ status })))).toBe(expected);
});

test.each([
  ["DRAFT", "PUBLISHED", true],
  ["DRAFT", "ARCHIVED", true],
  ["PUBLISHED", "ARCHIVED", true],
  ["PUBLISHED", "DRAFT", false],
  ["ARCHIVED", "PUBLISHED", false],
  ["ARCHIVED", "DRAFT", false],
] as const)("%s → %s allowed: %s", (from, to, expected) => {
  expect(canMoveProgramme(from, to)).toBe(expected);
});

describe("mergeProgrammeIntoPassbook", () => {
  test("names the programme and raises only lower levels", () => {
    const merge = mergeProgrammeIntoPassbook({
      currentLevels: new Map([["c1", 4], ["c2", 1]]),
      programme: { id: "p", title: " Digital governance " },
      competencies: [{ competencyId: "c1", level: 3 }, { competencyId: "c2", level: 3 }],
      certificateId: "cert",
    });
    expect(merge.entries.map((entry) => entry.evidence)).toEqual([
      "Completed the programme “Digital governance”, which imparts level 3 of 5.",
      "Completed the programme “Digital governance”, which imparts level 3 of 5.",
    ]);
    expect(merge.entries.every((entry) => entry.evidenceRef === "cert")).toBe(true);
    expect(merge.changes).toEqual([{ competencyId: "c2", from: 1, to: 3 }]);
  });
});

test.each([
  ["Digital Governance 101", "digital-governance-101-ab12"],
  ["  Éthique & intégrité!! ", "ethique-integrite-ab12"],
  ["डिजिटल", "programme-ab12"],
])("slug of %j", (title, expected) => {
  expect(programmeSlug(title, "ab12")).toBe(expected);
});

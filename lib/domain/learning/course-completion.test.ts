import { describe, expect, it } from "vitest";
import { courseCompletionStatus, courseProgressPercent, isCourseComplete, type CourseCompletionStatus } from "./course-completion";

describe("courseProgressPercent", () => {
  it.each<[string, string[], string[], number]>([
    ["nothing done", ["l1", "l2", "l3"], [], 0],
    ["one of three rounds down", ["l1", "l2", "l3"], ["l1"], 33],
    ["two of three rounds down, not up", ["l1", "l2", "l3"], ["l1", "l3"], 66],
    ["all done", ["l1", "l2", "l3"], ["l3", "l2", "l1"], 100],
    ["optional lessons do not count", ["l1", "l2"], ["opt1", "opt2", "l1"], 50],
    ["a removed lesson does not count", ["l1"], ["gone"], 0],
    ["duplicates in either list", ["l1", "l1", "l2"], ["l1", "l1"], 50],
    ["no required lessons", [], ["opt1"], 0],
    ["199 of 200 is still 99", Array.from({ length: 200 }, (_, i) => `l${i}`), Array.from({ length: 199 }, (_, i) => `l${i}`), 99],
  ])("%s", (_name, required, completed, expected) => {
    expect(courseProgressPercent(required, completed)).toBe(expected);
  });

  it("accepts sets", () => {
    expect(courseProgressPercent(new Set(["a", "b"]), new Set(["a"]))).toBe(50);
  });
});

describe("courseCompletionStatus", () => {
  it.each<[string, string[], string[], string[], string[], CourseCompletionStatus]>([
    [
      "lessons done, no assessments",
      ["l1", "l2"],
      ["l1", "l2"],
      [],
      [],
      { isComplete: true, progressPercent: 100, missingLessonIds: [], unpassedAssessmentIds: [] },
    ],
    [
      "lessons done, assessment passed",
      ["l1"],
      ["l1"],
      ["a1"],
      ["a1"],
      { isComplete: true, progressPercent: 100, missingLessonIds: [], unpassedAssessmentIds: [] },
    ],
    [
      "lessons done, assessment not passed",
      ["l1"],
      ["l1"],
      ["a1", "a2"],
      ["a2"],
      { isComplete: false, progressPercent: 100, missingLessonIds: [], unpassedAssessmentIds: ["a1"] },
    ],
    [
      "assessment passed, a lesson missing",
      ["l1", "l2"],
      ["l2"],
      ["a1"],
      ["a1"],
      { isComplete: false, progressPercent: 50, missingLessonIds: ["l1"], unpassedAssessmentIds: [] },
    ],
    [
      "only an assessment, passed",
      [],
      [],
      ["a1"],
      ["a1"],
      { isComplete: true, progressPercent: 0, missingLessonIds: [], unpassedAssessmentIds: [] },
    ],
    [
      "nothing to complete fails closed",
      [],
      ["opt"],
      [],
      [],
      { isComplete: false, progressPercent: 0, missingLessonIds: [], unpassedAssessmentIds: [] },
    ],
    [
      "a pass of another course's assessment does not count",
      ["l1"],
      ["l1"],
      ["a1"],
      ["other"],
      { isComplete: false, progressPercent: 100, missingLessonIds: [], unpassedAssessmentIds: ["a1"] },
    ],
  ])("%s", (_name, requiredLessonIds, completedLessonIds, assessmentIds, passedAssessmentIds, expected) => {
    const input = { requiredLessonIds, completedLessonIds, assessmentIds, passedAssessmentIds };
    expect(courseCompletionStatus(input)).toEqual(expected);
    expect(isCourseComplete(input)).toBe(expected.isComplete);
  });
});

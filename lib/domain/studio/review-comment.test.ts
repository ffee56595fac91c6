import { describe, expect, test } from "vitest";
import { courseDraftSchema } from "@/lib/domain/studio/course-draft";
import { commentsOutsideVersion, explainsChanges } from "@/lib/domain/studio/review-comment";

const LESSON = "0190a1b2-0000-7000-8000-000000000001";
const OTHER = "0190a1b2-0000-7000-8000-000000000002";
const draft = courseDraftSchema.parse({
  modules: [{ key: "0190a1b2-0000-7000-8000-0000000000aa", lessons: [{ key: LESSON, type: "TEXT" }] }],
});

describe("commentsOutsideVersion", () => {
  test("a comment on the course or on one of its lessons belongs", () => {
    expect(commentsOutsideVersion(draft, [{ lessonKey: null, body: "x" }, { lessonKey: LESSON, body: "y" }])).toEqual([]);
  });
  test("a comment on a lesson the version does not have is returned", () => {
    expect(commentsOutsideVersion(draft, [{ lessonKey: OTHER, body: "z" }])).toEqual([{ lessonKey: OTHER, body: "z" }]);
  });
});

describe("explainsChanges", () => {
  test.each<[string | null, { lessonKey: string | null; body: string }[], boolean]>([
    [null, [], false],
    ["   ", [{ lessonKey: null, body: "  " }], false],
    ["Tighten the summary.", [], true],
    [null, [{ lessonKey: LESSON, body: "Cite the rule." }], true],
  ])("note %j with %j → %s", (note, comments, expected) => {
    expect(explainsChanges(note, comments)).toBe(expected);
  });
});

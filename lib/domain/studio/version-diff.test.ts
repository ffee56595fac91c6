import { describe, expect, test } from "vitest";
import { courseDraftSchema, type CourseDraft } from "@/lib/domain/studio/course-draft";
import { describeLessonChanges, diffCourseDrafts, isDiffEmpty, lessonChangeCounts } from "@/lib/domain/studio/version-diff";

const key = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const [M1, M2, M3, L1, L2, L3, L4, L5, Q1, Q2, C1, C2, A1] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map(key) as [
  string, string, string, string, string, string, string, string, string, string, string, string, string,
];

function draft(overrides: Partial<Record<keyof CourseDraft, unknown>> = {}): CourseDraft {
  return courseDraftSchema.parse({
    title: "Noting and drafting",
    summary: "How a file moves",
    durationMinutes: 30,
    competencies: [
      { competencyId: C1, level: 2 },
      { competencyId: C2, level: 3 },
    ],
    modules: [
      {
        key: M1,
        title: "Basics",
        lessons: [
          { key: L1, type: "TEXT", title: "What a note is", body: "A note…", durationSeconds: 300 },
          { key: L2, type: "VIDEO", title: "Watch a file move", mediaId: key(90), durationSeconds: 600 },
        ],
      },
      {
        key: M2,
        title: "Practice",
        lessons: [
          { key: L3, type: "LINK", title: "Manual of Office Procedure", externalUrl: "https://example.gov.in/mop", durationSeconds: 900 },
          { key: L4, type: "ASSESSMENT", title: "Check", assessment: { assessmentId: A1, draw: { mode: "FIXED", questionIds: [Q1, Q2] } } },
        ],
      },
    ],
    ...overrides,
  });
}

/** Rebuilds the base draft with one lesson replaced (by key). */
function withLesson(lessonKey: string, change: Record<string, unknown>): CourseDraft {
  const base = draft();
  return courseDraftSchema.parse({
    ...base,
    modules: base.modules.map((module) => ({
      ...module,
      lessons: module.lessons.map((lesson) => (lesson.key === lessonKey ? { ...lesson, ...change } : lesson)),
    })),
  });
}

describe("diffCourseDrafts", () => {
  test("the same document has no differences", () => {
    const diff = diffCourseDrafts(draft(), draft());
    expect(isDiffEmpty(diff)).toBe(true);
    expect(describeLessonChanges(lessonChangeCounts(diff))).toBe("");
  });

  test.each([
    ["title", { title: "Retitled" }],
    ["body", { body: "A different note" }],
    ["duration", { durationSeconds: 301 }],
    ["required", { isRequired: false }],
  ] as const)("a text lesson's %s is a change", (field, change) => {
    const diff = diffCourseDrafts(draft(), withLesson(L1, change));
    expect(diff.lessons.changed).toEqual([{ key: L1, title: change && "title" in change ? "Retitled" : "What a note is", moduleKey: M1, moduleTitle: "Basics", fields: [field] }]);
    expect(diff.lessons.added).toEqual([]);
    expect(diff.lessons.removed).toEqual([]);
  });

  test.each([
    ["media", L2, { mediaId: key(91) }],
    ["externalUrl", L3, { externalUrl: "https://example.gov.in/mop-2025" }],
    ["assessment", L4, { assessment: { assessmentId: A1, passMarkPercent: 80, draw: { mode: "FIXED", questionIds: [Q1, Q2] } } }],
    ["assessment", L4, { assessment: { assessmentId: A1, draw: { mode: "FIXED", questionIds: [Q2, Q1] } } }],
    ["assessment", L4, { assessment: { assessmentId: A1, draw: { mode: "RANDOM", count: 2 } } }],
  ] as const)("%s of lesson %s is a change", (field, lessonKey, change) => {
    const diff = diffCourseDrafts(draft(), withLesson(lessonKey, change));
    expect(diff.lessons.changed.map((lesson) => [lesson.key, lesson.fields])).toEqual([[lessonKey, [field]]]);
  });

  test("a lesson that changes type reports the type and the content it lost and gained", () => {
    const diff = diffCourseDrafts(draft(), withLesson(L1, { type: "LINK", externalUrl: "https://example.gov.in" }));
    expect(diff.lessons.changed[0]?.fields).toEqual(["type", "body", "externalUrl"]);
  });

  test("writing the live assessment id back is not a change", () => {
    const before = withLesson(L4, { assessment: { assessmentId: null, draw: { mode: "FIXED", questionIds: [Q1, Q2] } } });
    expect(isDiffEmpty(diffCourseDrafts(before, draft()))).toBe(true);
  });

  test("moving a lesson to another module or place is not a change", () => {
    const base = draft();
    const [basics, practice] = base.modules as [CourseDraft["modules"][number], CourseDraft["modules"][number]];
    const moved = courseDraftSchema.parse({
      ...base,
      modules: [
        { ...basics, lessons: [basics.lessons[1], basics.lessons[0]] },
        { ...practice, lessons: [...practice.lessons] },
      ],
    });
    expect(isDiffEmpty(diffCourseDrafts(base, moved))).toBe(true);
  });

  test("lessons added and removed by key, with the module they sit in", () => {
    const base = draft();
    const after = courseDraftSchema.parse({
      ...base,
      modules: [
        base.modules[0],
        { key: M2, title: "Practice", lessons: [base.modules[1]!.lessons[1]] },
        { key: M3, title: "Further reading", lessons: [{ key: L5, type: "TEXT", title: "Reading list", body: "…", durationSeconds: 60 }] },
      ],
    });
    const diff = diffCourseDrafts(base, after);
    expect(diff.lessons.added).toEqual([{ key: L5, title: "Reading list", moduleKey: M3, moduleTitle: "Further reading" }]);
    expect(diff.lessons.removed).toEqual([{ key: L3, title: "Manual of Office Procedure", moduleKey: M2, moduleTitle: "Practice" }]);
    expect(diff.modules.added).toEqual([{ key: M3, title: "Further reading" }]);
    expect(diff.modules.removed).toEqual([]);
    expect(describeLessonChanges(lessonChangeCounts(diff))).toBe("1 new lesson, 1 removed");
  });

  test("a dropped module takes its lessons with it; a renamed one is listed with its old title", () => {
    const base = draft();
    const after = courseDraftSchema.parse({ ...base, modules: [{ ...base.modules[0], title: "Foundations" }] });
    const diff = diffCourseDrafts(base, after);
    expect(diff.modules.removed).toEqual([{ key: M2, title: "Practice" }]);
    expect(diff.modules.renamed).toEqual([{ key: M1, title: "Foundations", previousTitle: "Basics" }]);
    expect(diff.lessons.removed.map((lesson) => lesson.key)).toEqual([L3, L4]);
    expect(diff.lessons.changed).toEqual([]);
  });

  test("details and competencies: added, removed and re-levelled", () => {
    const after = draft({ title: "Noting and drafting, revised", durationMinutes: 45, competencies: [{ competencyId: C1, level: 3 }, { competencyId: key(99), level: 1 }] });
    const diff = diffCourseDrafts(draft(), after);
    expect(diff.details).toEqual(["title", "durationMinutes"]);
    expect(diff.competencies).toEqual({
      added: [{ competencyId: key(99), level: 1 }],
      removed: [{ competencyId: C2, level: 3 }],
      changed: [{ competencyId: C1, from: 2, to: 3 }],
    });
    expect(isDiffEmpty(diff)).toBe(false);
  });
});

describe("describeLessonChanges", () => {
  test.each([
    [{ added: 2, changed: 1, removed: 1 }, "2 new lessons, 1 updated, 1 removed"],
    [{ added: 1, changed: 0, removed: 0 }, "1 new lesson"],
    [{ added: 0, changed: 3, removed: 0 }, "3 updated"],
    [{ added: 0, changed: 0, removed: 2 }, "2 removed"],
  ])("%o → %s", (counts, text) => {
    expect(describeLessonChanges(counts)).toBe(text);
  });
});

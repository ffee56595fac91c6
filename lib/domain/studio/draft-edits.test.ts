import { describe, expect, it, test } from "vitest";
import { courseDraftSchema, type CourseDraft } from "./course-draft";
import { addLesson, addModule, canStepLesson, moveItem, moveLesson, moveModule, newLesson, newModule, removeLesson, removeModule, stepLesson, updateLesson } from "./draft-edits";

const key = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** Module i (key 100+i) holds the lessons named, each keyed by its number. */
function draftOf(...modules: number[][]): CourseDraft {
  return courseDraftSchema.parse({
    modules: modules.map((lessons, index) => ({
      key: key(100 + index),
      title: `M${index}`,
      lessons: lessons.map((n) => ({ key: key(n), type: "TEXT", title: `L${n}` })),
    })),
  });
}

const layout = (draft: CourseDraft) => draft.modules.map((module) => module.lessons.map((lesson) => Number(lesson.key.slice(-12))));

describe("moveItem", () => {
  test.each<[number, number, string[]]>([
    [0, 2, ["b", "c", "a"]],
    [2, 0, ["c", "a", "b"]],
    [1, 1, ["a", "b", "c"]],
    [0, 99, ["b", "c", "a"]],
    [2, -5, ["c", "a", "b"]],
    [7, 0, ["a", "b", "c"]],
  ])("from %i to %i", (from, to, expected) => {
    expect(moveItem(["a", "b", "c"], from, to)).toEqual(expected);
  });
});

describe("moveLesson", () => {
  test.each<[string, number, number, number, number[][]]>([
    ["within its module, down", 1, 0, 2, [[2, 3, 1], [4]]],
    ["within its module, up", 3, 0, 0, [[3, 1, 2], [4]]],
    ["into another module at the start", 2, 1, 0, [[1, 3], [2, 4]]],
    ["into another module at the end (clamped)", 1, 1, 99, [[2, 3], [4, 1]]],
    ["into an empty module", 4, 2, 0, [[1, 2, 3], [], [4]]],
  ])("%s", (_name, lesson, toModule, toIndex, expected) => {
    const draft = draftOf([1, 2, 3], [4], []);
    const moved = moveLesson(draft, key(lesson), key(100 + toModule), toIndex);
    expect(layout(moved).slice(0, expected.length)).toEqual(expected);
  });

  it("keeps the lesson's content when it changes module", () => {
    const draft = updateLesson(draftOf([1], [2]), key(1), (lesson) => (lesson.type === "TEXT" ? { ...lesson, body: "kept" } : lesson));
    const moved = moveLesson(draft, key(1), key(101), 0);
    expect(moved.modules[1]?.lessons[0]).toMatchObject({ key: key(1), body: "kept" });
  });

  it("ignores an unknown lesson or module", () => {
    const draft = draftOf([1, 2]);
    expect(moveLesson(draft, key(9), key(100), 0)).toBe(draft);
    expect(moveLesson(draft, key(1), key(199), 0)).toBe(draft);
  });
});

describe("stepLesson", () => {
  test.each<[string, number, -1 | 1, number[][]]>([
    ["down within the module", 1, 1, [[2, 1], [3]]],
    ["up within the module", 2, -1, [[2, 1], [3]]],
    ["down past the last lesson into the next module's start", 2, 1, [[1], [2, 3]]],
    ["up past the first lesson into the previous module's end", 3, -1, [[1, 2, 3], []]],
    ["up from the very first lesson: nothing moves", 1, -1, [[1, 2], [3]]],
    ["down from the very last lesson: nothing moves", 3, 1, [[1, 2], [3]]],
  ])("%s", (_name, lesson, direction, expected) => {
    expect(layout(stepLesson(draftOf([1, 2], [3]), key(lesson), direction))).toEqual(expected);
  });

  test.each<[number, -1 | 1, boolean]>([
    [1, -1, false],
    [1, 1, true],
    [2, 1, true],
    [3, -1, true],
    [3, 1, false],
  ])("lesson %i can step %i: %s", (lesson, direction, expected) => {
    expect(canStepLesson(draftOf([1, 2], [3]), key(lesson), direction)).toBe(expected);
  });
});

describe("modules", () => {
  it("adds, moves and removes modules by key", () => {
    let draft = draftOf([1], [2]);
    draft = addModule(draft, newModule(key(102)));
    expect(draft.modules.map((module) => module.key)).toEqual([key(100), key(101), key(102)]);
    draft = moveModule(draft, key(102), 0);
    expect(draft.modules.map((module) => module.key)).toEqual([key(102), key(100), key(101)]);
    draft = removeModule(draft, key(100));
    expect(layout(draft)).toEqual([[], [2]]);
  });

  it("adds and removes lessons of every type with their defaults", () => {
    let draft = draftOf([]);
    for (const [index, type] of (["TEXT", "VIDEO", "PDF", "LINK", "ASSESSMENT"] as const).entries()) {
      draft = addLesson(draft, key(100), newLesson(type, key(index + 1)));
    }
    expect(draft.modules[0]?.lessons.map((lesson) => lesson.type)).toEqual(["TEXT", "VIDEO", "PDF", "LINK", "ASSESSMENT"]);
    // Every new lesson is a valid autosave document.
    expect(courseDraftSchema.safeParse(draft).success).toBe(true);
    expect(layout(removeLesson(draft, key(3)))).toEqual([[1, 2, 4, 5]]);
  });

  it("never changes a lesson's type or key through an update", () => {
    const draft = draftOf([1]);
    const changed = updateLesson(draft, key(1), () => newLesson("LINK", key(9)));
    expect(changed.modules[0]?.lessons[0]).toMatchObject({ key: key(1), type: "TEXT" });
  });
});

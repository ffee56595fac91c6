import { describe, expect, test } from "vitest";
import { findDropOff } from "./course-funnel";

const step = (lessonId: string, completed: number) => ({ lessonId, title: `Lesson ${lessonId}`, completed });

describe("course drop-off", () => {
  test("100 enrolled: 90 finish lesson 1, 40 lesson 2, 35 lesson 3 → lesson 2 loses 50", () => {
    expect(findDropOff(100, [step("1", 90), step("2", 40), step("3", 35)])).toEqual({ lessonId: "2", title: "Lesson 2", lost: 50, reached: 90, share: 50 / 90 });
  });

  test("the first lesson can be the drop-off", () => {
    expect(findDropOff(100, [step("1", 20), step("2", 20)])?.lessonId).toBe("1");
  });

  test("nobody lost, or nobody enrolled → none", () => {
    expect(findDropOff(10, [step("1", 10), step("2", 10)])).toBeNull();
    expect(findDropOff(0, [])).toBeNull();
  });

  test("a later step reporting more than the earlier (optional lessons) loses nobody", () => {
    expect(findDropOff(10, [step("1", 5), step("2", 8), step("3", 2)])).toMatchObject({ lessonId: "3", lost: 6, reached: 8 });
  });
});

import { describe, expect, test } from "vitest";
import { importQuestionsSchema, questionFormSchema } from "./question-form.schema";

const COURSE = "0190a1b2-0000-7000-8000-000000000001";

describe("questionFormSchema", () => {
  test("numbers the options as posted and marks the correct ones", () => {
    const parsed = questionFormSchema.parse({ courseId: COURSE, questionId: "", type: "MULTIPLE", prompt: "Q?", option: ["A", "", "C"], correct: ["1", "3"] });
    expect(parsed).toEqual({
      courseId: COURSE,
      questionId: null,
      raw: {
        type: "MULTIPLE",
        prompt: "Q?",
        explanation: "",
        points: "",
        competency: "",
        level: "",
        options: [
          { label: "A", isCorrect: true },
          { label: "", isCorrect: false },
          { label: "C", isCorrect: true },
        ],
      },
    });
  });

  test("a single option and a single correct value arrive as plain strings", () => {
    const parsed = questionFormSchema.parse({ courseId: COURSE, option: "Only", correct: "1" });
    expect(parsed.raw.options).toEqual([{ label: "Only", isCorrect: true }]);
  });

  test.each([[{ courseId: "nope" }], [{ courseId: COURSE, correct: "9" }], [{ courseId: COURSE, option: Array.from({ length: 9 }, () => "x") }]])("refuses %j", (input) => {
    expect(questionFormSchema.safeParse(input).success).toBe(false);
  });
});

describe("importQuestionsSchema", () => {
  test("needs a file within the limit", () => {
    const empty = importQuestionsSchema.safeParse({ courseId: COURSE, intent: "preview", file: new File([], "") });
    expect(empty.success).toBe(false);
    const large = importQuestionsSchema.safeParse({ courseId: COURSE, intent: "preview", file: new File(["x".repeat(600 * 1024)], "bank.csv") });
    expect(large.error?.issues[0]?.message).toMatch(/larger than 512 KB/);
    expect(importQuestionsSchema.safeParse({ courseId: COURSE, intent: "apply", file: new File(["type"], "bank.csv") }).success).toBe(true);
  });
});

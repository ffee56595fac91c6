import { describe, expect, it } from "vitest";
import { buildCourseInput } from "./course-content";
import { COMPETENCIES } from "./competencies";
import { COURSES } from "./courses";

// Regression: every demo question was authored with its correct option first, so whoever saw
// the authored order (or undid the shuffle) knew the answer was "A".

// buildCourseInput only needs the ids to exist; codes stand in for them.
const CONTEXT = {
  providerId: "provider",
  competencyIds: new Map(COMPETENCIES.map((competency) => [competency.code, competency.code])),
  createdById: null,
  reviewedById: null,
};

const questions = COURSES.flatMap((course, index) =>
  (buildCourseInput(course, index, CONTEXT).modules ?? [])
    .flatMap((module) => module.lessons)
    .flatMap((lesson) => (lesson.type === "ASSESSMENT" ? lesson.assessment.questions : [])),
).filter((question) => question.type !== "TRUE_FALSE");

function share(positions: number[], position: number): number {
  return positions.filter((p) => p === position).length / positions.length;
}

describe("seeded questions", () => {
  it("are plentiful enough to judge", () => {
    expect(questions.length).toBeGreaterThan(40);
  });

  it.each([0, 1, 2, 3])("single-answer questions: at most 40 percent have the answer at position %i", (position) => {
    const answers = questions
      .filter((question) => question.type === "SINGLE")
      .map((question) => question.options.findIndex((option) => option.isCorrect));
    expect(share(answers, position)).toBeLessThanOrEqual(0.4);
  });

  it.each([0, 1, 2, 3])("multiple-answer questions: at most 40 percent of the right options sit at position %i", (position) => {
    const answers = questions
      .filter((question) => question.type === "MULTIPLE")
      .flatMap((question) => question.options.flatMap((option, index) => (option.isCorrect ? [index] : [])));
    expect(share(answers, position)).toBeLessThanOrEqual(0.4);
  });

  it("keep every option and the right answers when shuffled", () => {
    for (const question of questions) {
      expect(question.options.some((option) => option.isCorrect)).toBe(true);
      expect(new Set(question.options.map((option) => option.label)).size).toBe(question.options.length);
    }
  });
});

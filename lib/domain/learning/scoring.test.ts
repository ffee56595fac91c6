import { describe, expect, it } from "vitest";
import { scoreAttempt, type ScorableQuestion, type SubmittedAnswers } from "./scoring";

const Q_SINGLE: ScorableQuestion = { id: "q1", type: "SINGLE", points: 2, optionIds: ["a", "b", "c"], correctOptionIds: ["b"] };
const Q_TF: ScorableQuestion = { id: "q2", type: "TRUE_FALSE", points: 1, optionIds: ["t", "f"], correctOptionIds: ["t"] };
const Q_MULTI: ScorableQuestion = { id: "q3", type: "MULTIPLE", points: 3, optionIds: ["w", "x", "y", "z"], correctOptionIds: ["w", "y"] };
const QUESTIONS = [Q_SINGLE, Q_TF, Q_MULTI];

describe("scoreAttempt — per question", () => {
  it.each<[string, ScorableQuestion, string[], boolean, number]>([
    ["single, correct", Q_SINGLE, ["b"], true, 2],
    ["single, wrong", Q_SINGLE, ["a"], false, 0],
    ["single, duplicate of correct is de-duplicated", Q_SINGLE, ["b", "b"], true, 2],
    ["true/false, correct", Q_TF, ["t"], true, 1],
    ["true/false, wrong", Q_TF, ["f"], false, 0],
    ["multiple, exact set", Q_MULTI, ["y", "w"], true, 3],
    ["multiple, subset gets nothing (all-or-nothing)", Q_MULTI, ["w"], false, 0],
    ["multiple, superset gets nothing", Q_MULTI, ["w", "x", "y"], false, 0],
    ["multiple, every box ticked gets nothing", Q_MULTI, ["w", "x", "y", "z"], false, 0],
    ["multiple, duplicates de-duplicated", Q_MULTI, ["w", "y", "w"], true, 3],
    ["unanswered (empty)", Q_SINGLE, [], false, 0],
  ])("%s", (_name, question, selected, isCorrect, points) => {
    const result = scoreAttempt([question], { [question.id]: selected }, 50);
    expect(result.questions[0]).toMatchObject({ isCorrect, pointsAwarded: points, maxPoints: question.points });
    expect(result.questions[0]?.correctOptionIds).toEqual(question.correctOptionIds);
  });

  it("stores the de-duplicated selection in submission order", () => {
    const result = scoreAttempt([Q_MULTI], { q3: ["y", "w", "y"] }, 50);
    expect(result.questions[0]?.selectedOptionIds).toEqual(["y", "w"]);
    expect(result.questions[0]?.isAnswered).toBe(true);
  });

  it("treats a missing question as unanswered", () => {
    const result = scoreAttempt(QUESTIONS, { q1: ["b"] }, 50);
    expect(result.questions.map((q) => [q.questionId, q.isAnswered, q.pointsAwarded])).toEqual([
      ["q1", true, 2],
      ["q2", false, 0],
      ["q3", false, 0],
    ]);
  });

  it("accepts a Map as well as a plain object", () => {
    const answers: SubmittedAnswers = new Map([["q2", ["t"]]]);
    expect(scoreAttempt(QUESTIONS, answers, 50).score).toBe(1);
  });
});

describe("scoreAttempt — tampering", () => {
  it.each<[string, SubmittedAnswers]>([
    ["unknown question id", { q9: ["a"] }],
    ["option of another question", { q1: ["t"] }],
    ["made-up option", { q3: ["w", "nope"] }],
    ["two options on a single-choice question", { q1: ["a", "b"] }],
    ["both true and false", { q2: ["t", "f"] }],
  ])("%s → INVALID_ANSWER", (_name, answers) => {
    expect(() => scoreAttempt(QUESTIONS, answers, 50)).toThrow(expect.objectContaining({ code: "INVALID_ANSWER" }));
  });
});

describe("scoreAttempt — totals", () => {
  it.each<[string, SubmittedAnswers, number, number, number, boolean]>([
    ["all correct", { q1: ["b"], q2: ["t"], q3: ["w", "y"] }, 60, 6, 100, true],
    ["nothing answered", {}, 60, 0, 0, false],
    ["5 of 6 = 83 % (rounded down from 83.3)", { q1: ["b"], q2: ["f"], q3: ["w", "y"] }, 60, 5, 83, true],
    ["3 of 6 = 50 %, pass mark 50", { q3: ["w", "y"] }, 50, 3, 50, true],
    ["3 of 6 = 50 %, pass mark 51", { q3: ["w", "y"] }, 51, 3, 50, false],
    ["pass mark 0 passes with no score", {}, 0, 0, 0, true],
  ])("%s", (_name, answers, passMark, score, percent, passed) => {
    const result = scoreAttempt(QUESTIONS, answers, passMark);
    expect(result).toMatchObject({ score, maxScore: 6, percent, passed });
  });

  it.each<[number, number, number]>([
    // 2 of 3 is 66.67 %: rounding down must not lift it to 67.
    [2, 3, 66],
    [599, 1000, 59],
    [1, 7, 14],
    [7, 7, 100],
  ])("%d of %d points → %d %% (rounded down)", (earned, total, expected) => {
    const questions: ScorableQuestion[] = [
      { id: "right", type: "SINGLE", points: earned, optionIds: ["r"], correctOptionIds: ["r"] },
      { id: "wrong", type: "SINGLE", points: total - earned, optionIds: ["r", "w"], correctOptionIds: ["r"] },
    ];
    expect(scoreAttempt(questions, { right: ["r"], wrong: ["w"] }, 60).percent).toBe(expected);
  });

  it("fails closed when there are no points to earn", () => {
    expect(scoreAttempt([], {}, 0)).toEqual({ questions: [], score: 0, maxScore: 0, percent: 0, passed: false });
  });

  it("59.9 % does not pass a 60 % pass mark", () => {
    const questions: ScorableQuestion[] = [
      { id: "a", type: "SINGLE", points: 599, optionIds: ["r"], correctOptionIds: ["r"] },
      { id: "b", type: "SINGLE", points: 401, optionIds: ["r"], correctOptionIds: ["r"] },
    ];
    expect(scoreAttempt(questions, { a: ["r"] }, 60).passed).toBe(false);
  });
});

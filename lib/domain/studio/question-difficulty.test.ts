import { describe, expect, test } from "vitest";
import { questionDifficulty, type DifficultyInput } from "./question-difficulty";

const options = (picks: number[], correct = 0) => picks.map((count, index) => ({ position: index + 1, label: `O${index + 1}`, isCorrect: index === correct, picks: count }));

describe("questionDifficulty", () => {
  test.each<[string, DifficultyInput, (number | null)[], string[]]>([
    ["unanswered", { type: "SINGLE", answered: 0, correct: 0, options: options([0, 0]) }, [0, null], []],
    ["too few answers to judge", { type: "SINGLE", answered: 19, correct: 1, options: options([1, 18, 0]) }, [19, 5], []],
    ["hard at 20 answers", { type: "SINGLE", answered: 20, correct: 3, options: options([3, 10, 7]) }, [20, 15], ["TOO_HARD"]],
    ["exactly 20 % is not flagged", { type: "SINGLE", answered: 20, correct: 4, options: options([4, 10, 6]) }, [20, 20], []],
    ["easy above 95 %", { type: "SINGLE", answered: 40, correct: 39, options: options([39, 1]) }, [40, 98], ["TOO_EASY"]],
    ["exactly 95 % is not flagged", { type: "SINGLE", answered: 20, correct: 19, options: options([19, 1]) }, [20, 95], []],
    ["a wrong option nobody picks", { type: "MULTIPLE", answered: 30, correct: 15, options: options([15, 15, 0]) }, [30, 50], ["UNCHOSEN_OPTION"]],
    ["true/false has no distractors to prune", { type: "TRUE_FALSE", answered: 30, correct: 30, options: options([30, 0]) }, [30, 100], ["TOO_EASY"]],
  ])("%s", (_name, input, [answered, percent], codes) => {
    const result = questionDifficulty(input);
    expect([result.answered, result.percentCorrect]).toEqual([answered, percent]);
    expect(result.flags.map((flag) => flag.code)).toEqual(codes);
  });

  test("names every unchosen option", () => {
    const result = questionDifficulty({ type: "SINGLE", answered: 25, correct: 25, options: options([25, 0, 0]) });
    expect(result.flags.find((flag) => flag.code === "UNCHOSEN_OPTION")?.message).toMatch(/options 2, 3/);
  });
});

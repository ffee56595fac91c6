import { describe, expect, it } from "vitest";
import { drawPool, questionsPerAttempt, selectAttemptQuestionIds, type BankQuestion } from "./question-draw";

const bank: BankQuestion[] = [
  { id: "q1", competencyId: "c1", level: 1 },
  { id: "q2", competencyId: "c1", level: 2 },
  { id: "q3", competencyId: "c1", level: 2 },
  { id: "q4", competencyId: "c2", level: 2 },
  { id: "q5", competencyId: null, level: null },
];

describe("selectAttemptQuestionIds", () => {
  it("asks a fixed list in authored order", () => {
    const fixed = [
      { questionId: "q3", position: 2 },
      { questionId: "q1", position: 1 },
    ];
    expect(selectAttemptQuestionIds({ mode: "FIXED" }, { fixed, bank }, "a1")).toEqual(["q1", "q3"]);
  });

  it("draws the requested number from the tagged pool only", () => {
    const rule = { mode: "RANDOM" as const, count: 2, competencyId: "c1", level: 2 };
    const ids = selectAttemptQuestionIds(rule, { fixed: [], bank }, "attempt-1");
    expect(ids).toHaveLength(2);
    expect(new Set(ids)).toEqual(new Set(["q2", "q3"]));
  });

  it("draws the same questions for the same attempt whatever order the bank came in", () => {
    const rule = { mode: "RANDOM" as const, count: 3, competencyId: null, level: null };
    const first = selectAttemptQuestionIds(rule, { fixed: [], bank }, "attempt-7");
    const again = selectAttemptQuestionIds(rule, { fixed: [], bank: [...bank].reverse() }, "attempt-7");
    expect(again).toEqual(first);
  });

  it("draws different questions for different attempts", () => {
    const rule = { mode: "RANDOM" as const, count: 2, competencyId: null, level: null };
    const draws = new Set(Array.from({ length: 20 }, (_, i) => selectAttemptQuestionIds(rule, { fixed: [], bank }, `a${i}`).join(",")));
    expect(draws.size).toBeGreaterThan(3);
  });

  it("never asks more than the pool holds", () => {
    const rule = { mode: "RANDOM" as const, count: 10, competencyId: "c2", level: null };
    expect(selectAttemptQuestionIds(rule, { fixed: [], bank }, "x")).toEqual(["q4"]);
    expect(questionsPerAttempt(rule, { fixed: [], bank })).toBe(1);
    expect(drawPool({ ...rule, competencyId: null, level: 1 }, bank).map((q) => q.id)).toEqual(["q1"]);
  });
});

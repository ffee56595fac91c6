import { describe, expect, test } from "vitest";
import { checkQuestion, competencyLookup, isSameQuestion, type RawQuestion } from "./question-rules";

const COMPETENCIES = [
  { id: "0190a1b2-0000-7000-8000-000000000001", name: "Noting and drafting", code: "FUN-NOTING", externalId: "KCM-F-12" },
  { id: "0190a1b2-0000-7000-8000-000000000002", name: "Empathy", code: "BEH-EMPATHY", externalId: null },
];
const find = competencyLookup(COMPETENCIES);

const slots = (...options: [string, boolean][]) => options.map(([label, isCorrect]) => ({ label, isCorrect }));

const base: RawQuestion = {
  type: "SINGLE",
  prompt: "Which file notes go on the note portion?",
  explanation: "",
  points: "1",
  competency: "",
  level: "",
  options: slots(["Noting", true], ["Drafts", false], ["", false], ["", false]),
};

describe("checkQuestion", () => {
  test("a valid single-answer question drops empty option slots", () => {
    const result = checkQuestion(base, find);
    expect(result).toEqual({
      ok: true,
      question: {
        type: "SINGLE",
        prompt: "Which file notes go on the note portion?",
        explanation: null,
        points: 1,
        competencyId: null,
        level: null,
        options: slots(["Noting", true], ["Drafts", false]),
      },
    });
  });

  test.each<[string, Partial<RawQuestion>, string, RegExp]>([
    ["unknown type", { type: "ESSAY" }, "type", /SINGLE/],
    ["short prompt", { prompt: " a " }, "prompt", /at least 3/],
    ["long prompt", { prompt: "x".repeat(2_001) }, "prompt", /under 2,000/],
    ["no correct option", { options: slots(["A", false], ["B", false]) }, "correct", /Mark the one correct/],
    ["two correct for SINGLE", { options: slots(["A", true], ["B", true]) }, "correct", /exactly one/],
    ["one option only", { options: slots(["A", true], ["", false]) }, "options", /at least 2/],
    ["nine options", { options: Array.from({ length: 9 }, (_, i) => ({ label: `O${i}`, isCorrect: i === 0 })) }, "options", /at most 8/],
    ["duplicate options", { options: slots(["Same", true], ["same", false]) }, "options", /read the same/],
    ["correct but empty slot", { options: slots(["A", false], ["B", false], ["", true]) }, "correct", /Option 3 is marked correct/],
    ["points zero", { points: "0" }, "points", /1 to 100/],
    ["points text", { points: "two" }, "points", /1 to 100/],
    ["points too high", { points: "101" }, "points", /1 to 100/],
    ["level six", { level: "6" }, "level", /1 to 5/],
    ["level text", { level: "high" }, "level", /1 to 5/],
    ["unknown competency", { competency: "Juggling" }, "competency", /No competency “Juggling”/],
  ])("refuses %s", (_name, change, field, message) => {
    const result = checkQuestion({ ...base, ...change }, find);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as keyof typeof result.errors]).toMatch(message);
  });

  test("several correct answers are fine for MULTIPLE, none is not", () => {
    expect(checkQuestion({ ...base, type: "multiple", options: slots(["A", true], ["B", true], ["C", false]) }, find).ok).toBe(true);
    const none = checkQuestion({ ...base, type: "MULTIPLE", options: slots(["A", false], ["B", false]) }, find);
    expect(!none.ok && none.errors.correct).toMatch(/at least one/);
  });

  test("true/false gets its fixed options whatever the slots say, and needs one answer", () => {
    const result = checkQuestion({ ...base, type: "true_false", options: slots(["", false], ["", true]) }, find);
    expect(result.ok && result.question.options).toEqual(slots(["True", false], ["False", true]));
    const relabelled = checkQuestion({ ...base, type: "TRUE_FALSE", options: slots(["Yes", true], ["No", false]) }, find);
    expect(!relabelled.ok && relabelled.errors.options).toMatch(/True then False/);
    const unanswered = checkQuestion({ ...base, type: "TRUE_FALSE", options: slots(["True", false], ["False", false]) }, find);
    expect(!unanswered.ok && unanswered.errors.correct).toMatch(/either True or False/);
  });

  test.each([["FUN-NOTING"], ["kcm-f-12"], ["noting AND drafting"], ["0190a1b2-0000-7000-8000-000000000001"]])("finds a competency by %s", (text) => {
    const result = checkQuestion({ ...base, competency: text, level: "3" }, find);
    expect(result.ok && [result.question.competencyId, result.question.level]).toEqual([COMPETENCIES[0]!.id, 3]);
  });

  test("empty points mean one point; text is trimmed and line endings unified", () => {
    const result = checkQuestion({ ...base, points: "", prompt: "  Line one\r\nline two  ", explanation: " Because. " }, find);
    expect(result.ok && [result.question.points, result.question.prompt, result.question.explanation]).toEqual([1, "Line one\nline two", "Because."]);
  });
});

describe("isSameQuestion", () => {
  const question = checkQuestion(base, find);
  test("equal drafts are the same; a changed key is not", () => {
    if (!question.ok) throw new Error("fixture");
    expect(isSameQuestion(question.question, { ...question.question })).toBe(true);
    expect(isSameQuestion(question.question, { ...question.question, options: slots(["Noting", false], ["Drafts", true]) })).toBe(false);
    expect(isSameQuestion(question.question, { ...question.question, points: 2 })).toBe(false);
  });
});

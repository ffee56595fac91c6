import { describe, expect, expectTypeOf, it } from "vitest";
import {
  buildAttemptOrder,
  buildQuestionPayload,
  createSeededRandom,
  hashSeed,
  parseAttemptOrder,
  seededShuffle,
  type AttemptOrder,
  type AuthoredQuestion,
  type OrderableQuestion,
  type PublicOption,
  type PublicQuestion,
} from "./shuffle";

const SEED = "0195f3a2-7c4e-7b1d-9a0f-3c2d1e0f4a5b";
const seedsOf = (attemptId: string) => (scope: string) => `${attemptId}:${scope}`;
const SEEDS = seedsOf(SEED);

function question(id: string, position: number, type: OrderableQuestion["type"] = "SINGLE", optionCount = 4): OrderableQuestion {
  return { id, type, position, options: Array.from({ length: optionCount }, (_, i) => ({ id: `${id}-o${i + 1}`, position: i + 1 })) };
}

// Authored out of position order on purpose: the order must come from `position`, not array order.
const QUESTIONS = [question("q3", 3), question("q1", 1), question("q2", 2, "TRUE_FALSE", 2), question("q4", 4), question("q5", 5)];

describe("createSeededRandom", () => {
  it.each([["a"], [""], [SEED]])("seed %j gives the same sequence twice, within [0, 1)", (seed) => {
    const first = createSeededRandom(seed);
    const second = createSeededRandom(seed);
    const values = Array.from({ length: 50 }, () => first());
    expect(Array.from({ length: 50 }, () => second())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it("gives different sequences for neighbouring seeds", () => {
    expect(createSeededRandom("attempt-1")()).not.toBe(createSeededRandom("attempt-2")());
    expect(hashSeed("attempt-1")).not.toBe(hashSeed("attempt-2"));
  });
});

describe("seededShuffle", () => {
  it.each<[string, string[]]>([
    ["empty", []],
    ["one item", ["x"]],
    ["ten items", Array.from({ length: 10 }, (_, i) => `i${i}`)],
  ])("%s: a permutation, deterministic, input untouched", (_name, items) => {
    const copy = [...items];
    const shuffled = seededShuffle(items, SEED);
    expect([...shuffled].sort()).toEqual([...items].sort());
    expect(seededShuffle(items, SEED)).toEqual(shuffled);
    expect(items).toEqual(copy);
  });

  it("spreads the six orders of three items roughly evenly over many seeds", () => {
    const counts = new Map<string, number>();
    const runs = 6000;
    for (let i = 0; i < runs; i++) {
      const key = seededShuffle(["a", "b", "c"], `attempt-${i}`).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan((runs / 6) * 0.85);
      expect(count).toBeLessThan((runs / 6) * 1.15);
    }
  });
});

describe("buildAttemptOrder", () => {
  it.each<[boolean, boolean]>([
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ])("shuffleQuestions=%s shuffleOptions=%s", (shuffleQuestions, shuffleOptions) => {
    const order = buildAttemptOrder({ shuffleQuestions, shuffleOptions, questions: QUESTIONS }, SEEDS);
    const authoredIds = ["q1", "q2", "q3", "q4", "q5"];
    if (shuffleQuestions) {
      expect([...order.questionIds].sort()).toEqual(authoredIds);
      expect(order.questionIds).not.toEqual(authoredIds);
    } else {
      expect(order.questionIds).toEqual(authoredIds);
    }
    for (const q of ["q1", "q3", "q4", "q5"]) {
      const authored = [1, 2, 3, 4].map((i) => `${q}-o${i}`);
      if (shuffleOptions) expect([...(order.optionIdsByQuestion[q] ?? [])].sort()).toEqual(authored);
      else expect(order.optionIdsByQuestion[q]).toEqual(authored);
    }
    // True/false keeps its authored order whatever the flag says.
    expect(order.optionIdsByQuestion.q2).toEqual(["q2-o1", "q2-o2"]);
  });

  it("shuffles options of at least one question when asked", () => {
    const order = buildAttemptOrder({ shuffleQuestions: false, shuffleOptions: true, questions: QUESTIONS }, SEEDS);
    const changed = ["q1", "q3", "q4", "q5"].filter(
      (q) => order.optionIdsByQuestion[q]?.join() !== [1, 2, 3, 4].map((i) => `${q}-o${i}`).join(),
    );
    expect(changed.length).toBeGreaterThan(0);
  });

  it("is the same for the same attempt and differs between attempts", () => {
    const assessment = { shuffleQuestions: true, shuffleOptions: true, questions: QUESTIONS };
    expect(buildAttemptOrder(assessment, SEEDS)).toEqual(buildAttemptOrder(assessment, seedsOf(SEED)));
    const orders = new Set(Array.from({ length: 20 }, (_, i) => buildAttemptOrder(assessment, seedsOf(`attempt-${i}`)).questionIds.join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it("keeps a question's option order when another question is added", () => {
    const before = buildAttemptOrder({ shuffleQuestions: true, shuffleOptions: true, questions: QUESTIONS }, SEEDS);
    const after = buildAttemptOrder({ shuffleQuestions: true, shuffleOptions: true, questions: [...QUESTIONS, question("q0", 0)] }, SEEDS);
    expect(after.optionIdsByQuestion.q4).toEqual(before.optionIdsByQuestion.q4);
  });

  it("handles an assessment with no questions", () => {
    expect(buildAttemptOrder({ shuffleQuestions: true, shuffleOptions: true, questions: [] }, SEEDS)).toEqual({
      questionIds: [],
      optionIdsByQuestion: {},
    });
  });
});

describe("buildQuestionPayload", () => {
  const AUTHORED: AuthoredQuestion[] = [
    {
      id: "q1",
      type: "SINGLE",
      prompt: "Which article of the Constitution…?",
      points: 2,
      position: 1,
      explanation: "Article 311 protects civil servants.",
      options: [
        { id: "a", label: "Article 14", position: 1, isCorrect: false },
        { id: "b", label: "Article 311", position: 2, isCorrect: true },
        { id: "c", label: "Article 356", position: 3, isCorrect: false },
      ],
    },
    {
      id: "q2",
      type: "TRUE_FALSE",
      prompt: "RTI replies are due in 30 days.",
      points: 1,
      position: 2,
      explanation: null,
      options: [
        { id: "t", label: "True", position: 1, isCorrect: true },
        { id: "f", label: "False", position: 2, isCorrect: false },
      ],
    },
  ];

  it.each<[string, AttemptOrder, string[], string[]]>([
    ["follows the stored order", { questionIds: ["q2", "q1"], optionIdsByQuestion: { q1: ["c", "a", "b"], q2: ["t", "f"] } }, ["q2", "q1"], ["c", "a", "b"]],
    ["skips ids deleted since the attempt started", { questionIds: ["q9", "q2", "q1"], optionIdsByQuestion: { q1: ["x", "b", "a", "c"] } }, ["q2", "q1"], ["b", "a", "c"]],
    ["appends questions and options added since", { questionIds: ["q2"], optionIdsByQuestion: { q1: ["c"] } }, ["q2", "q1"], ["c", "a", "b"]],
    ["ignores duplicated ids in a tampered order", { questionIds: ["q1", "q1", "q2"], optionIdsByQuestion: { q1: ["b", "b"] } }, ["q1", "q2"], ["b", "a", "c"]],
    ["empty order falls back to authored order", { questionIds: [], optionIdsByQuestion: {} }, ["q1", "q2"], ["a", "b", "c"]],
  ])("%s", (_name, order, questionIds, q1Options) => {
    const payload = buildQuestionPayload(AUTHORED, order);
    expect(payload.map((q) => q.id)).toEqual(questionIds);
    expect(payload.find((q) => q.id === "q1")?.options.map((o) => o.id)).toEqual(q1Options);
  });

  it("never carries the answer key or the explanation", () => {
    const payload = buildQuestionPayload(AUTHORED, { questionIds: ["q1", "q2"], optionIdsByQuestion: {} });
    const json = JSON.stringify(payload);
    expect(json).not.toMatch(/isCorrect|explanation|position|Article 311 protects/);
    expect(payload[0]).toEqual({
      id: "q1",
      type: "SINGLE",
      prompt: "Which article of the Constitution…?",
      points: 2,
      options: [
        { id: "a", label: "Article 14" },
        { id: "b", label: "Article 311" },
        { id: "c", label: "Article 356" },
      ],
    });
  });

  it("has no answer field at the type level", () => {
    expectTypeOf<PublicOption>().not.toHaveProperty("isCorrect");
    expectTypeOf<PublicQuestion>().not.toHaveProperty("explanation");
    expectTypeOf<PublicQuestion>().not.toHaveProperty("correctOptionIds");
    expectTypeOf<PublicQuestion["options"][number]>().toEqualTypeOf<{ id: string; label: string }>();
  });
});

describe("parseAttemptOrder", () => {
  it.each<[string, unknown, AttemptOrder | null]>([
    ["valid", { questionIds: ["q1"], optionIdsByQuestion: { q1: ["a", "b"] } }, { questionIds: ["q1"], optionIdsByQuestion: { q1: ["a", "b"] } }],
    ["null", null, null],
    ["a string", "q1,q2", null],
    ["missing options", { questionIds: ["q1"] }, null],
    ["options as an array", { questionIds: ["q1"], optionIdsByQuestion: [["a"]] }, null],
    ["non-string question id", { questionIds: [1], optionIdsByQuestion: {} }, null],
    ["non-string option id", { questionIds: ["q1"], optionIdsByQuestion: { q1: ["a", 2] } }, null],
  ])("%s", (_name, value, expected) => {
    expect(parseAttemptOrder(value)).toEqual(expected);
  });

  it("round-trips through JSON", () => {
    const order = buildAttemptOrder({ shuffleQuestions: true, shuffleOptions: true, questions: QUESTIONS }, SEEDS);
    expect(parseAttemptOrder(JSON.parse(JSON.stringify(order)))).toEqual(order);
  });
});

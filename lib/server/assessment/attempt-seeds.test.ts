import { describe, expect, it } from "vitest";
import { buildAttemptOrder, seededShuffle, type OrderableQuestion } from "@/lib/domain/learning/shuffle";
import { keyedAttemptSeeds } from "./attempt-seeds";

// Regression: the option order was seeded by the attempt and question ids, both on the page, so
// anyone who knew the algorithm could recompute the shuffle and read off the authored order (the
// right answer first, in most demo questions).

const ATTEMPT = "0195f3a2-7c4e-7b1d-9a0f-3c2d1e0f4a5b";
const SECRET = "server-side-shuffle-secret";
const BANK: OrderableQuestion[] = Array.from({ length: 60 }, (_, i) => {
  const id = `0195f3a2-0000-7000-8000-${String(i).padStart(12, "0")}`;
  return { id, type: "SINGLE", position: i + 1, options: [1, 2, 3, 4].map((n) => ({ id: `${id}-o${n}`, position: n })) };
});
const ASSESSMENT = { shuffleQuestions: true, shuffleOptions: true, questions: BANK };
const authored = (q: OrderableQuestion) => q.options.map((option) => option.id).join();
const share = (count: number) => count / BANK.length;

describe("keyed attempt seeds", () => {
  const order = buildAttemptOrder(ASSESSMENT, keyedAttemptSeeds(SECRET, ATTEMPT));
  const optionsOf = (q: OrderableQuestion) => order.optionIdsByQuestion[q.id]?.join();

  it("cannot be recomputed from the ids on the page: another secret gives another order", () => {
    const guessed = buildAttemptOrder(ASSESSMENT, keyedAttemptSeeds("someone-elses-guess", ATTEMPT));
    // Two independent shuffles of four options agree one time in 24.
    expect(share(BANK.filter((q) => optionsOf(q) === guessed.optionIdsByQuestion[q.id]?.join()).length)).toBeLessThan(0.2);
    expect(order.questionIds).not.toEqual(guessed.questionIds);
  });

  it("is not the order the ids alone used to give", () => {
    const unkeyed = (q: OrderableQuestion) => seededShuffle(q.options, `${ATTEMPT}:options:${q.id}`).map((o) => o.id).join();
    expect(share(BANK.filter((q) => optionsOf(q) === unkeyed(q)).length)).toBeLessThan(0.2);
  });

  it("moves most questions off their authored order and spreads the first authored option", () => {
    expect(share(BANK.filter((q) => optionsOf(q) === authored(q)).length)).toBeLessThan(0.2);
    const positions = BANK.map((q) => order.optionIdsByQuestion[q.id]?.indexOf(q.options[0]?.id ?? "") ?? -1);
    for (const position of [0, 1, 2, 3]) expect(share(positions.filter((p) => p === position).length)).toBeLessThan(0.4);
  });

  it("is the same every time for one attempt, and differs between attempts and uses", () => {
    expect(buildAttemptOrder(ASSESSMENT, keyedAttemptSeeds(SECRET, ATTEMPT))).toEqual(order);
    const seeds = keyedAttemptSeeds(SECRET, ATTEMPT);
    expect(seeds("draw")).toBe(keyedAttemptSeeds(SECRET, ATTEMPT)("draw"));
    expect(seeds("draw")).not.toBe(seeds("questions"));
    expect(seeds("draw")).not.toBe(keyedAttemptSeeds(SECRET, "another-attempt")("draw"));
    expect(seeds("draw")).toMatch(/^[0-9a-f]{64}$/);
  });
});

import { describe, expect, test } from "vitest";
import { createRng } from "./rng";
import { apportion, createWeightedSampler, geometric, zipfWeights } from "./samplers";

describe("zipfWeights", () => {
  test("fall off as 1/rank^s", () => {
    expect(zipfWeights(4, 1)).toEqual([1, 1 / 2, 1 / 3, 1 / 4]);
    expect(zipfWeights(3, 2)).toEqual([1, 1 / 4, 1 / 9]);
  });
});

describe("createWeightedSampler", () => {
  test("draws in proportion to the weights", () => {
    const sample = createWeightedSampler([1, 0, 3]);
    const rng = createRng("sampler", 1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[sample(rng.next())]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.7);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.3);
  });

  test("a Zipf sampler over 5,000 items gives the top item about a ninth of the draws", () => {
    const sample = createWeightedSampler(zipfWeights(5000, 1));
    const rng = createRng("zipf", 1);
    let top = 0;
    let tail = 0;
    for (let i = 0; i < 50_000; i++) {
      const index = sample(rng.next());
      if (index === 0) top++;
      if (index >= 2500) tail++;
    }
    expect(top / 50_000).toBeGreaterThan(0.09);
    expect(top / 50_000).toBeLessThan(0.13);
    // The lower half of the items still draws something, far less than half.
    expect(tail / 50_000).toBeGreaterThan(0.03);
    expect(tail / 50_000).toBeLessThan(0.12);
  });

  test.each([[[]], [[0, 0]], [[1, -1]]])("refuses weights %j", (weights) => {
    expect(() => createWeightedSampler(weights)).toThrow();
  });
});

describe("apportion", () => {
  test.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [7, [5, 1], [6, 1]],
    [0, [1, 2], [0, 0]],
    [1_000_000, zipfWeights(60, 1.1), null],
  ] as const)("splits %d exactly", (total, weights, expected) => {
    const shares = apportion(total, weights);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(total);
    if (expected) expect(shares).toEqual(expected);
  });

  test("larger weights never get smaller shares", () => {
    const shares = apportion(12_345, zipfWeights(50, 0.9));
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeLessThanOrEqual(shares[i - 1]!);
  });
});

test("geometric has mean (1 - p) / p", () => {
  const rng = createRng("geometric", 1);
  let sum = 0;
  for (let i = 0; i < 40_000; i++) sum += geometric(rng.next(), 0.25);
  expect(sum / 40_000).toBeGreaterThan(2.8);
  expect(sum / 40_000).toBeLessThan(3.2);
  expect(geometric(0.5, 1)).toBe(0);
});

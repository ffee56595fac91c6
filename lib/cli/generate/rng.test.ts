import { describe, expect, test } from "vitest";
import { createRng, mixSeed } from "./rng";

const draws = (label: string, ...keys: number[]) => {
  const rng = createRng(label, ...keys);
  return Array.from({ length: 5 }, () => rng.next());
};

describe("createRng", () => {
  test("the same label and keys give the same stream", () => {
    expect(draws("history", 1, 42)).toEqual(draws("history", 1, 42));
  });

  test.each([
    ["another key", ["history", 1, 43]],
    ["another seed", ["history", 2, 42]],
    ["another label", ["officials", 1, 42]],
  ] as const)("%s gives another stream", (_, [label, ...keys]) => {
    expect(draws(label, ...keys)).not.toEqual(draws("history", 1, 42));
  });

  test("int stays within its bounds, both inclusive", () => {
    const rng = createRng("bounds", 7);
    const values = new Set(Array.from({ length: 2000 }, () => rng.int(3, 6)));
    expect([...values].sort()).toEqual([3, 4, 5, 6]);
  });
});

test("mixSeed spreads neighbouring keys apart", () => {
  const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => mixSeed(1, i)));
  expect(seeds.size).toBe(10_000);
});

import { describe, expect, test } from "vitest";
import { rankByScore, rankFromHigherCount } from "./leaderboard-rank";

describe("rankByScore", () => {
  test.each<[number[], number[]]>([
    [[], []],
    [[50], [1]],
    [[50, 40, 30], [1, 2, 3]],
    [[50, 50, 40], [1, 1, 3]],
    [[50, 40, 40, 40, 10], [1, 2, 2, 2, 5]],
    [[0, 0], [1, 1]],
  ])("%j → %j", (scores, ranks) => {
    expect(rankByScore(scores.map((points) => ({ points })), (row) => row.points).map((row) => row.rank)).toEqual(ranks);
  });

  test("refuses unsorted rows", () => {
    expect(() => rankByScore([{ p: 1 }, { p: 2 }], (row) => row.p)).toThrow(RangeError);
  });

  test("keeps the row's own fields", () => {
    expect(rankByScore([{ name: "A", p: 3 }], (row) => row.p)).toEqual([{ name: "A", p: 3, rank: 1 }]);
  });
});

describe("rankFromHigherCount", () => {
  test.each([
    [0, 1],
    [3, 4],
    [-1, 1],
  ])("%d ahead → rank %d", (count, rank) => {
    expect(rankFromHigherCount(count)).toBe(rank);
  });

  test("agrees with rankByScore for every row of a board", () => {
    const scores = [90, 70, 70, 50, 50, 50, 10];
    const ranked = rankByScore(scores.map((s) => ({ s })), (row) => row.s);
    for (const row of ranked) expect(rankFromHigherCount(scores.filter((s) => s > row.s).length)).toBe(row.rank);
  });
});

import { describe, expect, test } from "vitest";
import { formatCount, percentOf } from "./format-count";

describe("formatCount", () => {
  test.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [123456, "1,23,456"],
    [4600000, "46,00,000"],
    [20000000n, "2,00,00,000"],
  ])("%s → %s", (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });
});

describe("percentOf", () => {
  test.each([
    [0, 0, 0],
    [5, 0, 0],
    [0, 10, 0],
    [1, 3, 33],
    [2, 3, 67],
    [10, 10, 100],
    [11, 10, 100],
    [-1, 10, 0],
    [225, 226, 99],
    [1, 1000, 1],
    [0, 1000, 0],
  ])("%d of %d → %d%%", (part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected);
  });
});

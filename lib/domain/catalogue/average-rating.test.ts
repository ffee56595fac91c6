import { expect, test } from "vitest";
import { averageRating } from "./average-rating";

test.each<[number, number, number | null]>([
  [0, 0, null],
  [5, 1, 5],
  [9, 2, 4.5],
  [13, 3, 4.3],
  [14, 3, 4.7],
  [3, -1, null],
])("sum %d over %d ratings → %s", (sum, count, expected) => {
  expect(averageRating(sum, count)).toBe(expected);
});

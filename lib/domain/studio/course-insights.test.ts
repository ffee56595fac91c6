import { expect, test } from "vitest";
import { averageRating, completionRate, lessonShares, ratingDistribution, toDays } from "./course-insights";

test.each([
  [0, 0, null],
  [10, 0, 0],
  [8, 2, 0.25],
])("completion rate of %i enrolled, %i completed is %s", (enrolled, completed, expected) => {
  expect(completionRate(enrolled, completed)).toBe(expected);
});

test("lesson shares are of the enrolled learners", () => {
  expect(lessonShares(4, [{ lessonId: "a", title: "A", started: 4, completed: 2 }])).toEqual([{ lessonId: "a", title: "A", started: 4, completed: 2, startedShare: 1, completedShare: 0.5 }]);
  expect(lessonShares(0, [{ lessonId: "a", title: "A", started: 0, completed: 0 }])[0]).toMatchObject({ startedShare: 0, completedShare: 0 });
});

test("rating distribution lists every star and the mean", () => {
  const distribution = ratingDistribution([{ rating: 5, count: 2 }, { rating: 2, count: 1 }]);
  expect(distribution).toEqual([{ rating: 5, count: 2 }, { rating: 4, count: 0 }, { rating: 3, count: 0 }, { rating: 2, count: 1 }, { rating: 1, count: 0 }]);
  expect(averageRating(distribution)).toBe(4);
  expect(averageRating(ratingDistribution([]))).toBeNull();
});

test.each([
  [null, null],
  [86_400_000 * 1.25, 1.3],
  [0, 0],
])("%s ms is %s days", (ms, days) => {
  expect(toDays(ms)).toBe(days);
});

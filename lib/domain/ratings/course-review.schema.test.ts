import { describe, expect, test } from "vitest";
import { courseReviewSchema, REVIEW_MAX_LENGTH } from "./course-review.schema";

describe("courseReviewSchema", () => {
  test.each([
    [{ courseSlug: "gst-fundamentals", rating: "5" }, { courseSlug: "gst-fundamentals", rating: 5, review: null }],
    [{ courseSlug: "gst-fundamentals", rating: 3, review: "  Good  " }, { courseSlug: "gst-fundamentals", rating: 3, review: "Good" }],
    [{ courseSlug: "a", rating: "1", review: "   " }, { courseSlug: "a", rating: 1, review: null }],
    [{ courseSlug: "a", rating: "4", review: "<b>bold</b>\nline" }, { courseSlug: "a", rating: 4, review: "<b>bold</b>\nline" }],
    [{ courseSlug: "a", rating: "4", review: "bell\u0007 here" }, { courseSlug: "a", rating: 4, review: "bell here" }],
  ])("accepts %j", (input, expected) => {
    expect(courseReviewSchema.parse(input)).toEqual(expected);
  });

  test.each([
    [{ courseSlug: "a", rating: "0" }, "rating"],
    [{ courseSlug: "a", rating: "6" }, "rating"],
    [{ courseSlug: "a", rating: "3.5" }, "rating"],
    [{ courseSlug: "a", rating: "" }, "rating"],
    [{ courseSlug: "a", rating: "five" }, "rating"],
    [{ courseSlug: "a" }, "rating"],
    [{ courseSlug: "../etc", rating: "3" }, "courseSlug"],
    [{ courseSlug: "", rating: "3" }, "courseSlug"],
    [{ courseSlug: "a", rating: "3", review: "x".repeat(REVIEW_MAX_LENGTH + 1) }, "review"],
  ])("refuses %j on %s", (input, field) => {
    const result = courseReviewSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  test("a review of exactly the maximum length is accepted", () => {
    expect(courseReviewSchema.parse({ courseSlug: "a", rating: 2, review: "x".repeat(REVIEW_MAX_LENGTH) }).review).toHaveLength(REVIEW_MAX_LENGTH);
  });
});

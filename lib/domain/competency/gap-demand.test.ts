import { describe, expect, test } from "vitest";
import type { GapBucket } from "./gap-buckets";
import { findSupplyGaps, rankCoursesByDemand, type ImpartingCourse } from "./gap-demand";

const buckets: GapBucket[] = [
  { competencyId: "rti", requiredLevel: 3, heldLevel: 0, officials: 3 },
  { competencyId: "rti", requiredLevel: 3, heldLevel: 1, officials: 3 },
  { competencyId: "rti", requiredLevel: 3, heldLevel: 3, officials: 4 },
  { competencyId: "finance", requiredLevel: 4, heldLevel: 2, officials: 2 },
  { competencyId: "policy", requiredLevel: 5, heldLevel: 1, officials: 7 },
];

const course = (id: string, competencies: [string, number][], extra: Partial<ImpartingCourse> = {}): ImpartingCourse => ({
  id,
  title: `Course ${id}`,
  durationMinutes: 60,
  ratingSum: 0,
  ratingCount: 0,
  competencies: competencies.map(([competencyId, level]) => ({ competencyId, level })),
  ...extra,
});

describe("courses ranked by the gap they would close", () => {
  test("hand-worked: RTI at 2 closes 3×2 + 3×1 = 9 levels; RTI at 3 closes 3×3 + 3×2 = 15", () => {
    const ranked = rankCoursesByDemand(buckets, [course("rti-2", [["rti", 2]]), course("rti-3", [["rti", 3]])]);
    expect(ranked.map((row) => [row.courseId, row.levelsClosed, row.officialsHelped, row.officialsClosed])).toEqual([
      ["rti-3", 15, 6, 6],
      ["rti-2", 9, 6, 0],
    ]);
  });

  test("a course over several competencies sums them; one that helps nobody is left out", () => {
    const ranked = rankCoursesByDemand(buckets, [
      course("mixed", [["rti", 1], ["finance", 4]]),
      course("held-already", [["finance", 2]]),
    ]);
    // RTI at 1: 3 officials × 1; finance at 4: 2 officials × 2.
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ courseId: "mixed", levelsClosed: 7, competencies: [{ competencyId: "finance", levelsClosed: 4 }, { competencyId: "rti", levelsClosed: 3 }] });
  });

  test("ties go to the better-rated, then the shorter course", () => {
    const ranked = rankCoursesByDemand(buckets, [
      course("unrated", [["finance", 3]]),
      course("rated-4", [["finance", 3]], { ratingSum: 8, ratingCount: 2 }),
      course("rated-5-long", [["finance", 3]], { ratingSum: 5, ratingCount: 1, durationMinutes: 600 }),
      course("rated-5-short", [["finance", 3]], { ratingSum: 10, ratingCount: 2, durationMinutes: 30 }),
    ]);
    expect(ranked.map((row) => row.courseId)).toEqual(["rated-5-short", "rated-5-long", "rated-4", "unrated"]);
  });

  test("the limit applies after ranking", () => {
    expect(rankCoursesByDemand(buckets, [course("a", [["rti", 1]]), course("b", [["rti", 3]])], 1).map((row) => row.courseId)).toEqual(["b"]);
  });
});

describe("supply gap: required levels no published course reaches", () => {
  test("policy at 5 with the best course at 3, finance at 4 with none; RTI is covered", () => {
    const gaps = findSupplyGaps(buckets, new Map([
      ["rti", 3],
      ["policy", 3],
    ]));
    expect(gaps).toEqual([
      { competencyId: "policy", requiredLevel: 5, officialsWaiting: 7, bestAvailableLevel: 3 },
      { competencyId: "finance", requiredLevel: 4, officialsWaiting: 2, bestAvailableLevel: 0 },
    ]);
  });

  test("officials already at the level are not waiting for content", () => {
    expect(findSupplyGaps([{ competencyId: "x", requiredLevel: 2, heldLevel: 2, officials: 9 }], new Map())).toEqual([]);
  });
});

import "server-only";
import type { GapBucket } from "@/lib/domain/competency/gap-buckets";
import { findSupplyGaps, rankCoursesByDemand, type CourseDemand, type SupplyGap } from "@/lib/domain/competency/gap-demand";
import { dbRead } from "@/lib/server/db-read";
import { loadCompetencyInfo, type CompetencyInfo } from "./load-competency-names";

export type GapClosingCourse = CourseDemand & {
  slug: string;
  title: string;
  providerName: string;
  durationMinutes: number;
  ratingAverage: number | null;
  competencyNames: string[];
};

export type ContentNeeded = SupplyGap & { competency: CompetencyInfo };

export type GapClosingCourses = { courses: GapClosingCourse[]; contentNeeded: ContentNeeded[] };

/**
 * What closes a scope's gaps: published courses ranked by the gap-weighted demand they would
 * meet there, and the required levels no published course reaches. Two reads whatever the scope:
 * the courses tagged with a competency the scope lacks, and the best level imparted per competency.
 */
export async function getGapClosingCourses(buckets: readonly GapBucket[], options: { limit?: number } = {}): Promise<GapClosingCourses> {
  const lacking = [...new Set(buckets.filter((bucket) => bucket.officials > 0 && bucket.heldLevel < bucket.requiredLevel).map((bucket) => bucket.competencyId))];
  if (lacking.length === 0) return { courses: [], contentNeeded: [] };
  const [candidates, best, competencies] = await Promise.all([
    dbRead.course.findMany({
      where: { status: "PUBLISHED", competencies: { some: { competencyId: { in: lacking } } } },
      select: {
        id: true,
        slug: true,
        title: true,
        durationMinutes: true,
        ratingSum: true,
        ratingCount: true,
        provider: { select: { name: true } },
        competencies: { select: { competencyId: true, level: true } },
      },
    }),
    dbRead.courseCompetency.groupBy({
      by: ["competencyId"],
      where: { competencyId: { in: lacking }, course: { status: "PUBLISHED" } },
      _max: { level: true },
    }),
    loadCompetencyInfo(),
  ]);
  const ranked = rankCoursesByDemand(buckets, candidates, options.limit ?? 10);
  const bestLevel = new Map(best.map((row) => [row.competencyId, row._max.level ?? 0]));
  return {
    courses: ranked.map(({ course, ...row }) => ({
      ...row,
      slug: course.slug,
      title: course.title,
      providerName: course.provider.name,
      durationMinutes: course.durationMinutes,
      ratingAverage: course.ratingCount > 0 ? course.ratingSum / course.ratingCount : null,
      competencyNames: row.competencies.map((entry) => competencies.get(entry.competencyId)?.name ?? "").filter(Boolean),
    })),
    contentNeeded: findSupplyGaps(buckets, bestLevel).flatMap((gap) => {
      const competency = competencies.get(gap.competencyId);
      return competency ? [{ ...gap, competency }] : [];
    }),
  };
}

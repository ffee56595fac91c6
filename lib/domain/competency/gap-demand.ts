// What closes a group's gaps: published courses ranked by the demand they would meet, and the
// requirements no published course reaches ("content needed").

import type { GapBucket } from "./gap-buckets";

export type ImpartingCourse = {
  id: string;
  title: string;
  durationMinutes: number;
  ratingSum: number;
  ratingCount: number;
  competencies: readonly { competencyId: string; level: number }[];
};

export type CourseDemand = {
  courseId: string;
  /** Levels of gap the course would close across the group if every official who needs it took it. */
  levelsClosed: number;
  /** Gaps it narrows: an official with gaps in two of its competencies counts twice. */
  officialsHelped: number;
  /** Of those, the gaps it closes all the way to the required level. */
  officialsClosed: number;
  competencies: { competencyId: string; levelsClosed: number }[];
};

const TITLE_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * Gap-weighted demand: for each competency a course imparts at level L, every official who needs
 * it at r and holds h < L gains min(L, r) − h levels. Courses that close nothing are left out.
 * Order: most levels closed, then officials helped, then better rated (unrated last), shorter,
 * then title.
 */
export function rankCoursesByDemand<C extends ImpartingCourse>(buckets: readonly GapBucket[], courses: readonly C[], limit = 10): (CourseDemand & { course: C })[] {
  const byCompetency = new Map<string, GapBucket[]>();
  for (const bucket of buckets) {
    if (bucket.officials === 0 || bucket.heldLevel >= bucket.requiredLevel) continue;
    const list = byCompetency.get(bucket.competencyId) ?? [];
    list.push(bucket);
    byCompetency.set(bucket.competencyId, list);
  }
  const ranked: (CourseDemand & { course: C })[] = [];
  for (const course of courses) {
    const imparted = new Map<string, number>();
    for (const { competencyId, level } of course.competencies) imparted.set(competencyId, Math.max(level, imparted.get(competencyId) ?? 0));
    let levelsClosed = 0;
    let officialsHelped = 0;
    let officialsClosed = 0;
    const competencies: { competencyId: string; levelsClosed: number }[] = [];
    for (const [competencyId, level] of imparted) {
      let closedHere = 0;
      for (const bucket of byCompetency.get(competencyId) ?? []) {
        const gain = Math.min(level, bucket.requiredLevel) - bucket.heldLevel;
        if (gain <= 0) continue;
        closedHere += gain * bucket.officials;
        officialsHelped += bucket.officials;
        if (level >= bucket.requiredLevel) officialsClosed += bucket.officials;
      }
      if (closedHere > 0) competencies.push({ competencyId, levelsClosed: closedHere });
      levelsClosed += closedHere;
    }
    if (levelsClosed === 0) continue;
    competencies.sort((a, b) => b.levelsClosed - a.levelsClosed);
    ranked.push({ courseId: course.id, course, levelsClosed, officialsHelped, officialsClosed, competencies });
  }
  return ranked.sort(compareDemand).slice(0, Math.max(0, limit));
}

function compareDemand(a: CourseDemand & { course: ImpartingCourse }, b: CourseDemand & { course: ImpartingCourse }): number {
  if (a.levelsClosed !== b.levelsClosed) return b.levelsClosed - a.levelsClosed;
  if (a.officialsHelped !== b.officialsHelped) return b.officialsHelped - a.officialsHelped;
  const aRated = a.course.ratingCount > 0;
  const bRated = b.course.ratingCount > 0;
  if (aRated !== bRated) return aRated ? -1 : 1;
  if (aRated) {
    const byRating = b.course.ratingSum * a.course.ratingCount - a.course.ratingSum * b.course.ratingCount;
    if (byRating !== 0) return byRating;
  }
  if (a.course.durationMinutes !== b.course.durationMinutes) return a.course.durationMinutes - b.course.durationMinutes;
  return TITLE_ORDER.compare(a.course.title, b.course.title) || (a.courseId < b.courseId ? -1 : a.courseId > b.courseId ? 1 : 0);
}

export type SupplyGap = {
  competencyId: string;
  requiredLevel: number;
  /** Officials who need this level and do not hold it. */
  officialsWaiting: number;
  /** The highest level any published course imparts, 0 when none does. */
  bestAvailableLevel: number;
};

/**
 * Required levels that no published course reaches: the content providers' to-do list. Most
 * officials waiting first, then higher levels, then by id.
 */
export function findSupplyGaps(buckets: readonly GapBucket[], bestImpartedLevel: ReadonlyMap<string, number>): SupplyGap[] {
  const waiting = new Map<string, SupplyGap>();
  for (const bucket of buckets) {
    if (bucket.officials === 0 || bucket.heldLevel >= bucket.requiredLevel) continue;
    const best = bestImpartedLevel.get(bucket.competencyId) ?? 0;
    if (best >= bucket.requiredLevel) continue;
    const key = `${bucket.competencyId}:${bucket.requiredLevel}`;
    const gap = waiting.get(key) ?? { competencyId: bucket.competencyId, requiredLevel: bucket.requiredLevel, officialsWaiting: 0, bestAvailableLevel: best };
    gap.officialsWaiting += bucket.officials;
    waiting.set(key, gap);
  }
  return [...waiting.values()].sort(
    (a, b) =>
      b.officialsWaiting - a.officialsWaiting ||
      b.requiredLevel - a.requiredLevel ||
      (a.competencyId < b.competencyId ? -1 : a.competencyId > b.competencyId ? 1 : 0),
  );
}

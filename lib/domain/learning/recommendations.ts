// Which courses to suggest for an official's competency gaps.

import type { CompetencyGap } from "./competency-gaps";

export type CourseCandidate = {
  id: string;
  title: string;
  durationMinutes: number;
  ratingSum: number;
  ratingCount: number;
  /** CourseCompetency rows: the level the course imparts per competency. */
  competencies: readonly { competencyId: string; level: number }[];
};

export type AddressedGap = {
  competencyId: string;
  competencyName: string;
  /** The official's level now, and the level this course would bring them to (never past the requirement). */
  from: number;
  to: number;
  /** The course takes the official all the way to the required level. */
  closesGap: boolean;
};

export type CourseRecommendation = {
  courseId: string;
  title: string;
  /** Sum of levels gained over the gaps: the ranking's first key. */
  levelsGained: number;
  ratingAverage: number | null;
  durationMinutes: number;
  addresses: AddressedGap[];
};

export const DEFAULT_RECOMMENDATION_LIMIT = 5;

const TITLE_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * Ranks courses for the gaps. A course helps with a gap when it imparts the competency above the
 * official's current level; it is credited with the levels it adds up to the requirement
 * (min(imparted, required) − current) — levels beyond the requirement close no gap.
 *
 * Order: most levels gained; then higher average rating (unrated courses after rated ones, since
 * "no ratings" is not "average"); then shorter; then title. Courses the official has completed
 * or is enrolled in are left out — pass active enrolments only, so a withdrawn course can be
 * suggested again.
 */
export function recommendCourses(options: {
  gaps: readonly CompetencyGap[];
  courses: readonly CourseCandidate[];
  completedCourseIds: ReadonlySet<string>;
  enrolledCourseIds: ReadonlySet<string>;
  limit?: number;
}): CourseRecommendation[] {
  const limit = options.limit ?? DEFAULT_RECOMMENDATION_LIMIT;
  if (limit <= 0 || options.gaps.length === 0) return [];
  const gapsById = new Map(options.gaps.map((gap) => [gap.competencyId, gap]));

  const ranked: Ranked[] = [];
  for (const course of options.courses) {
    if (options.completedCourseIds.has(course.id) || options.enrolledCourseIds.has(course.id)) continue;
    const addresses = addressedGaps(course, gapsById);
    if (addresses.length === 0) continue;
    ranked.push({
      course,
      recommendation: {
        courseId: course.id,
        title: course.title,
        levelsGained: addresses.reduce((sum, addressed) => sum + addressed.to - addressed.from, 0),
        ratingAverage: course.ratingCount > 0 ? course.ratingSum / course.ratingCount : null,
        durationMinutes: course.durationMinutes,
        addresses,
      },
    });
  }
  return ranked
    .sort((a, b) => compare(a, b))
    .slice(0, limit)
    .map(({ recommendation }) => recommendation);
}

function addressedGaps(course: CourseCandidate, gapsById: ReadonlyMap<string, CompetencyGap>): AddressedGap[] {
  // A course lists a competency once (primary key), but keep the best level if it did not.
  const imparted = new Map<string, number>();
  for (const { competencyId, level } of course.competencies) imparted.set(competencyId, Math.max(level, imparted.get(competencyId) ?? 0));

  const addresses: AddressedGap[] = [];
  for (const [competencyId, level] of imparted) {
    const gap = gapsById.get(competencyId);
    if (!gap || level <= gap.current) continue;
    addresses.push({
      competencyId,
      competencyName: gap.competencyName,
      from: gap.current,
      to: Math.min(level, gap.required),
      closesGap: level >= gap.required,
    });
  }
  // Largest gain first, so the card can show the main reason a course was suggested.
  return addresses.sort((a, b) => b.to - b.from - (a.to - a.from) || TITLE_ORDER.compare(a.competencyName, b.competencyName));
}

type Ranked = { course: CourseCandidate; recommendation: CourseRecommendation };

function compare(a: Ranked, b: Ranked): number {
  const gained = b.recommendation.levelsGained - a.recommendation.levelsGained;
  if (gained !== 0) return gained;
  const byRating = compareRatings(a.course, b.course);
  if (byRating !== 0) return byRating;
  if (a.course.durationMinutes !== b.course.durationMinutes) return a.course.durationMinutes - b.course.durationMinutes;
  return TITLE_ORDER.compare(a.course.title, b.course.title) || (a.course.id < b.course.id ? -1 : a.course.id > b.course.id ? 1 : 0);
}

/** Compares averages by cross-multiplying the integer sums, so equal averages are exactly equal. */
function compareRatings(a: CourseCandidate, b: CourseCandidate): number {
  const aRated = a.ratingCount > 0;
  const bRated = b.ratingCount > 0;
  if (!aRated || !bRated) return aRated === bRated ? 0 : aRated ? -1 : 1;
  return b.ratingSum * a.ratingCount - a.ratingSum * b.ratingCount;
}

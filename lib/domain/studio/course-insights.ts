// Figures of a provider's course insights that are plain arithmetic on counts.

export const DAY_MS = 86_400_000;

export type LessonFunnelRow = { lessonId: string; title: string; started: number; completed: number };

export type LessonFunnelShare = LessonFunnelRow & { startedShare: number; completedShare: number };

/** Each live lesson's starters and finishers as shares of the enrolled learners (0 when none). */
export function lessonShares(enrolled: number, rows: readonly LessonFunnelRow[]): LessonFunnelShare[] {
  return rows.map((row) => ({
    ...row,
    startedShare: enrolled === 0 ? 0 : row.started / enrolled,
    completedShare: enrolled === 0 ? 0 : row.completed / enrolled,
  }));
}

/** Completed over enrolled; null when nobody enrolled (a rate of nothing is not 0 %). */
export function completionRate(enrolled: number, completed: number): number | null {
  return enrolled === 0 ? null : completed / enrolled;
}

/** Ratings 1–5 with a count for each, even those nobody gave, and the mean (null without ratings). */
export function ratingDistribution(counts: readonly { rating: number; count: number }[]): { rating: number; count: number }[] {
  const byRating = new Map(counts.map((row) => [row.rating, row.count]));
  return [5, 4, 3, 2, 1].map((rating) => ({ rating, count: byRating.get(rating) ?? 0 }));
}

export function averageRating(distribution: readonly { rating: number; count: number }[]): number | null {
  const total = distribution.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) return null;
  return distribution.reduce((sum, row) => sum + row.rating * row.count, 0) / total;
}

/** Durations in milliseconds as days, to one decimal place. */
export function toDays(ms: number | null): number | null {
  return ms === null ? null : Math.round((ms / DAY_MS) * 10) / 10;
}

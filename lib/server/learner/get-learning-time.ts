import "server-only";
import { cache } from "react";
import { dayRange } from "@/lib/domain/learning/learning-days";
import { learningWeekProgress, weekWindow, yearWindow, type LearningTargetProgress } from "@/lib/domain/learning/learning-hours";
import { db } from "@/lib/server/db";

export type LearningTime = {
  weekSeconds: number;
  yearSeconds: number;
  /** National Learning Week: competency-linked time this week against the 4-hour target. */
  learningWeek: LearningTargetProgress;
  week: { start: Date; end: Date };
};

/**
 * Validated learning time from LearningTimeDaily only — never raw lesson progress or anything the
 * browser reported — for the IST week and year containing `now`. Two indexed range scans over the
 * official's own day rows (at most 366 of them).
 */
export const getLearningTime = cache(async (userId: string, now: Date = new Date()): Promise<LearningTime> => {
  const week = weekWindow(now);
  const [weekTotals, yearTotals] = await Promise.all([
    db.learningTimeDaily.aggregate({
      where: { userId, day: dayRange(week) },
      _sum: { seconds: true, competencyLinkedSeconds: true },
    }),
    db.learningTimeDaily.aggregate({ where: { userId, day: dayRange(yearWindow(now)) }, _sum: { seconds: true } }),
  ]);
  return {
    weekSeconds: weekTotals._sum.seconds ?? 0,
    yearSeconds: yearTotals._sum.seconds ?? 0,
    learningWeek: learningWeekProgress(weekTotals._sum.competencyLinkedSeconds ?? 0),
    week,
  };
});

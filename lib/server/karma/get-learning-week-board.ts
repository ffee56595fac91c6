import "server-only";
import { cache } from "react";
import { rankByScore, rankFromHigherCount } from "@/lib/domain/leaderboard-rank";
import { isoDate } from "@/lib/domain/format-date";
import { weekWindow } from "@/lib/domain/learning/learning-hours";
import { db } from "@/lib/server/db";
import { learningWeekAheadSql, learningWeekTopSql } from "./learning-week-board-sql";
import { LEADERBOARD_SIZE, type Leaderboard } from "./get-organisation-leaderboard";

export type LearningWeekScope = "government" | "organisation";

export type LearningWeekBoard = Leaderboard & { scope: LearningWeekScope; week: { start: Date; end: Date } };

/**
 * National Learning Week: officials by competency-linked learning time this IST week, across
 * government or within the official's organisation. Reads LearningTimeWeekly (validated time
 * only, kept equal to the daily rows by a trigger), so neither the top of the board nor the
 * official's rank sums a week of days (see learning-week-board-sql.ts).
 */
export const getLearningWeekBoard = cache(
  async (userId: string, scope: LearningWeekScope, now: Date = new Date()): Promise<LearningWeekBoard> => {
    const week = weekWindow(now);
    const weekStart = isoDate(week.start);
    const me = await db.user.findUnique({ where: { id: userId }, select: { organisationId: true } });
    if (scope === "organisation" && !me?.organisationId) return { scope, week, entries: [], me: null };
    const scopeFilter = { organisationId: scope === "organisation" ? (me?.organisationId ?? null) : null };

    const [top, mine] = await Promise.all([
      db.$queryRaw<{ userId: string; name: string; organisationName: string | null; seconds: number }[]>(
        learningWeekTopSql(weekStart, scopeFilter, LEADERBOARD_SIZE),
      ),
      db.learningTimeWeekly.findUnique({
        where: { userId_weekStart: { userId, weekStart: new Date(`${weekStart}T00:00:00Z`) } },
        select: { competencyLinkedSeconds: true },
      }),
    ]);
    const mySeconds = mine?.competencyLinkedSeconds ?? 0;
    const [ahead] = await db.$queryRaw<{ count: number }[]>(learningWeekAheadSql(weekStart, scopeFilter, mySeconds));

    return {
      scope,
      week,
      entries: rankByScore(top, (row) => row.seconds).map((row) => ({
        rank: row.rank,
        userId: row.userId,
        name: row.name,
        organisationName: row.organisationName,
        score: row.seconds,
        isMe: row.userId === userId,
      })),
      me: { rank: rankFromHigherCount(ahead?.count ?? 0), score: mySeconds },
    };
  },
);

import "server-only";
import { cache } from "react";
import { Prisma } from "@/lib/generated/prisma/client";
import { rankByScore, rankFromHigherCount } from "@/lib/domain/leaderboard-rank";
import { dayRange } from "@/lib/domain/learning/learning-days";
import { weekWindow } from "@/lib/domain/learning/learning-hours";
import { db } from "@/lib/server/db";
import { LEADERBOARD_SIZE, type Leaderboard } from "./get-organisation-leaderboard";

export type LearningWeekScope = "government" | "organisation";

export type LearningWeekBoard = Leaderboard & { scope: LearningWeekScope; week: { start: Date; end: Date } };

/**
 * National Learning Week: officials by competency-linked learning time this IST week, across
 * government or within the official's organisation. Summed from LearningTimeDaily (validated time
 * only) grouped by official over the week's seven days, through the (day) index. At 20 M
 * officials this scan wants a maintained weekly total; the shape of the result would not change.
 */
export const getLearningWeekBoard = cache(
  async (userId: string, scope: LearningWeekScope, now: Date = new Date()): Promise<LearningWeekBoard> => {
    const week = weekWindow(now);
    const { gte, lt } = dayRange(week);
    const me = await db.user.findUnique({ where: { id: userId }, select: { organisationId: true } });
    if (scope === "organisation" && !me?.organisationId) return { scope, week, entries: [], me: null };
    const inScope = scope === "organisation" ? Prisma.sql`AND u."organisationId" = ${me?.organisationId}::uuid` : Prisma.empty;

    const [top, mine] = await Promise.all([
      db.$queryRaw<{ userId: string; name: string; organisationName: string | null; seconds: number }[]>`
        SELECT d."userId", u."name", o."name" AS "organisationName", sum(d."competencyLinkedSeconds")::int AS "seconds"
        FROM "LearningTimeDaily" d
        JOIN "User" u ON u."id" = d."userId"
        LEFT JOIN "Organisation" o ON o."id" = u."organisationId"
        WHERE d."day" >= ${gte}::date AND d."day" < ${lt}::date AND d."competencyLinkedSeconds" > 0 AND u."status" = 'ACTIVE' ${inScope}
        GROUP BY d."userId", u."name", o."name"
        ORDER BY "seconds" DESC, u."name" ASC, d."userId" ASC
        LIMIT ${LEADERBOARD_SIZE}`,
      db.learningTimeDaily.aggregate({ where: { userId, day: { gte, lt } }, _sum: { competencyLinkedSeconds: true } }),
    ]);
    const mySeconds = mine._sum.competencyLinkedSeconds ?? 0;
    const [ahead] = await db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS "count" FROM (
        SELECT d."userId"
        FROM "LearningTimeDaily" d JOIN "User" u ON u."id" = d."userId"
        WHERE d."day" >= ${gte}::date AND d."day" < ${lt}::date AND u."status" = 'ACTIVE' ${inScope}
        GROUP BY d."userId"
        HAVING sum(d."competencyLinkedSeconds") > ${mySeconds}
      ) AS "ahead"`;

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

import { Prisma } from "@/lib/generated/prisma/client";

/** Whose time a board ranks: everyone, or one organisation's officials. */
export type BoardScopeFilter = { organisationId: string | null };

function scopeSql(scope: BoardScopeFilter): Prisma.Sql {
  return scope.organisationId ? Prisma.sql`AND u."organisationId" = ${scope.organisationId}::uuid` : Prisma.empty;
}

/**
 * The top of one IST week (weekStart = its Monday, 'YYYY-MM-DD'): an index range scan on
 * LearningTimeWeekly (weekStart, competencyLinkedSeconds DESC, userId) that stops after `limit`
 * active officials. Ties are listed by id, the index's own order, which keeps the scan short.
 */
export function learningWeekTopSql(weekStart: string, scope: BoardScopeFilter, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT w."userId", u."name", o."name" AS "organisationName", w."competencyLinkedSeconds" AS "seconds"
    FROM "LearningTimeWeekly" w
    JOIN "User" u ON u."id" = w."userId"
    LEFT JOIN "Organisation" o ON o."id" = u."organisationId"
    WHERE w."weekStart" = ${weekStart}::date AND w."competencyLinkedSeconds" > 0 AND u."status" = 'ACTIVE' ${scopeSql(scope)}
    ORDER BY w."competencyLinkedSeconds" DESC, w."userId" ASC
    LIMIT ${limit}`;
}

/**
 * Active officials with more linked time than `seconds` that week: the official's rank is one
 * more. Across government this is an index-only count over the week's range of the weekly index,
 * less the few inactive officials ahead (found through a partial index on User); joining every
 * row ahead to User instead would read half the week's rows for a median official.
 */
export function learningWeekAheadSql(weekStart: string, scope: BoardScopeFilter, seconds: number): Prisma.Sql {
  if (scope.organisationId) {
    return Prisma.sql`
      SELECT count(*)::int AS "count"
      FROM "LearningTimeWeekly" w JOIN "User" u ON u."id" = w."userId"
      WHERE w."weekStart" = ${weekStart}::date AND w."competencyLinkedSeconds" > ${seconds} AND u."status" = 'ACTIVE' ${scopeSql(scope)}`;
  }
  return Prisma.sql`
    SELECT (
      (SELECT count(*) FROM "LearningTimeWeekly" w
       WHERE w."weekStart" = ${weekStart}::date AND w."competencyLinkedSeconds" > ${seconds})
      - (SELECT count(*) FROM "User" u
         JOIN "LearningTimeWeekly" w ON w."userId" = u."id" AND w."weekStart" = ${weekStart}::date
         WHERE u."status" <> 'ACTIVE' AND w."competencyLinkedSeconds" > ${seconds})
    )::int AS "count"`;
}

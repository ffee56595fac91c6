// The ids a benchmark on the generated database needs: a ministry of about 50,000 officials,
// the largest organisation, an official with the median Learning Week time this week, an
// official with the median number of enrolments, and the demo accounts.
import type pg from "pg";
import type { DemoAccountKey } from "../../../prisma/seed-data/demo-accounts";

export type OrganisationTarget = { id: string; code: string; name: string; officials: number };
export type OfficialTarget = { id: string; email: string; organisationId: string; value: number };

export type BenchTargets = {
  weekStart: string;
  ministryNear50k: OrganisationTarget | null;
  largestOrganisation: OrganisationTarget | null;
  /** Median competency-linked seconds among officials with time in `weekStart`'s week. */
  medianWeekOfficial: OfficialTarget | null;
  /** Median number of enrolments among officials with any. */
  medianLearner: OfficialTarget | null;
  demoAccounts: Partial<Record<DemoAccountKey, string>>;
};

export const MINISTRY_TARGET_OFFICIALS = 50_000;

export async function findBenchTargets(client: pg.Client, weekStart: string, demoAccounts: Partial<Record<DemoAccountKey, string>>): Promise<BenchTargets> {
  const ministry = await client.query<OrganisationTarget>(
    `SELECT o."id", o."code", o."name", sum(h."officials")::int AS "officials"
     FROM "Organisation" o
     JOIN "OrganisationClosure" c ON c."ancestorId" = o."id"
     JOIN "OrganisationHeadcount" h ON h."organisationId" = c."descendantId"
     WHERE o."kind" = 'MINISTRY'
     GROUP BY o."id", o."code", o."name"
     ORDER BY abs(sum(h."officials") - $1), o."code" LIMIT 1`,
    [MINISTRY_TARGET_OFFICIALS],
  );
  const largest = await client.query<OrganisationTarget>(
    `SELECT o."id", o."code", o."name", h."officials" FROM "OrganisationHeadcount" h JOIN "Organisation" o ON o."id" = h."organisationId"
     ORDER BY h."officials" DESC, o."code" LIMIT 1`,
  );
  const week = await client.query<OfficialTarget>(
    `WITH week AS (SELECT "userId", "competencyLinkedSeconds" AS s FROM "LearningTimeWeekly" WHERE "weekStart" = $1::date AND "seconds" > 0),
          median AS (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY s) AS s FROM week)
     SELECT u."id", u."email", u."organisationId", w.s AS "value"
     FROM week w JOIN median m ON w.s = m.s JOIN "User" u ON u."id" = w."userId"
     WHERE u."status" = 'ACTIVE' AND u."organisationId" IS NOT NULL
     ORDER BY u."id" LIMIT 1`,
    [weekStart],
  );
  const learner = await client.query<OfficialTarget>(
    `WITH counts AS (SELECT "userId", count(*)::int AS n FROM "Enrolment" GROUP BY 1),
          median AS (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) AS n FROM counts)
     SELECT u."id", u."email", u."organisationId", c.n AS "value"
     FROM counts c JOIN median m ON c.n = m.n JOIN "User" u ON u."id" = c."userId"
     WHERE u."status" = 'ACTIVE' AND u."organisationId" IS NOT NULL
     ORDER BY u."id" LIMIT 1`,
  );
  return {
    weekStart,
    ministryNear50k: ministry.rows[0] ?? null,
    largestOrganisation: largest.rows[0] ?? null,
    medianWeekOfficial: week.rows[0] ?? null,
    medianLearner: learner.rows[0] ?? null,
    demoAccounts,
  };
}

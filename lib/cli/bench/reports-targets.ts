// What the reports benchmark opens, picked from the generated data with read-only queries: the
// ministry of about 50,000 officials and, inside it, its largest department and that
// department's largest organisation; a subtree of about 5,000 officials for the small export;
// the median official; the ministry's most-taken course and its most-held post; the analyst.
import pg from "pg";
import { DEMO_ACCOUNTS } from "../../../prisma/seed-data/demo-accounts";
import type { ReportsDatabase } from "./reports-database";

export type OrganisationPick = { id: string; name: string; kind: string; officials: number };

export type ReportTargets = {
  analyst: { id: string; name: string; email: string; sessionVersion: number };
  ministry: OrganisationPick;
  department: OrganisationPick | null;
  organisation: OrganisationPick | null;
  /** The subtree nearest SMALL_EXPORT_OFFICIALS, for the export that shows memory stays flat. */
  smallExport: OrganisationPick;
  official: { id: string; name: string; enrolments: number };
  courseId: string | null;
  position: { id: string; title: string; holders: number } | null;
};

const SMALL_EXPORT_OFFICIALS = 5000;

// Officials per subtree, from the maintained headcount.
const SUBTREES = `
  WITH sizes AS (
    SELECT c."ancestorId" AS "id", sum(h."activeOfficials")::int AS "officials"
    FROM "OrganisationClosure" c JOIN "OrganisationHeadcount" h ON h."organisationId" = c."descendantId"
    GROUP BY 1)`;

async function largestBelow(client: pg.Client, ancestorId: string, kind: string): Promise<OrganisationPick | null> {
  const { rows } = await client.query<OrganisationPick>(
    `${SUBTREES}
     SELECT o."id", o."name", o."kind"::text AS "kind", s."officials"
     FROM "Organisation" o
     JOIN sizes s ON s."id" = o."id"
     JOIN "OrganisationClosure" c ON c."descendantId" = o."id" AND c."ancestorId" = $1 AND c."depth" > 0
     WHERE o."kind"::text = $2
     ORDER BY s."officials" DESC, o."id" LIMIT 1`,
    [ancestorId, kind],
  );
  return rows[0] ?? null;
}

export async function findReportTargets(database: ReportsDatabase): Promise<ReportTargets> {
  const { targets } = database;
  const ministryId = targets.ministryNear50k?.id;
  const officialId = targets.medianLearner?.id ?? targets.medianWeekOfficial?.id;
  if (!ministryId || !officialId) throw new Error(`The generator found no ministry or median official in ${database.name}.`);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const analyst = await client.query<ReportTargets["analyst"]>(`SELECT "id", "name", "email", "sessionVersion" FROM "User" WHERE "email" = $1`, [
      DEMO_ACCOUNTS.analyst.email,
    ]);
    if (!analyst.rows[0]) throw new Error(`No analyst account (${DEMO_ACCOUNTS.analyst.email}) in ${database.name}.`);
    const ministry = await client.query<OrganisationPick>(
      `${SUBTREES} SELECT o."id", o."name", o."kind"::text AS "kind", s."officials" FROM "Organisation" o JOIN sizes s ON s."id" = o."id" WHERE o."id" = $1`,
      [ministryId],
    );
    const department = await largestBelow(client, ministryId, "DEPARTMENT");
    const organisation = await largestBelow(client, department?.id ?? ministryId, "ORGANISATION");
    const small = await client.query<OrganisationPick>(
      `${SUBTREES}
       SELECT o."id", o."name", o."kind"::text AS "kind", s."officials" FROM "Organisation" o JOIN sizes s ON s."id" = o."id"
       WHERE o."id" <> $2
       ORDER BY abs(s."officials" - $1), o."id" LIMIT 1`,
      [SMALL_EXPORT_OFFICIALS, ministryId],
    );
    const official = await client.query<{ id: string; name: string }>(`SELECT "id", "name" FROM "User" WHERE "id" = $1`, [officialId]);
    const course = await client.query<{ courseId: string }>(
      `SELECT ca."courseId" FROM "CourseActivity" ca
       WHERE ca."organisationId" IN (SELECT "descendantId" FROM "OrganisationClosure" WHERE "ancestorId" = $1)
       GROUP BY 1 ORDER BY sum(ca."enrolments") DESC, 1 LIMIT 1`,
      [ministryId],
    );
    const position = await client.query<{ id: string; title: string; holders: number }>(
      `SELECT p."id", p."title", h."holders" FROM (
         SELECT u."fracPositionId" AS "id", count(*)::int AS "holders" FROM "User" u
         WHERE u."status" = 'ACTIVE' AND u."fracPositionId" IS NOT NULL
           AND u."organisationId" IN (SELECT "descendantId" FROM "OrganisationClosure" WHERE "ancestorId" = $1)
         GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1) h
       JOIN "FracPosition" p ON p."id" = h."id"`,
      [ministryId],
    );
    return {
      analyst: analyst.rows[0],
      ministry: ministry.rows[0]!,
      department,
      organisation,
      smallExport: small.rows[0]!,
      official: { id: officialId, name: official.rows[0]?.name ?? "?", enrolments: targets.medianLearner?.value ?? 0 },
      courseId: course.rows[0]?.courseId ?? null,
      position: position.rows[0] ?? null,
    };
  } finally {
    await client.end();
  }
}

// Checks a loaded database against its own rules: every roll-up equals its expected_* recount
// (both ways round, ignoring all-zero rows a live database may keep), weekly and monthly time
// equal the sums of the days, held levels equal the highest verified evidence that stands, and
// the organisation closure holds exactly the pairs the parent links imply, and no row lacks the
// parent a foreign key names.
import type pg from "pg";

export type Check = { name: string; missing: number; unexpected: number };

const COMPARISONS: { name: string; actual: string; expected: string }[] = [
  { name: "CompetencyGapRollup = expected_gap_rollup()", actual: `SELECT * FROM "CompetencyGapRollup" WHERE "officials" <> 0`, expected: `SELECT * FROM "expected_gap_rollup"() WHERE "officials" <> 0` },
  { name: "CompetencyGapSubtree = expected_gap_subtree()", actual: `SELECT * FROM "CompetencyGapSubtree" WHERE "officials" <> 0`, expected: `SELECT * FROM "expected_gap_subtree"() WHERE "officials" <> 0` },
  {
    name: "OrganisationActivity = expected_organisation_activity()",
    actual: `SELECT * FROM "OrganisationActivity" WHERE ("enrolments", "completions", "certificates", "learningSeconds", "competencyLinkedSeconds", "activeLearners", "reachedTarget") <> (0, 0, 0, 0, 0, 0, 0)`,
    expected: `SELECT * FROM "expected_organisation_activity"() WHERE ("enrolments", "completions", "certificates", "learningSeconds", "competencyLinkedSeconds", "activeLearners", "reachedTarget") <> (0, 0, 0, 0, 0, 0, 0)`,
  },
  { name: "CourseActivity = expected_course_activity()", actual: `SELECT * FROM "CourseActivity" WHERE ("enrolments", "completions") <> (0, 0)`, expected: `SELECT * FROM "expected_course_activity"() WHERE ("enrolments", "completions") <> (0, 0)` },
  { name: "OrganisationHeadcount = expected_headcount()", actual: `SELECT * FROM "OrganisationHeadcount" WHERE "officials" <> 0`, expected: `SELECT * FROM "expected_headcount"() WHERE "officials" <> 0` },
  {
    name: "LearningTimeWeekly = days by learning_week_start",
    actual: `SELECT "userId", "weekStart", "seconds", "competencyLinkedSeconds" FROM "LearningTimeWeekly"`,
    expected: `SELECT "userId", "learning_week_start"("day") AS "weekStart", sum("seconds")::int AS "seconds", sum("competencyLinkedSeconds")::int AS "linked" FROM "LearningTimeDaily" GROUP BY 1, 2`,
  },
  {
    name: "LearningTimeMonthly = days by ist_month_start",
    actual: `SELECT "userId", "monthStart", "seconds", "competencyLinkedSeconds" FROM "LearningTimeMonthly"`,
    expected: `SELECT "userId", "ist_month_start"("day") AS "monthStart", sum("seconds")::int AS "seconds", sum("competencyLinkedSeconds")::int AS "linked" FROM "LearningTimeDaily" GROUP BY 1, 2`,
  },
  {
    name: "OfficialCompetency = highest verified evidence",
    actual: `SELECT "userId", "competencyId", "level" FROM "OfficialCompetency"`,
    expected: `SELECT "userId", "competencyId", max("level") AS "level" FROM "PassbookEntry" WHERE "source" IN ('COURSE', 'ASSESSMENT', 'INSTITUTE', 'SUPERVISOR') AND "revokedAt" IS NULL GROUP BY 1, 2`,
  },
  {
    name: "OrganisationClosure = pairs implied by parentId",
    actual: `SELECT "ancestorId", "descendantId", "depth" FROM "OrganisationClosure"`,
    expected: `WITH RECURSIVE up AS (SELECT "id" AS "ancestorId", "id" AS "descendantId", 0 AS "depth", "parentId" FROM "Organisation"
               UNION ALL SELECT o."id", up."descendantId", up."depth" + 1, o."parentId" FROM up JOIN "Organisation" o ON o."id" = up."parentId")
               SELECT "ancestorId", "descendantId", "depth" FROM up`,
  },
];

/**
 * The load skips foreign-key checks (session_replication_role = replica), so every foreign key
 * of the schema is checked here once, set-wise: rows whose non-null key has no parent.
 */
async function foreignKeyChecks(client: pg.Client): Promise<{ name: string; sql: string }[]> {
  const { rows } = await client.query<{ name: string; child: string; parent: string; childColumns: string[]; parentColumns: string[] }>(
    `SELECT c.conname AS name, quote_ident(ch.relname) AS child, quote_ident(pa.relname) AS parent,
            array(SELECT quote_ident(a.attname) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS "childColumns",
            array(SELECT quote_ident(a.attname) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS "parentColumns"
     FROM pg_constraint c
     JOIN pg_class ch ON ch.oid = c.conrelid
     JOIN pg_class pa ON pa.oid = c.confrelid
     JOIN pg_namespace n ON n.oid = ch.relnamespace
     WHERE c.contype = 'f' AND n.nspname = current_schema()
     ORDER BY 1`,
  );
  return rows.map((fk) => ({
    name: `foreign key ${fk.name}`,
    sql: `SELECT count(*)::text AS orphans FROM ${fk.child} c
          WHERE ${fk.childColumns.map((column) => `c.${column} IS NOT NULL`).join(" AND ")}
            AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE ${fk.childColumns.map((column, i) => `p.${fk.parentColumns[i]} = c.${column}`).join(" AND ")})`,
  }));
}

export async function verifyLoad(client: pg.Client, onCheck: (check: Check) => void = () => {}): Promise<Check[]> {
  const checks: Check[] = [];
  for (const fk of await foreignKeyChecks(client)) {
    const { rows } = await client.query<{ orphans: string }>(fk.sql);
    const check = { name: fk.name, missing: Number(rows[0]?.orphans ?? -1), unexpected: 0 };
    checks.push(check);
    onCheck(check);
  }
  for (const comparison of COMPARISONS) {
    await client.query("DROP TABLE IF EXISTS pg_temp.verify_expected");
    await client.query(`CREATE TEMP TABLE verify_expected AS ${comparison.expected}`);
    const { rows } = await client.query<{ missing: string; unexpected: string }>(
      `SELECT (SELECT count(*) FROM (TABLE verify_expected EXCEPT ${comparison.actual}) m)::text AS missing,
              (SELECT count(*) FROM (${comparison.actual} EXCEPT TABLE verify_expected) u)::text AS unexpected`,
    );
    const check = { name: comparison.name, missing: Number(rows[0]?.missing ?? -1), unexpected: Number(rows[0]?.unexpected ?? -1) };
    checks.push(check);
    onCheck(check);
  }
  await client.query("DROP TABLE IF EXISTS pg_temp.verify_expected");
  return checks;
}

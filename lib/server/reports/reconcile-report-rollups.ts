import "server-only";
import { VERIFIED_EVIDENCE_SOURCES } from "@/lib/domain/competency/held-level";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DbTransaction } from "@/lib/server/db";

// Recounts every roll-up the reports read from the raw rows and compares. The triggers keep the
// roll-ups in the same transaction as the rows they summarise; this is the independent check
// that they do (and the repair, with rebuild_report_rollups(), if they ever did not).

export type RollupDifference = {
  rollup: string;
  /** Rows present (non-zero) in the roll-up but not recomputed, or with other values. */
  unexpected: number;
  /** Recomputed rows missing from the roll-up, or with other values there. */
  missing: number;
  samples: { side: "rollup" | "recount"; row: Record<string, unknown> }[];
};

type Check = { rollup: string; actual: Prisma.Sql; expected: Prisma.Sql };

const SAMPLE_ROWS = 3;

function checks(): Check[] {
  const verified = [...VERIFIED_EVIDENCE_SOURCES];
  return [
    {
      rollup: "OfficialCompetency (held levels)",
      actual: Prisma.sql`SELECT "userId", "competencyId", "level"::int AS "level" FROM "OfficialCompetency"`,
      expected: Prisma.sql`SELECT "userId", "competencyId", max("level")::int AS "level" FROM "PassbookEntry"
                           WHERE "revokedAt" IS NULL AND "source"::text = ANY(${verified}::text[]) GROUP BY 1, 2`,
    },
    {
      rollup: "LearningTimeWeekly",
      actual: Prisma.sql`SELECT "userId", "weekStart", "seconds", "competencyLinkedSeconds" FROM "LearningTimeWeekly" WHERE "seconds" <> 0 OR "competencyLinkedSeconds" <> 0`,
      expected: Prisma.sql`SELECT "userId", "learning_week_start"("day"), sum("seconds")::int, sum("competencyLinkedSeconds")::int FROM "LearningTimeDaily" GROUP BY 1, 2
                           HAVING sum("seconds") <> 0 OR sum("competencyLinkedSeconds") <> 0`,
    },
    {
      rollup: "LearningTimeMonthly",
      actual: Prisma.sql`SELECT "userId", "monthStart", "seconds", "competencyLinkedSeconds" FROM "LearningTimeMonthly" WHERE "seconds" <> 0 OR "competencyLinkedSeconds" <> 0`,
      expected: Prisma.sql`SELECT "userId", "ist_month_start"("day"), sum("seconds")::int, sum("competencyLinkedSeconds")::int FROM "LearningTimeDaily" GROUP BY 1, 2
                           HAVING sum("seconds") <> 0 OR sum("competencyLinkedSeconds") <> 0`,
    },
    {
      rollup: "CompetencyGapRollup",
      actual: Prisma.sql`SELECT * FROM "CompetencyGapRollup" WHERE "officials" <> 0`,
      expected: Prisma.sql`SELECT * FROM "expected_gap_rollup"()`,
    },
    {
      rollup: "CompetencyGapSubtree",
      actual: Prisma.sql`SELECT * FROM "CompetencyGapSubtree" WHERE "officials" <> 0`,
      expected: Prisma.sql`SELECT * FROM "expected_gap_subtree"() WHERE "officials" <> 0`,
    },
    {
      rollup: "OrganisationHeadcount",
      actual: Prisma.sql`SELECT * FROM "OrganisationHeadcount" WHERE "officials" <> 0 OR "activeOfficials" <> 0`,
      expected: Prisma.sql`SELECT * FROM "expected_headcount"()`,
    },
    {
      rollup: "CourseActivity",
      actual: Prisma.sql`SELECT * FROM "CourseActivity" WHERE "enrolments" <> 0 OR "completions" <> 0`,
      expected: Prisma.sql`SELECT * FROM "expected_course_activity"() WHERE "enrolments" <> 0 OR "completions" <> 0`,
    },
    {
      rollup: "OrganisationActivity",
      actual: Prisma.sql`SELECT * FROM "OrganisationActivity"
                         WHERE "enrolments" <> 0 OR "completions" <> 0 OR "certificates" <> 0 OR "learningSeconds" <> 0
                            OR "competencyLinkedSeconds" <> 0 OR "activeLearners" <> 0 OR "reachedTarget" <> 0`,
      expected: Prisma.sql`SELECT * FROM "expected_organisation_activity"()
                           WHERE "enrolments" <> 0 OR "completions" <> 0 OR "certificates" <> 0 OR "learningSeconds" <> 0
                              OR "competencyLinkedSeconds" <> 0 OR "activeLearners" <> 0 OR "reachedTarget" <> 0`,
    },
  ];
}

/**
 * Every roll-up against its recount, read in one REPEATABLE READ snapshot so concurrent learning
 * cannot show up as a difference. An empty result means the reports are exact.
 */
export async function reconcileReportRollups(client: { $transaction: <T>(fn: (tx: DbTransaction) => Promise<T>, options?: { isolationLevel?: Prisma.TransactionIsolationLevel; timeout?: number; maxWait?: number }) => Promise<T> }): Promise<RollupDifference[]> {
  return client.$transaction(
    async (tx) => {
      const differences: RollupDifference[] = [];
      for (const check of checks()) {
        const [counts] = await tx.$queryRaw<{ unexpected: number; missing: number }[]>`
          SELECT (SELECT count(*) FROM ((${check.actual}) EXCEPT ALL (${check.expected})) x)::int AS "unexpected",
                 (SELECT count(*) FROM ((${check.expected}) EXCEPT ALL (${check.actual})) x)::int AS "missing"`;
        if (!counts || (counts.unexpected === 0 && counts.missing === 0)) continue;
        const [unexpected, missing] = [
          await tx.$queryRaw<Record<string, unknown>[]>`SELECT * FROM ((${check.actual}) EXCEPT ALL (${check.expected})) x LIMIT ${SAMPLE_ROWS}`,
          await tx.$queryRaw<Record<string, unknown>[]>`SELECT * FROM ((${check.expected}) EXCEPT ALL (${check.actual})) x LIMIT ${SAMPLE_ROWS}`,
        ];
        differences.push({
          rollup: check.rollup,
          unexpected: counts.unexpected,
          missing: counts.missing,
          samples: [...unexpected.map((row) => ({ side: "rollup" as const, row })), ...missing.map((row) => ({ side: "recount" as const, row }))],
        });
      }
      return differences;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 30 * 60_000, maxWait: 60_000 },
  );
}

export const RECONCILED_ROLLUPS = checks().map((check) => check.rollup);

// Loads a small synthetic government (2,000 officials, 100 courses) into throwaway databases and
// checks what the 1,000,000-official load relies on: counts in range, a complete closure, every
// official in an existing organisation, roll-ups equal to their recounts, demo accounts that can
// sign in, and the same rows for the same arguments.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_ACCOUNTS } from "../../../prisma/seed-data/demo-accounts";
import { createTestDatabase, dropTestDatabase } from "../../../tests/support/test-database";
import { verifyPassword } from "../../server/auth/password";
import { parseIsoDay } from "./calendar";
import { generateGovernment, type GenerateReport } from "./generate-government";

const OPTIONS = { officials: 2000, courses: 100, seed: 7, weeks: 8, asOfDay: parseIsoDay("2026-11-25") };
const DEMO_COUNT = Object.values(DEMO_ACCOUNTS).length;
const databases: string[] = [];
let report: GenerateReport;
let client: pg.Client;

async function load(): Promise<{ url: string; report: GenerateReport }> {
  const url = await createTestDatabase("kaushal_gen");
  databases.push(url);
  return { url, report: await generateGovernment({ connectionString: url, options: OPTIONS, reset: false, verify: true, log: () => {} }) };
}

const scalar = async (sql: string, values: unknown[] = []) => Number((await client.query<{ n: string }>(sql, values)).rows[0]?.n);

beforeAll(async () => {
  const first = await load();
  report = first.report;
  client = new pg.Client({ connectionString: first.url });
  await client.connect();
}, 300_000);

afterAll(async () => {
  await client?.end();
  for (const url of databases) await dropTestDatabase(url);
});

describe("generateGovernment at 2,000 officials", () => {
  test("row counts are in range", () => {
    const perOfficial = (table: string) => (report.rows[table] ?? 0) / OPTIONS.officials;
    expect(report.rows.User).toBe(OPTIONS.officials + DEMO_COUNT);
    expect(report.rows.UserRole).toBeGreaterThanOrEqual(OPTIONS.officials + DEMO_COUNT);
    expect(report.rows.Organisation).toBeGreaterThan(100);
    expect(report.rows.Competency).toBeGreaterThanOrEqual(90);
    expect(report.rows.FracRole).toBeGreaterThanOrEqual(140);
    expect(report.rows.Course).toBe(OPTIONS.courses);
    expect(perOfficial("Enrolment")).toBeGreaterThan(0.5);
    expect(perOfficial("Enrolment")).toBeLessThan(5);
    expect(perOfficial("LessonProgress")).toBeGreaterThan(1);
    expect(perOfficial("LearningRecord")).toBeGreaterThan(perOfficial("LessonProgress"));
    expect(perOfficial("LearningTimeDaily")).toBeGreaterThan(0.5);
    expect(report.rows.Certificate).toBeGreaterThan(0);
    expect(report.rows.CompetencyGapRollup).toBeGreaterThan(0);
    expect(report.rows.OrganisationActivity).toBeGreaterThan(0);
  });

  test("every check of --verify passes: roll-ups, weekly and monthly totals, held levels, closure, foreign keys", () => {
    expect(report.checks?.length).toBeGreaterThan(20);
    expect(report.checks?.filter((check) => check.missing !== 0 || check.unexpected !== 0)).toEqual([]);
  });

  test.each([
    ["CompetencyGapRollup", "expected_gap_rollup", `"officials" <> 0`],
    ["OrganisationActivity", "expected_organisation_activity", "true"],
    ["CourseActivity", "expected_course_activity", "true"],
    ["OrganisationHeadcount", "expected_headcount", "true"],
  ])("%s equals %s()", async (table, expected, filter) => {
    expect(await scalar(`SELECT count(*) AS n FROM (SELECT * FROM "${table}" WHERE ${filter} EXCEPT SELECT * FROM "${expected}"()) x`)).toBe(0);
    expect(await scalar(`SELECT count(*) AS n FROM (SELECT * FROM "${expected}"() EXCEPT SELECT * FROM "${table}" WHERE ${filter}) x`)).toBe(0);
  });

  test("the closure is complete and every official's organisation exists", async () => {
    expect(await scalar(`SELECT count(*) AS n FROM "Organisation" o WHERE NOT EXISTS (SELECT 1 FROM "OrganisationClosure" c WHERE c."ancestorId" = o."id" AND c."descendantId" = o."id" AND c."depth" = 0)`)).toBe(0);
    expect(await scalar(`SELECT count(*) AS n FROM "OrganisationClosure"`)).toBe(await scalar(`SELECT sum("depth" + 1) AS n FROM "Organisation"`));
    expect(await scalar(`SELECT count(*) AS n FROM "User" u WHERE u."organisationId" IS NULL OR NOT EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = u."organisationId")`)).toBe(0);
    expect(await scalar(`SELECT count(*) AS n FROM "User" WHERE "reportingOfficerId" IS NOT NULL`)).toBeGreaterThan(0.9 * OPTIONS.officials);
  });

  test("the demo accounts can sign in, with their grants; the demo learner has a certificate and a course in progress", async () => {
    const { rows } = await client.query<{ email: string; passwordHash: string; status: string }>(`SELECT "email", "passwordHash", "status" FROM "User" WHERE "email" = ANY($1)`, [Object.values(DEMO_ACCOUNTS).map((account) => account.email)]);
    expect(rows).toHaveLength(DEMO_COUNT);
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const row = rows.find((candidate) => candidate.email === account.email)!;
      expect(await verifyPassword(row.passwordHash, account.password)).toBe(true);
      expect(row.status).toBe(account.status);
    }
    expect(await scalar(`SELECT count(*) AS n FROM "UserRole" r JOIN "User" u ON u."id" = r."userId" JOIN "Organisation" o ON o."id" = r."organisationId" WHERE u."email" = $1 AND r."role" = 'MDO_ADMIN' AND o."code" = $2`, [DEMO_ACCOUNTS.mdoAdmin.email, DEMO_ACCOUNTS.mdoAdmin.scope.organisationCode])).toBe(1);
    const learner = await client.query<{ status: string }>(`SELECT e."status" FROM "Enrolment" e JOIN "User" u ON u."id" = e."userId" WHERE u."email" = $1`, [DEMO_ACCOUNTS.learner.email]);
    expect(learner.rows.map((row) => row.status)).toEqual(expect.arrayContaining(["COMPLETED", "IN_PROGRESS"]));
    expect(await scalar(`SELECT count(*) AS n FROM "Certificate" c JOIN "User" u ON u."id" = c."userId" WHERE u."email" = $1`, [DEMO_ACCOUNTS.learner.email])).toBeGreaterThan(0);
  });

  test("course totals and search text are filled; the benchmark targets are found", async () => {
    expect(await scalar(`SELECT count(*) AS n FROM "Course" WHERE "searchText" = ''`)).toBe(0);
    expect(await scalar(`SELECT count(*) AS n FROM "Course" c WHERE c."enrolmentCount" <> (SELECT count(*) FROM "Enrolment" e WHERE e."courseId" = c."id" AND e."status" <> 'WITHDRAWN')`)).toBe(0);
    expect(await scalar(`SELECT count(*) AS n FROM "Course" c WHERE c."ratingCount" <> (SELECT count(*) FROM "CourseRating" r WHERE r."courseId" = c."id")`)).toBe(0);
    expect(report.targets.ministryNear50k?.code).toBe("MOR");
    expect(report.targets.medianLearner?.value).toBeGreaterThan(0);
    expect(report.targets.demoAccounts.learner).toBeTruthy();
  });

  test("a database that already holds data is refused", async () => {
    await expect(generateGovernment({ connectionString: databases[0]!, options: OPTIONS, reset: false, verify: false, log: () => {} })).rejects.toThrow(/already holds data/);
  });

  test("the same arguments give the same rows", async () => {
    const second = await load();
    const other = new pg.Client({ connectionString: second.url });
    await other.connect();
    try {
      // Password hashes are salted at random by the app's own hashing; everything else must match.
      for (const sql of [
        `SELECT md5(string_agg(concat_ws('|', "id", "email", "name", "organisationId", "fracPositionId", "reportingOfficerId", "status", "karmaPoints", "lastSignInAt"), ',' ORDER BY "id")) AS n FROM "User"`,
        `SELECT md5(string_agg(e::text, ',' ORDER BY e."id")) AS n FROM "Enrolment" e`,
        `SELECT md5(string_agg(p::text, ',' ORDER BY p."enrolmentId", p."lessonId")) AS n FROM "LessonProgress" p`,
        `SELECT md5(string_agg(r::text, ',' ORDER BY r."id")) AS n FROM "LearningRecord" r`,
        `SELECT md5(string_agg(c::text, ',' ORDER BY c."id")) AS n FROM "Certificate" c`,
        `SELECT md5(string_agg(c::text, ',' ORDER BY c."id")) AS n FROM "Course" c`,
        `SELECT md5(string_agg(a::text, ',' ORDER BY a."organisationId", a."period", a."periodStart", a."shard")) AS n FROM "OrganisationActivity" a`,
      ]) {
        const [mine, theirs] = await Promise.all([client.query<{ n: string }>(sql), other.query<{ n: string }>(sql)]);
        expect(theirs.rows[0]?.n).toBe(mine.rows[0]?.n);
      }
    } finally {
      await other.end();
    }
  }, 300_000);
});

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createCourse } from "@/lib/server/factories/create-course";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { rollUpEnrolmentCounts } from "@/lib/server/catalogue/roll-up-enrolment-counts";
import { enrolOfficial } from "./enrol-official";
import { withdrawEnrolment } from "./withdraw-enrolment";

// Regression: every enrolment incremented Course.enrolmentCount in its transaction, so all the
// officials joining one course (a plan assigning 100,000 of them, or a rush of self-enrolments)
// queued on that one row. Enrolments now add to one of the course's tally rows instead.

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
let providerId = "";

beforeAll(async () => {
  providerId = (await createProvider(fixtureDb)).id;
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

async function tallied(courseId: string): Promise<number> {
  const rows = await fixtureDb.courseEnrolmentTally.findMany({ where: { courseId }, select: { enrolments: true } });
  return rows.reduce((sum, row) => sum + row.enrolments, 0);
}

/** Backends of this database waiting for a lock on the Course table. */
async function waitersOnCourse(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
      WHERE NOT l.granted AND c.relname = 'Course'
     UNION ALL
     SELECT count(*)::int FROM pg_locks l WHERE NOT l.granted AND l.locktype = 'transactionid'`,
  );
  return rows.reduce((sum, row) => sum + row.n, 0);
}

describe("the course's enrolment count", () => {
  test("an enrolment never waits on the course row another transaction holds", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    const learner = await createOfficial(fixtureDb);
    const holder = new pg.Client({ connectionString: env().DATABASE_URL });
    const observer = new pg.Client({ connectionString: env().DATABASE_URL });
    await holder.connect();
    await observer.connect();
    try {
      // Another enrolment's transaction, mid-way, holding the course row as an increment would.
      await holder.query("BEGIN");
      await holder.query(`SELECT 1 FROM "Course" WHERE "id" = $1 FOR NO KEY UPDATE`, [course.id]);
      let settled = false;
      const enrolling = enrolOfficial({ userId: learner.id, courseId: course.id }).finally(() => (settled = true));
      let blocked = false;
      while (!settled && !blocked) {
        blocked = (await waitersOnCourse(observer)) > 0;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await holder.query("COMMIT");
      await enrolling;
      expect(blocked).toBe(false);
    } finally {
      await holder.end();
      await observer.end();
    }
  });

  test("concurrent joins, a withdrawal and a re-join are each counted once, and roll up into the course", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    const officials = await Promise.all(Array.from({ length: 20 }, () => createOfficial(fixtureDb)));
    await Promise.all(officials.flatMap((official) => [1, 2].map(() => enrolOfficial({ userId: official.id, courseId: course.id }))));
    expect(await tallied(course.id)).toBe(20);

    await withdrawEnrolment({ userId: officials[0]!.id, courseId: course.id });
    await withdrawEnrolment({ userId: officials[1]!.id, courseId: course.id });
    await enrolOfficial({ userId: officials[1]!.id, courseId: course.id });
    expect(await tallied(course.id)).toBe(19);

    await rollUpEnrolmentCounts();
    const { enrolmentCount } = await fixtureDb.course.findUniqueOrThrow({ where: { id: course.id }, select: { enrolmentCount: true } });
    expect(enrolmentCount).toBe(19);
    expect(await fixtureDb.enrolment.count({ where: { courseId: course.id, status: { not: "WITHDRAWN" } } })).toBe(19);
  });
});

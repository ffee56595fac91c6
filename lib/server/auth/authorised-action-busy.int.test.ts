import { afterAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { PrismaPg } from "@prisma/adapter-pg";
import { ok } from "@/lib/domain/action-result";
import type { CurrentUser } from "@/lib/domain/roles";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createAuthorisedAction } from "@/lib/server/auth/authorised-action";
import { createCourse } from "@/lib/server/factories/create-course";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { enrolOfficial } from "@/lib/server/enrolment/enrol-official";
import { db } from "@/lib/server/db";

// Regression: a transaction that could not start in time (P2028), an exhausted pool or a unique
// key taken by a parallel request escaped the action wrapper and reached the official as a 500.

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

afterAll(async () => {
  await fixtureDb.$disconnect();
  await db.$disconnect();
});

function learner(id: string): CurrentUser {
  return { id, name: "Burst Official", email: `${id}@kaushal.gov.in`, organisationId: null, preferredLanguage: "EN", grants: [{ role: "LEARNER", organisationId: null, providerId: null }] };
}

const schema = z.object({ courseId: z.uuid() });
const COURSE = "0190f0f0-0000-7000-8000-0000000000c1";
const known = (code: string) => new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "7.10.1" });

describe("the action wrapper under load", () => {
  test.each([
    ["a transaction that could not start in time", known("P2028"), "BUSY"],
    ["an exhausted connection pool", new Error("timeout exceeded when trying to connect"), "BUSY"],
    ["a deadlock", known("P2034"), "BUSY"],
    ["a unique key another request took first", known("P2002"), "CONFLICT"],
  ])("%s becomes a typed %s result", async (_name, error, code) => {
    const action = createAuthorisedAction(async () => learner("0190f0f0-0000-7000-8000-0000000000b1"))("learning:own", schema, async () => {
      throw error;
    });
    await expect(action({ courseId: COURSE })).resolves.toMatchObject({ ok: false, code });
  });

  test("a saturated database while loading the official is BUSY too", async () => {
    const action = createAuthorisedAction(async () => {
      throw known("P2028");
    })("learning:own", schema, async () => ok());
    await expect(action({ courseId: COURSE })).resolves.toMatchObject({ ok: false, code: "BUSY" });
  });

  test("100 parallel enrolments by one official: every call answers, one enrolment, the rest ok or BUSY", async () => {
    const provider = await createProvider(fixtureDb);
    const course = await createCourse(fixtureDb, { providerId: provider.id });
    const official = await createOfficial(fixtureDb);
    const enrol = createAuthorisedAction(async () => learner(official.id))("learning:own", schema, async (input, user) => {
      const result = await enrolOfficial({ userId: user.id, courseId: input.courseId });
      return ok(result.status);
    });
    const results = await Promise.allSettled(Array.from({ length: 100 }, () => enrol({ courseId: course.id })));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const values = results.map((result) => (result as PromiseFulfilledResult<Awaited<ReturnType<typeof enrol>>>).value);
    expect(values.filter((value) => !value.ok && value.code !== "BUSY")).toEqual([]);
    // A burst beyond the official's write slots is refused at once rather than queued.
    expect(values.some((value) => !value.ok && value.code === "BUSY")).toBe(true);
    expect(values.some((value) => value.ok)).toBe(true);
    expect(await fixtureDb.enrolment.count({ where: { userId: official.id, courseId: course.id } })).toBe(1);
  });
});

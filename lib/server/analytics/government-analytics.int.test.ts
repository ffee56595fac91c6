import { afterAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { getGovernmentHeadlines } from "./get-government-headlines";
import { getMinistryBreakdown } from "./get-ministry-breakdown";

// Fixtures go through a plain client (the factories' type); the code under test uses the app's own.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

afterAll(async () => {
  await fixtureDb.$disconnect();
});

// The integration database is shared by every test file, so these tests compare before/after.
describe("government analytics", () => {
  test("headlines and the ministry breakdown count what is added", async () => {
    const before = await getGovernmentHeadlines();

    const ministry = await createOrganisation(fixtureDb, { name: `Ministry of Analytics ${uniqueSuffix()}` });
    const department = await createOrganisation(fixtureDb, { parentId: ministry.id, kind: "DEPARTMENT" });
    const office = await createOrganisation(fixtureDb, { parentId: department.id });
    const a = await createOfficial(fixtureDb, { organisationId: office.id });
    await createOfficial(fixtureDb, { organisationId: department.id, status: "SUSPENDED" });
    const provider = await createProvider(fixtureDb);
    const course = await fixtureDb.course.create({
      data: { slug: `c-${uniqueSuffix()}`, providerId: provider.id, title: "T", summary: "s", description: "d", durationMinutes: 10, status: "PUBLISHED" },
    });
    const enrolment = await fixtureDb.enrolment.create({ data: { userId: a.id, courseId: course.id, status: "COMPLETED", progressPercent: 100 } });
    await fixtureDb.certificate.create({ data: { enrolmentId: enrolment.id, userId: a.id, courseId: course.id, code: `C-${uniqueSuffix()}` } });

    // cache() only dedupes inside a React request, so a second call outside one reads afresh.
    const after = await getGovernmentHeadlines();
    expect({
      officials: after.officials - before.officials,
      activeOfficials: after.activeOfficials - before.activeOfficials,
      publishedCourses: after.publishedCourses - before.publishedCourses,
      enrolments: after.enrolments - before.enrolments,
      completions: after.completions - before.completions,
      certificates: after.certificates - before.certificates,
      organisations: after.organisations - before.organisations,
    }).toEqual({ officials: 2, activeOfficials: 1, publishedCourses: 1, enrolments: 1, completions: 1, certificates: 1, organisations: 3 });

    const breakdown = await getMinistryBreakdown();
    expect(breakdown.find((row) => row.id === ministry.id)).toMatchObject({ officials: 2, enrolments: 1, completions: 1 });
    expect(breakdown.some((row) => row.id === department.id)).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { getOrganisationOverview } from "./get-organisation-overview";
import { listOrganisationOfficials } from "./list-organisation-officials";
import type { RoleGrant } from "@/lib/domain/roles";

// Fixtures go through a plain client (the factories' type); the code under test uses the app's own.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

let ministryId = "";
let departmentId = "";
let officeId = "";
let outsiderId = "";

/** A user holding an MDO-admin grant on each of these organisations. */
const adminOf = (...organisationIds: string[]) => ({
  grants: organisationIds.map((organisationId): RoleGrant => ({ role: "MDO_ADMIN", organisationId, providerId: null })),
});

beforeAll(async () => {
  const ministry = await createOrganisation(fixtureDb, { name: "Ministry of Admin Tests" });
  const department = await createOrganisation(fixtureDb, { name: "Department A", parentId: ministry.id, kind: "DEPARTMENT" });
  const office = await createOrganisation(fixtureDb, { name: "Regional Office", parentId: department.id });
  const elsewhere = await createOrganisation(fixtureDb, { name: "Ministry Elsewhere" });
  ministryId = ministry.id;
  departmentId = department.id;
  officeId = office.id;

  // Names chosen so ordering across organisations is checked; hashing is skipped for speed.
  const aarti = await createOfficial(fixtureDb, { name: "Aarti Rao", organisationId: office.id });
  const bhanu = await createOfficial(fixtureDb, { name: "Bhanu Pratap", organisationId: department.id, status: "SUSPENDED" });
  await createOfficial(fixtureDb, { name: "Chitra Iyer", organisationId: ministry.id });
  const outsider = await createOfficial(fixtureDb, { name: "Aadil Outsider", organisationId: elsewhere.id });
  outsiderId = outsider.id;

  const provider = await createProvider(fixtureDb);
  const courses = await Promise.all(
    [1, 2].map(() =>
      fixtureDb.course.create({
        data: { slug: `c-${uniqueSuffix()}`, providerId: provider.id, title: "T", summary: "s", description: "d", durationMinutes: 10, status: "PUBLISHED" },
      }),
    ),
  );
  const completed = await fixtureDb.enrolment.create({ data: { userId: aarti.id, courseId: courses[0]!.id, status: "COMPLETED", progressPercent: 100 } });
  await fixtureDb.enrolment.createMany({
    data: [
      { userId: aarti.id, courseId: courses[1]!.id, status: "IN_PROGRESS", progressPercent: 50 },
      { userId: bhanu.id, courseId: courses[0]!.id, status: "WITHDRAWN" },
      { userId: outsider.id, courseId: courses[0]!.id, status: "COMPLETED", progressPercent: 100 },
    ],
  });
  await fixtureDb.certificate.create({ data: { enrolmentId: completed.id, userId: aarti.id, courseId: courses[0]!.id, code: `C-${uniqueSuffix()}` } });
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("getOrganisationOverview", () => {
  test("totals the whole subtree under the root and nothing outside it", async () => {
    const overview = await getOrganisationOverview(adminOf(ministryId));
    expect(overview).toMatchObject({
      roots: [{ id: ministryId, name: "Ministry of Admin Tests", kind: "MINISTRY" }],
      organisations: 3,
      officials: 3,
      activeOfficials: 2,
      enrolments: 2,
      completions: 1,
      certificates: 1,
    });
  });

  test("a department root sees only its own branch", async () => {
    const overview = await getOrganisationOverview(adminOf(departmentId));
    expect(overview).toMatchObject({ organisations: 2, officials: 2, enrolments: 2 });
  });

  test("overlapping roots are not double counted", async () => {
    const overview = await getOrganisationOverview(adminOf(ministryId, officeId));
    expect(overview).toMatchObject({ organisations: 3, officials: 3 });
  });

  test("a user who administers nothing sees nothing, whatever else they hold", async () => {
    const analystAndProvider = {
      grants: [
        { role: "CBC_ANALYST", organisationId: null, providerId: null },
        { role: "CONTENT_PROVIDER", organisationId: ministryId, providerId: null },
      ] satisfies RoleGrant[],
    };
    expect(await getOrganisationOverview(analystAndProvider)).toMatchObject({ roots: [], organisations: 0, officials: 0 });
  });
});

describe("listOrganisationOfficials", () => {
  test("lists the subtree's officials by name with their enrolment counts", async () => {
    const rows = await listOrganisationOfficials({ user: adminOf(ministryId), page: 1 });
    expect(rows.map((r) => [r.name, r.organisationName, r.enrolled, r.completed])).toEqual([
      ["Aarti Rao", "Regional Office", 2, 1],
      ["Bhanu Pratap", "Department A", 0, 0],
      ["Chitra Iyer", "Ministry of Admin Tests", 0, 0],
    ]);
    expect(rows.map((r) => r.id)).not.toContain(outsiderId);
  });

  test("pages through with a fixed page size", async () => {
    const first = await listOrganisationOfficials({ user: adminOf(ministryId), page: 1, pageSize: 2 });
    const second = await listOrganisationOfficials({ user: adminOf(ministryId), page: 2, pageSize: 2 });
    const beyond = await listOrganisationOfficials({ user: adminOf(ministryId), page: 3, pageSize: 2 });
    expect(first.map((r) => r.name)).toEqual(["Aarti Rao", "Bhanu Pratap"]);
    expect(second.map((r) => r.name)).toEqual(["Chitra Iyer"]);
    expect(beyond).toEqual([]);
  });

  test("a user who administers nothing gets no rows", async () => {
    expect(await listOrganisationOfficials({ user: { grants: [] }, page: 1 })).toEqual([]);
    const learner = { grants: [{ role: "LEARNER", organisationId: ministryId, providerId: null }] satisfies RoleGrant[] };
    expect(await listOrganisationOfficials({ user: learner, page: 1 })).toEqual([]);
  });
});

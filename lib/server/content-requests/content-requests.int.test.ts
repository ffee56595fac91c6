import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser, RoleGrant } from "@/lib/domain/roles";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createProvider } from "@/lib/server/factories/create-provider";
import { createContentRequest } from "./create-content-request";
import { listOrganisationContentRequests } from "./list-organisation-content-requests";
import { listProviderContentRequests } from "./list-provider-content-requests";
import { respondToContentRequest } from "./respond-to-content-request";
import { withdrawContentRequest } from "./withdraw-content-request";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

async function userWith(grant: RoleGrant): Promise<CurrentUser> {
  const row = await createOfficial(fixtureDb);
  return { id: row.id, name: row.name, email: row.email, organisationId: null, preferredLanguage: "EN", grants: [grant] };
}

let ministryAdmin: CurrentUser;
let otherMinistryAdmin: CurrentUser;
let providerA: CurrentUser;
let providerB: CurrentUser;
let departmentId = "";
let ministryId = "";
let competencyId = "";
let courseOfA = "";
let courseOfB = "";

beforeAll(async () => {
  const ministry = await createOrganisation(fixtureDb, { kind: "MINISTRY" });
  const department = await createOrganisation(fixtureDb, { kind: "DEPARTMENT", parentId: ministry.id });
  const otherMinistry = await createOrganisation(fixtureDb, { kind: "MINISTRY" });
  ministryId = ministry.id;
  departmentId = department.id;
  const [a, b] = await Promise.all([createProvider(fixtureDb), createProvider(fixtureDb)]);
  ministryAdmin = await userWith({ role: "MDO_ADMIN", organisationId: ministry.id, providerId: null });
  otherMinistryAdmin = await userWith({ role: "MDO_ADMIN", organisationId: otherMinistry.id, providerId: null });
  providerA = await userWith({ role: "CONTENT_PROVIDER", organisationId: null, providerId: a.id });
  providerB = await userWith({ role: "CONTENT_PROVIDER", organisationId: null, providerId: b.id });
  competencyId = (await createCompetency(fixtureDb)).id;
  courseOfA = (await createCourse(fixtureDb, { providerId: a.id })).id;
  courseOfB = (await createCourse(fixtureDb, { providerId: b.id })).id;
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("content requests", () => {
  test("asked for a department of the admin's subtree, seen there and by providers, never by another ministry", async () => {
    const { requestId } = await createContentRequest(ministryAdmin, { organisationId: departmentId, competencyId, level: 3, officialsInNeed: 42, note: "For the new e-office rollout." });
    expect((await listOrganisationContentRequests(ministryAdmin)).map((row) => row.id)).toContain(requestId);
    expect((await listOrganisationContentRequests(otherMinistryAdmin)).map((row) => row.id)).not.toContain(requestId);
    expect((await listProviderContentRequests(providerA)).open.map((row) => row.id)).toContain(requestId);
    await expect(withdrawContentRequest(otherMinistryAdmin, { requestId })).rejects.toMatchObject({ code: "STUDIO_ITEM_NOT_FOUND" });
  });

  test("an admin cannot ask on behalf of an organisation outside their subtree", async () => {
    await expect(createContentRequest(otherMinistryAdmin, { organisationId: departmentId, competencyId, level: 2 })).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  test("open → accepted by one provider → fulfilled with that provider's published course", async () => {
    const { requestId } = await createContentRequest(ministryAdmin, { competencyId, level: 2 });
    expect((await fixtureDb.contentRequest.findUniqueOrThrow({ where: { id: requestId } })).organisationId).toBe(ministryId);

    const results = await Promise.allSettled([
      respondToContentRequest(providerA, { requestId, move: "ACCEPT", response: "We will build it." }),
      respondToContentRequest(providerB, { requestId, move: "ACCEPT", response: undefined }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const accepted = await fixtureDb.contentRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(accepted.status).toBe("ACCEPTED");
    const winner = accepted.providerId === providerA.grants[0]!.providerId ? providerA : providerB;
    const loser = winner === providerA ? providerB : providerA;
    const winnersCourse = winner === providerA ? courseOfA : courseOfB;
    const losersCourse = winner === providerA ? courseOfB : courseOfA;

    await expect(respondToContentRequest(loser, { requestId, move: "FULFIL", courseId: losersCourse, response: undefined })).rejects.toMatchObject({ code: "CONTENT_REQUEST_STATUS_TRANSITION" });
    await expect(respondToContentRequest(winner, { requestId, move: "FULFIL", courseId: losersCourse, response: undefined })).rejects.toMatchObject({ code: "CONTENT_REQUEST_COURSE_NOT_PUBLISHED" });
    await respondToContentRequest(winner, { requestId, move: "FULFIL", courseId: winnersCourse, response: undefined });

    const [fulfilled] = (await listOrganisationContentRequests(ministryAdmin)).filter((row) => row.id === requestId);
    expect(fulfilled).toMatchObject({ status: "FULFILLED", course: { title: expect.any(String) } });
    await expect(withdrawContentRequest(ministryAdmin, { requestId })).rejects.toMatchObject({ code: "CONTENT_REQUEST_STATUS_TRANSITION" });
  });

  test("a declined request carries the reason back to the requester", async () => {
    const { requestId } = await createContentRequest(ministryAdmin, { competencyId, level: 4 });
    await respondToContentRequest(providerA, { requestId, move: "DECLINE", response: "Outside our subject area." });
    const [declined] = (await listOrganisationContentRequests(ministryAdmin)).filter((row) => row.id === requestId);
    expect(declined).toMatchObject({ status: "DECLINED", response: "Outside our subject area.", provider: { name: expect.any(String) } });
    await expect(respondToContentRequest(providerB, { requestId, move: "ACCEPT", response: undefined })).rejects.toMatchObject({ code: "CONTENT_REQUEST_STATUS_TRANSITION" });
  });

  test("the requester withdraws an open request", async () => {
    const { requestId } = await createContentRequest(ministryAdmin, { competencyId, level: 1 });
    await withdrawContentRequest(ministryAdmin, { requestId });
    expect((await listProviderContentRequests(providerA)).open.map((row) => row.id)).not.toContain(requestId);
  });
});

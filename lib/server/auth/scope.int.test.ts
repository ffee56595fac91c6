import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { CurrentUser, RoleGrant, RoleName } from "@/lib/domain/roles";
import { env } from "@/lib/env";
import { PrismaClient, type Organisation } from "@/lib/generated/prisma/client";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import {
  adminOrganisationRootIds,
  isOrganisationInScope,
  isProviderInScope,
  organisationScopeFilter,
  organisationWhereInScope,
  providerScopeFilter,
} from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

const factoryDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 2 }) });

// ministry ─ department ─ office, plus an unrelated ministry; one official in each.
let ministry: Organisation, department: Organisation, office: Organisation, otherMinistry: Organisation;
const officialIn = new Map<string, string>();

function user(...grants: (RoleName | Partial<RoleGrant> & { role: RoleName })[]): CurrentUser {
  return {
    id: "00000000-0000-7000-8000-000000000000",
    name: "Test",
    email: "test@kaushal.gov.in",
    organisationId: null,
    preferredLanguage: "EN",
    grants: grants.map((grant) =>
      typeof grant === "string"
        ? { role: grant, organisationId: null, providerId: null }
        : { organisationId: null, providerId: null, ...grant },
    ),
  };
}

async function visibleOfficials(filter: ReturnType<typeof organisationScopeFilter>): Promise<string[]> {
  const ids = [...officialIn.values()];
  const rows = await db.user.findMany({ where: { AND: [filter, { id: { in: ids } }] }, select: { id: true } });
  const names = [...officialIn.entries()].filter(([, id]) => rows.some((row) => row.id === id)).map(([name]) => name);
  return names.sort();
}

beforeAll(async () => {
  ministry = await createOrganisation(factoryDb, { kind: "MINISTRY" });
  department = await createOrganisation(factoryDb, { kind: "DEPARTMENT", parentId: ministry.id });
  office = await createOrganisation(factoryDb, { kind: "ORGANISATION", parentId: department.id });
  otherMinistry = await createOrganisation(factoryDb, { kind: "MINISTRY" });
  for (const [name, org] of Object.entries({ ministry, department, office, otherMinistry })) {
    officialIn.set(name, (await createOfficial(factoryDb, { organisationId: org.id })).id);
  }
});

afterAll(async () => {
  await factoryDb.$disconnect();
  await db.$disconnect();
});

describe("organisationScopeFilter", () => {
  test("an MDO admin of a department sees its subtree only", async () => {
    const admin = user({ role: "MDO_ADMIN", organisationId: department.id });
    expect(await visibleOfficials(organisationScopeFilter(admin))).toEqual(["department", "office"]);
  });

  test("an admin of two subtrees sees both", async () => {
    const admin = user(
      { role: "MDO_ADMIN", organisationId: office.id },
      { role: "MDO_ADMIN", organisationId: otherMinistry.id },
    );
    expect(adminOrganisationRootIds(admin).sort()).toEqual([office.id, otherMinistry.id].sort());
    expect(await visibleOfficials(organisationScopeFilter(admin))).toEqual(["office", "otherMinistry"]);
  });

  test.each<[string, CurrentUser, "read" | "manage", string[]]>([
    ["super admin, read", user("SUPER_ADMIN"), "read", ["department", "ministry", "office", "otherMinistry"]],
    ["super admin, manage", user("SUPER_ADMIN"), "manage", ["department", "ministry", "office", "otherMinistry"]],
    ["analyst, read", user("CBC_ANALYST"), "read", ["department", "ministry", "office", "otherMinistry"]],
    ["analyst, manage", user("CBC_ANALYST"), "manage", []],
    ["learner", user("LEARNER"), "read", []],
    ["content provider", user("CONTENT_PROVIDER"), "read", []],
  ])("%s", async (_case, who, access, expected) => {
    expect(await visibleOfficials(organisationScopeFilter(who, access))).toEqual(expected);
  });

  test("an analyst who is also an MDO admin manages only the subtree", async () => {
    const both = user("CBC_ANALYST", { role: "MDO_ADMIN", organisationId: office.id });
    expect(await visibleOfficials(organisationScopeFilter(both, "read"))).toHaveLength(4);
    expect(await visibleOfficials(organisationScopeFilter(both, "manage"))).toEqual(["office"]);
  });

  test("organisationWhereInScope lists the organisations of the subtree", async () => {
    const admin = user({ role: "MDO_ADMIN", organisationId: department.id });
    const rows = await db.organisation.findMany({
      where: { AND: [organisationWhereInScope(admin), { id: { in: [ministry.id, department.id, office.id, otherMinistry.id] } }] },
      select: { id: true },
    });
    expect(rows.map((row) => row.id).sort()).toEqual([department.id, office.id].sort());
  });
});

describe("isOrganisationInScope", () => {
  const admin = () => user({ role: "MDO_ADMIN", organisationId: department.id });

  test("holds inside the subtree, at any depth", async () => {
    expect(await isOrganisationInScope(admin(), department.id)).toBe(true);
    expect(await isOrganisationInScope(admin(), office.id, "manage")).toBe(true);
  });

  test.each([
    ["the parent ministry", () => ministry.id],
    ["another ministry", () => otherMinistry.id],
    ["an unknown id", () => "0190f0f0-0000-7000-8000-000000000000"],
    ["a malformed id", () => "not-a-uuid"],
  ])("does not hold for %s", async (_case, id) => {
    expect(await isOrganisationInScope(admin(), id())).toBe(false);
  });

  test("an analyst may read any organisation but manage none", async () => {
    expect(await isOrganisationInScope(user("CBC_ANALYST"), otherMinistry.id, "read")).toBe(true);
    expect(await isOrganisationInScope(user("CBC_ANALYST"), otherMinistry.id, "manage")).toBe(false);
  });

  test("a learner is out of scope even for their own organisation", async () => {
    expect(await isOrganisationInScope(user("LEARNER"), office.id)).toBe(false);
  });
});

describe("provider scope", () => {
  const providerA = "0190f0f0-0000-7000-8000-00000000000a";
  const providerB = "0190f0f0-0000-7000-8000-00000000000b";
  const author = () => user({ role: "CONTENT_PROVIDER", providerId: providerA });

  test("a content provider is in scope for their own provider only", async () => {
    expect(isProviderInScope(author(), providerA)).toBe(true);
    expect(isProviderInScope(author(), providerB)).toBe(false);
    expect(isProviderInScope(user("MDO_ADMIN"), providerA)).toBe(false);
    expect(isProviderInScope(user("SUPER_ADMIN"), providerB)).toBe(true);
  });

  test("providerScopeFilter restricts by providerId, except for a super admin", () => {
    expect(providerScopeFilter(author())).toEqual({ providerId: { in: [providerA] } });
    expect(providerScopeFilter(user("LEARNER"))).toEqual({ providerId: { in: [] } });
    expect(providerScopeFilter(user("SUPER_ADMIN"))).toEqual({});
  });
});

import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { env } from "@/lib/env";
import type { CurrentUser, RoleName } from "@/lib/domain/roles";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createFracPosition } from "@/lib/server/factories/create-frac-position";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createPassbookEntry } from "@/lib/server/factories/create-passbook-entry";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { saveCompetency } from "./save-competency";
import { saveFracPost } from "./save-frac-post";
import { saveFracRole } from "./save-frac-role";

// The framework's server actions as the browser calls them, with the signed-in user swapped in:
// an analyst is refused by the one action wrapper before anything is read or written; a super
// admin's edits land in one transaction with an audit entry naming each changed field.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/server/i18n/localise-failure", () => ({ localiseFailure: async <T>(result: T) => result }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveCompetencyAction } = await import("@/app/(framework)/framework/competencies/actions");
const { saveFracRoleAction } = await import("@/app/(framework)/framework/roles/actions");
const { saveFracPostAction } = await import("@/app/(framework)/framework/posts/actions");
const { importFrameworkAction } = await import("@/app/(framework)/framework/import/actions");

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 2 }) });
afterAll(async () => {
  await fixtureDb.$disconnect();
  await db.$disconnect();
});

const tag = uniqueSuffix();
let admin: CurrentUser;
let analyst: CurrentUser;

function asUser(id: string, role: RoleName): CurrentUser {
  return { id, name: role, email: `${role.toLowerCase()}.${tag}@test.gov.in`, organisationId: null, preferredLanguage: "EN", grants: [{ role, organisationId: null, providerId: null }] };
}

function form(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

const levelFields = Object.fromEntries([1, 2, 3, 4, 5].flatMap((level) => [[`level${level}Name`, `Level ${level}`], [`level${level}Descriptor`, `Can do ${level}.`]]));

/** What a redirect() inside the action throws: Next's signal with the target in its digest. */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = (await run.then(() => null, (thrown: unknown) => thrown)) as { digest?: string } | null;
  if (!error?.digest?.startsWith("NEXT_REDIRECT")) throw new Error(`expected a redirect, got ${JSON.stringify(error)}`);
  return error.digest.split(";")[2] ?? "";
}

beforeAll(async () => {
  const adminRow = await createOfficial(fixtureDb, { roles: [{ role: "SUPER_ADMIN" }] });
  const analystRow = await createOfficial(fixtureDb, { roles: [{ role: "CBC_ANALYST" }] });
  admin = asUser(adminRow.id, "SUPER_ADMIN");
  analyst = asUser(analystRow.id, "CBC_ANALYST");
});

beforeEach(() => {
  session.user = null;
});

describe("an analyst reads but cannot write", () => {
  test("every framework action refuses them before reading the input, and nothing is written", async () => {
    session.user = analyst;
    const [competencies, roles, posts, audits] = await Promise.all([fixtureDb.competency.count(), fixtureDb.fracRole.count(), fixtureDb.fracPosition.count(), fixtureDb.auditLog.count()]);
    const refused = { ok: false, code: "FORBIDDEN" };
    expect(await saveCompetencyAction(null, form({ externalId: `A-${tag}`, code: `A-${tag}`, name: `A ${tag}`, type: "DOMAIN", area: "X", ...levelFields }))).toMatchObject(refused);
    // Empty forms: FORBIDDEN rather than INVALID_INPUT shows the permission was checked first.
    expect(await saveFracRoleAction(null, form({}))).toMatchObject(refused);
    expect(await saveFracPostAction(null, form({}))).toMatchObject(refused);
    const file = new File([JSON.stringify({ competencies: [] })], "framework.json", { type: "application/json" });
    expect(await importFrameworkAction(null, form({ intent: "apply", mode: "update", fingerprint: "0".repeat(64), files: file }))).toMatchObject(refused);
    expect([await fixtureDb.competency.count(), await fixtureDb.fracRole.count(), await fixtureDb.fracPosition.count(), await fixtureDb.auditLog.count()]).toEqual([
      competencies,
      roles,
      posts,
      audits,
    ]);
  });

  test("the use-cases refuse them too, whoever calls them", async () => {
    await expect(saveFracPost(analyst, { code: `P-${tag}`, title: "P", description: null, organisationId: null, roleIds: [] })).rejects.toMatchObject({ name: "PermissionDeniedError" });
  });
});

describe("a super admin edits the framework", () => {
  test("a competency is created with its five levels, then edited with each change audited", async () => {
    session.user = admin;
    const invalid = await saveCompetencyAction(null, form({ externalId: `C-${tag}`, code: "has space", name: "", type: "DOMAIN", area: "Records", ...levelFields }));
    expect(invalid).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { code: [expect.any(String)], name: ["Name is missing."] } });

    const created = await redirectOf(saveCompetencyAction(null, form({ externalId: `C-${tag}`, code: `C-${tag}`, name: `Records ${tag}`, type: "DOMAIN", area: "Records", ...levelFields })));
    const id = created.split("/").pop() ?? "";
    expect(await fixtureDb.competencyLevel.count({ where: { competencyId: id } })).toBe(5);

    const edited = await redirectOf(
      saveCompetencyAction(null, form({ id, externalId: `C-${tag}`, code: `C-${tag}`, name: `Records ${tag}`, type: "DOMAIN", area: "Records and archives", ...levelFields, level2Descriptor: "Keeps files." })),
    );
    expect(edited).toBe(created);
    const audit = await fixtureDb.auditLog.findFirstOrThrow({ where: { entityId: id, action: "frac.competency.updated" } });
    expect(audit.details).toMatchObject({
      changes: [
        { field: "area", before: "Records", after: "Records and archives" },
        { field: "level 2 descriptor", before: "Can do 2.", after: "Keeps files." },
      ],
    });

    const taken = await saveCompetencyAction(null, form({ externalId: `D-${tag}`, code: `C-${tag}`, name: `Records ${tag}`, type: "DOMAIN", area: "Records", ...levelFields }));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining("already has this code")], name: [expect.stringContaining("already has this name")] } });
  });

  test("a superseded version's competency stays as it was", async () => {
    const old = await fixtureDb.competencyFramework.create({ data: { code: `OLD-${tag}`, name: "Old", status: "SUPERSEDED", supersededAt: new Date() } });
    const competency = await createCompetency(fixtureDb, { frameworkId: old.id, name: `Old ${tag}` });
    const result = await saveCompetency(admin, {
      id: competency.id,
      externalId: competency.code,
      code: competency.code,
      name: "Renamed",
      nameHi: null,
      type: "DOMAIN",
      area: "X",
      description: "",
      levels: [1, 2, 3, 4, 5].map((level) => ({ level, name: `L${level}`, descriptor: "" })),
    });
    expect(result).toEqual({ status: "SUPERSEDED" });
    expect((await fixtureDb.competency.findUniqueOrThrow({ where: { id: competency.id } })).name).toBe(`Old ${tag}`);
  });

  test("a role's activities and levels are saved in order; changing a level moves the gap roll-up", async () => {
    const noting = await createCompetency(fixtureDb, { name: `Noting ${tag}` });
    const drafting = await createCompetency(fixtureDb, { name: `Drafting ${tag}` });
    const created = await saveFracRole(admin, {
      id: undefined,
      code: `ROLE-${tag}`,
      name: "Assistant",
      description: "",
      activities: [
        { description: "Puts up notes", competencyIds: [noting.id] },
        { description: "Drafts letters", competencyIds: [drafting.id, noting.id] },
      ],
      requirements: [
        { competencyId: noting.id, level: 2 },
        { competencyId: drafting.id, level: 3 },
      ],
    });
    if (created.status !== "SAVED") throw new Error(`role not saved: ${created.status}`);
    const organisation = await createOrganisation(fixtureDb);
    const position = await createFracPosition(fixtureDb, { organisationId: organisation.id, roleIds: [created.id] });
    const official = await createOfficial(fixtureDb, { organisationId: organisation.id, fracPositionId: position.id });
    await createPassbookEntry(fixtureDb, { userId: official.id, competencyId: noting.id, level: 2 });

    const edited = await saveFracRole(admin, {
      id: created.id,
      code: `ROLE-${tag}`,
      name: "Assistant",
      description: "",
      activities: [{ description: "Drafts letters", competencyIds: [drafting.id] }],
      requirements: [{ competencyId: noting.id, level: 4 }],
    });
    expect(edited).toEqual({ status: "SAVED", id: created.id });
    const activities = await fixtureDb.fracActivity.findMany({ where: { roleId: created.id }, include: { competencies: true } });
    expect(activities.map((activity) => [activity.position, activity.description, activity.competencies.map((link) => link.competencyId)])).toEqual([[1, "Drafts letters", [drafting.id]]]);
    const buckets = await fixtureDb.competencyGapRollup.findMany({ where: { fracPositionId: position.id, officials: { gt: 0 } }, select: { competencyId: true, requiredLevel: true, heldLevel: true } });
    expect(buckets).toEqual([{ competencyId: noting.id, requiredLevel: 4, heldLevel: 2 }]);
    const audit = await fixtureDb.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "frac.role.updated" } });
    expect(audit.details).toMatchObject({
      changes: expect.arrayContaining([
        { field: `requirement ${drafting.code}`, before: "level 3", after: "removed" },
        { field: `requirement ${noting.code}`, before: "level 2", after: "level 4" },
      ]),
    });
  });

  test("a post's roles and organisation are saved; a code in use is a field error", async () => {
    session.user = admin;
    const organisation = await createOrganisation(fixtureDb);
    const role = await saveFracRole(admin, { id: undefined, code: `PR-${tag}`, name: "Post role", description: "", activities: [], requirements: [] });
    if (role.status !== "SAVED") throw new Error("role not saved");
    const created = await redirectOf(saveFracPostAction(null, form({ code: `POST-${tag}`, title: "Desk officer", organisationId: organisation.id, roleIds: role.id })));
    const post = await fixtureDb.fracPosition.findUniqueOrThrow({ where: { code: `POST-${tag}` }, include: { roles: true } });
    expect(created).toContain(post.id);
    expect(post).toMatchObject({ organisationId: organisation.id, roles: [{ roleId: role.id }] });
    expect(await saveFracPostAction(null, form({ code: `POST-${tag}`, title: "Another" }))).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining("already has this code")] } });
  });
});

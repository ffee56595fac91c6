import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { env } from "@/lib/env";
import type { FrameworkJson } from "@/lib/domain/framework/export-framework";
import type { CurrentUser, RoleName } from "@/lib/domain/roles";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createFracPosition } from "@/lib/server/factories/create-frac-position";
import { createFracRole } from "@/lib/server/factories/create-frac-role";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createPassbookEntry } from "@/lib/server/factories/create-passbook-entry";
import { createProvider } from "@/lib/server/factories/create-provider";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { recomputeHeldLevel } from "@/lib/server/passbook/held-levels";
import { applyFrameworkImport } from "./apply-framework-import";
import { exportFrameworkFile } from "./export-framework-file";
import { previewFrameworkImport } from "./preview-framework-import";
import type { ImportRequest } from "./prepare-framework-import";

// Import against real PostgreSQL: the export reads back with no change, a bad file writes
// nothing, and a new version carries an official's held level and a course's tag over while
// the old version stays as it was.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 2 }) });
afterAll(async () => {
  await fixtureDb.$disconnect();
  await db.$disconnect();
});

function official(id: string, role: RoleName): CurrentUser {
  return { id, name: "Framework Tester", email: `${role.toLowerCase()}@test.gov.in`, organisationId: null, preferredLanguage: "EN", grants: [{ role, organisationId: null, providerId: null }] };
}

let admin: CurrentUser;
const tag = uniqueSuffix();
let writing = { id: "", externalId: "" };
let ethics = { id: "", externalId: "" };
let roleCode = "";
let organisationCode = "";

beforeAll(async () => {
  const adminRow = await createOfficial(fixtureDb, { roles: [{ role: "SUPER_ADMIN" }] });
  admin = official(adminRow.id, "SUPER_ADMIN");
  const organisation = await createOrganisation(fixtureDb, { name: `Ministry of Frameworks ${tag}` });
  organisationCode = organisation.code;
  const noting = await createCompetency(fixtureDb, { code: `NOTE-${tag}`, name: `Noting ${tag}`, type: "FUNCTIONAL", area: "Office procedure" });
  const integrity = await createCompetency(fixtureDb, { code: `INT-${tag}`, name: `Integrity ${tag}`, type: "BEHAVIOURAL", area: "Ethics", description: "- starts like a formula" });
  writing = { id: noting.id, externalId: noting.externalId ?? noting.code };
  ethics = { id: integrity.id, externalId: integrity.externalId ?? integrity.code };
  const role = await createFracRole(fixtureDb, {
    code: `ROLE-${tag}`,
    activities: [{ description: "Puts up notes", competencyIds: [noting.id, integrity.id] }],
    requirements: [
      { competencyId: noting.id, requiredLevel: 3 },
      { competencyId: integrity.id, requiredLevel: 2 },
    ],
  });
  roleCode = role.code;
  await createFracPosition(fixtureDb, { code: `POS-${tag}`, organisationId: organisation.id, roleIds: [role.id] });
});

async function exportedJson(): Promise<FrameworkJson> {
  const file = await exportFrameworkFile(admin, "framework.json");
  if (!file) throw new Error("no JSON export");
  return JSON.parse(file.body) as FrameworkJson;
}

const jsonRequest = (json: unknown): ImportRequest => ({ files: [{ name: "framework.json", text: JSON.stringify(json) }], mode: "update" });

describe("framework import", () => {
  test("exporting and importing the export changes nothing, in JSON and in CSV", async () => {
    const json = await previewFrameworkImport(admin, jsonRequest(await exportedJson()));
    expect(json.issues).toEqual([]);
    expect(json.changeCount).toBe(0);
    expect(json.changes.competencies.unchanged).toBeGreaterThanOrEqual(2);

    const sheets = await Promise.all(
      ["competencies.csv", "roles.csv", "activities.csv", "role-requirements.csv", "posts.csv"].map(async (name) => {
        const file = await exportFrameworkFile(admin, name);
        return { name: file?.fileName ?? name, text: file?.body ?? "" };
      }),
    );
    const csv = await previewFrameworkImport(admin, { files: sheets, mode: "update" });
    expect(csv.issues).toEqual([]);
    expect(csv.changeCount).toBe(0);
    expect(csv.changes.removedRequirements).toEqual([]);
  });

  test("editing one descriptor changes exactly that descriptor, and applying writes it with an audit entry", async () => {
    const json = await exportedJson();
    const level = json.competencies.find((competency) => competency.externalId === writing.externalId)?.levels.find((entry) => entry.level === 4);
    if (!level) throw new Error("exported competency lacks level 4");
    level.descriptor = `Drafts notes for the Cabinet ${tag}.`;
    const preview = await previewFrameworkImport(admin, jsonRequest(json));
    expect(preview.changeCount).toBe(1);
    expect(preview.changes.competencies.updated).toEqual([
      { key: writing.externalId, label: `Noting ${tag}`, changes: [{ field: "level 4 descriptor", before: expect.any(String), after: `Drafts notes for the Cabinet ${tag}.` }] },
    ]);

    const applied = await applyFrameworkImport(admin, { ...jsonRequest(json), fingerprint: preview.fingerprint });
    expect(applied.status).toBe("APPLIED");
    const stored = await fixtureDb.competencyLevel.findUniqueOrThrow({ where: { competencyId_level: { competencyId: writing.id, level: 4 } } });
    expect(stored.descriptor).toBe(`Drafts notes for the Cabinet ${tag}.`);
    const audit = await fixtureDb.auditLog.findFirstOrThrow({ where: { actorId: admin.id, action: "frac.framework.imported" }, orderBy: { id: "desc" } });
    expect(audit.details).toMatchObject({ updated: { competencies: 1, roles: 0, posts: 0 } });

    // The same file again is now the framework itself.
    expect((await previewFrameworkImport(admin, jsonRequest(json))).changeCount).toBe(0);
  });

  test("a stale dry run writes nothing", async () => {
    const json = await exportedJson();
    const competency = json.competencies.find((entry) => entry.externalId === ethics.externalId);
    if (!competency) throw new Error("missing competency");
    competency.area = `Values ${tag}`;
    const applied = await applyFrameworkImport(admin, { ...jsonRequest(json), fingerprint: "0".repeat(64) });
    expect(applied.status).toBe("STALE");
    expect((await fixtureDb.competency.findUniqueOrThrow({ where: { id: ethics.id } })).area).toBe("Ethics");
  });

  test("a file with bad rows writes nothing and reports each row", async () => {
    const auditsBefore = await fixtureDb.auditLog.count();
    const competencies = [
      "external_id,name,type,area,description",
      `GOOD-${tag},Good competency ${tag},DOMAIN,Area,Would be created`,
      `BAD-${tag},,DOMAIN,Area,No name`,
      `${ethics.externalId},Integrity ${tag},BEHAVIOURAL,Changed area,Would be updated`,
    ].join("\n");
    const requirements = ["role_code,competency_id,required_level", `${roleCode},${writing.externalId},9`, `${roleCode},NOPE-${tag},2`].join("\n");
    const posts = ["code,title,organisation_code,role_codes", `POS-NEW-${tag},New post,NOWHERE-${tag},${roleCode}`].join("\n");
    const request: ImportRequest = {
      mode: "update",
      files: [
        { name: "competencies.csv", text: competencies },
        { name: "role-requirements.csv", text: requirements },
        { name: "posts.csv", text: posts },
      ],
    };
    const preview = await previewFrameworkImport(admin, request);
    expect(preview.isValid).toBe(false);
    expect(preview.issues.map(({ file, row, field }) => `${file}:${row}:${field}`)).toEqual([
      "competencies.csv:3:name",
      "posts.csv:2:organisation_code",
      "role-requirements.csv:2:required_level",
      "role-requirements.csv:3:competency_id",
    ]);

    const applied = await applyFrameworkImport(admin, { ...request, fingerprint: preview.fingerprint });
    expect(applied.status).toBe("INVALID");
    expect(await fixtureDb.competency.count({ where: { externalId: `GOOD-${tag}` } })).toBe(0);
    expect((await fixtureDb.competency.findUniqueOrThrow({ where: { id: ethics.id } })).area).toBe("Ethics");
    expect(await fixtureDb.fracPosition.count({ where: { code: `POS-NEW-${tag}` } })).toBe(0);
    expect(await fixtureDb.auditLog.count()).toBe(auditsBefore);
  });

  test("an analyst may export but not import", async () => {
    const analyst = official(admin.id, "CBC_ANALYST");
    expect(await exportFrameworkFile(analyst, "posts.csv")).toMatchObject({ contentType: "text/csv; charset=utf-8" });
    await expect(previewFrameworkImport(analyst, jsonRequest({}))).rejects.toMatchObject({ name: "PermissionDeniedError" });
    await expect(applyFrameworkImport(analyst, { ...jsonRequest({}), fingerprint: "x" })).rejects.toMatchObject({ name: "PermissionDeniedError" });
  });
});

describe("a new framework version", () => {
  test("with a mapping, roles, held levels, self-ratings and course tags move on; the old version stays as it was", async () => {
    const position = await fixtureDb.fracPosition.findUniqueOrThrow({ where: { code: `POS-${tag}` } });
    const organisation = await fixtureDb.organisation.findUniqueOrThrow({ where: { code: organisationCode } });
    const asha = await createOfficial(fixtureDb, { name: `Asha ${tag}`, organisationId: organisation.id, fracPositionId: position.id });
    const boss = await createOfficial(fixtureDb, { organisationId: organisation.id });
    const course = await createPassbookEntry(fixtureDb, { userId: asha.id, competencyId: writing.id, level: 2, source: "COURSE", evidence: "Completed Noting 101" });
    const endorsed = await createPassbookEntry(fixtureDb, { userId: asha.id, competencyId: writing.id, level: 3, source: "SUPERVISOR", evidence: "Endorsed", awardedById: boss.id });
    const revoked = await createPassbookEntry(fixtureDb, { userId: asha.id, competencyId: ethics.id, level: 5, source: "SUPERVISOR", evidence: "Too generous" });
    await fixtureDb.$transaction(async (tx) => {
      await tx.passbookEntry.update({ where: { id: revoked.id }, data: { revokedAt: new Date(), revokedById: boss.id, revokeReason: "Not evidenced" } });
      await recomputeHeldLevel(tx, { userId: asha.id, competencyId: ethics.id, now: new Date() });
    });
    await fixtureDb.selfAssessment.create({ data: { userId: asha.id, competencyId: ethics.id, level: 4, note: "I think so" } });
    const provider = await createProvider(fixtureDb);
    const notingCourse = await createCourse(fixtureDb, { providerId: provider.id, title: `Noting course ${tag}`, competencies: [{ competencyId: writing.id, level: 2 }] });
    expect(await fixtureDb.officialCompetency.findUnique({ where: { userId_competencyId: { userId: asha.id, competencyId: writing.id } } })).toMatchObject({ level: 3 });

    // Every competency of the active version gets a successor "K-<id>"; noting and integrity
    // both map into one new "writing and ethics" competency as well as their own successors.
    const json = await exportedJson();
    const oldFramework = json.framework.code;
    const merged = `K-MERGED-${tag}`;
    const kcm = {
      competencies: [
        ...json.competencies.map((competency) => ({ ...competency, externalId: `K-${competency.externalId}`, code: undefined, name: `${competency.name} (2025)` })),
        { externalId: merged, name: `Writing with integrity ${tag}`, type: "FUNCTIONAL", area: "Communication" },
      ],
      mapping: [
        ...json.competencies.map((competency) => ({ from: competency.externalId, to: `K-${competency.externalId}` })),
        { from: writing.externalId, to: merged },
        { from: ethics.externalId, to: merged },
      ],
    };
    const request: ImportRequest = {
      files: [{ name: "kcm-2025.json", text: JSON.stringify(kcm) }],
      mode: "new-version",
      newVersion: { code: `KCM-${tag}`, name: "Karmayogi Competency Model 2025", description: null },
    };
    const preview = await previewFrameworkImport(admin, request);
    expect(preview.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(preview.changes.competencies.created).toHaveLength(json.competencies.length + 1);
    expect(preview.carryOver).toMatchObject({ mappings: json.competencies.length + 2 });
    expect(preview.carryOver?.evidence).toBeGreaterThanOrEqual(4);

    const applied = await applyFrameworkImport(admin, { ...request, fingerprint: preview.fingerprint });
    expect(applied.status).toBe("APPLIED");
    const [oldVersion, newVersion] = await Promise.all([
      fixtureDb.competencyFramework.findUniqueOrThrow({ where: { code: oldFramework } }),
      fixtureDb.competencyFramework.findUniqueOrThrow({ where: { code: `KCM-${tag}` } }),
    ]);
    expect(oldVersion).toMatchObject({ status: "SUPERSEDED", supersededAt: expect.any(Date) });
    expect(newVersion.status).toBe("ACTIVE");

    const newWriting = await fixtureDb.competency.findUniqueOrThrow({ where: { frameworkId_externalId: { frameworkId: newVersion.id, externalId: `K-${writing.externalId}` } } });
    const newEthics = await fixtureDb.competency.findUniqueOrThrow({ where: { frameworkId_externalId: { frameworkId: newVersion.id, externalId: `K-${ethics.externalId}` } } });
    const newMerged = await fixtureDb.competency.findUniqueOrThrow({ where: { frameworkId_externalId: { frameworkId: newVersion.id, externalId: merged } } });
    expect(newWriting.code).toBe(`K-${writing.externalId}`.toUpperCase());
    expect(await fixtureDb.competencyLevel.count({ where: { competencyId: newMerged.id } })).toBe(5);

    // The role now requires the successors; the merged one at the stricter of the two levels.
    const requirements = await fixtureDb.roleCompetency.findMany({ where: { role: { code: roleCode } }, select: { competencyId: true, requiredLevel: true } });
    expect(new Map(requirements.map((r) => [r.competencyId, r.requiredLevel]))).toEqual(
      new Map([
        [newWriting.id, 3],
        [newEthics.id, 2],
        [newMerged.id, 3],
      ]),
    );
    const activityLinks = await fixtureDb.activityCompetency.findMany({ where: { activity: { role: { code: roleCode } } }, select: { competencyId: true } });
    expect(new Set(activityLinks.map((link) => link.competencyId))).toEqual(new Set([newWriting.id, newEthics.id, newMerged.id]));

    // Asha's held level comes with her: verified evidence is carried, the revoked endorsement is not.
    const held = await fixtureDb.officialCompetency.findMany({ where: { userId: asha.id }, select: { competencyId: true, level: true } });
    expect(new Map(held.map((row) => [row.competencyId, row.level]))).toEqual(
      new Map([
        [writing.id, 3],
        [newWriting.id, 3],
        [newMerged.id, 3],
      ]),
    );
    const carried = await fixtureDb.passbookEntry.findMany({ where: { userId: asha.id, competencyId: newWriting.id }, orderBy: { level: "asc" } });
    expect(carried).toMatchObject([
      { source: "COURSE", level: 2, evidenceRef: course.id, evidence: expect.stringContaining(`Carried over from “Noting ${tag}” (${oldFramework})`) },
      { source: "SUPERVISOR", level: 3, evidenceRef: endorsed.id, awardedById: boss.id },
    ]);
    expect(await fixtureDb.passbookEntry.count({ where: { evidenceRef: revoked.id } })).toBe(0);
    expect(await fixtureDb.selfAssessment.findUnique({ where: { userId_competencyId: { userId: asha.id, competencyId: newEthics.id } } })).toMatchObject({ level: 4, note: "I think so" });

    // The gap roll-up follows: Asha's post now asks for the successors and she holds them.
    const rollup = await fixtureDb.competencyGapRollup.findMany({
      where: { fracPositionId: position.id, competencyId: { in: [newWriting.id, writing.id] }, officials: { gt: 0 } },
    });
    expect(rollup.map((row) => [row.competencyId, row.requiredLevel, row.heldLevel, row.officials])).toEqual([[newWriting.id, 3, 3, 1]]);

    // The course imparts the successors at the same level, and is found by their names.
    const tags = await fixtureDb.courseCompetency.findMany({ where: { courseId: notingCourse.id }, select: { competencyId: true, level: true } });
    expect(new Map(tags.map((row) => [row.competencyId, row.level]))).toEqual(
      new Map([
        [writing.id, 2],
        [newWriting.id, 2],
        [newMerged.id, 2],
      ]),
    );
    expect((await fixtureDb.course.findUniqueOrThrow({ where: { id: notingCourse.id } })).searchText).toContain(`Writing with integrity ${tag}`);

    // The old version is untouched and still readable: its competencies, levels and history.
    const old = await fixtureDb.competency.findUniqueOrThrow({ where: { id: writing.id }, include: { levels: true, mappedTo: true } });
    expect(old.frameworkId).toBe(oldVersion.id);
    expect(old.levels).toHaveLength(5);
    expect(old.mappedTo.map((mapping) => mapping.toCompetencyId).sort()).toEqual([newWriting.id, newMerged.id].sort());
    expect(await fixtureDb.passbookEntry.count({ where: { userId: asha.id, competencyId: { in: [writing.id, ethics.id] } } })).toBe(3);

    const audit = await fixtureDb.auditLog.findFirstOrThrow({ where: { action: "frac.framework.version_imported", entityId: newVersion.id } });
    expect(audit.details).toMatchObject({ superseded: { code: oldFramework }, carriedOver: { officials: expect.any(Number) } });

    // The new version exports and re-imports with no change, like any other.
    expect((await previewFrameworkImport(admin, jsonRequest(await exportedJson()))).changeCount).toBe(0);
  });
});

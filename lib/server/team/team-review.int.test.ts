import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { DomainError, type DomainErrorCode } from "@/lib/domain/learning/domain-error";
import type { CurrentUser, RoleGrant } from "@/lib/domain/roles";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createFracPosition } from "@/lib/server/factories/create-frac-position";
import { createFracRole } from "@/lib/server/factories/create-frac-role";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createPassbookEntry } from "@/lib/server/factories/create-passbook-entry";
import { saveSelfAssessment } from "@/lib/server/passbook/save-self-assessment";
import { declineSelfAssessment } from "./decline-self-assessment";
import { endorseCompetency } from "./endorse-competency";
import { getReporteePassbook } from "./get-reportee-passbook";
import { hasDirectReportees } from "./has-direct-reportees";
import { listTeam } from "./list-team";
import { revokeEndorsement } from "./revoke-endorsement";

// A Deputy Commissioner and the officials who report to them, on real PostgreSQL: endorsements
// move held levels (and, through the triggers, the gap reports), revocations move them back,
// and nobody outside the reporting line gets anywhere.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
afterAll(() => fixtureDb.$disconnect());

const NOW = new Date("2026-11-30T06:00:00Z");
const LEARNER: RoleGrant = { role: "LEARNER", organisationId: null, providerId: null };

type Ids = Record<"gst" | "integrity" | "noting" | "leadership", string>;
const competency = {} as Ids;
let positionId = "";
let organisationId = "";
let elsewhereId = "";
let officer: CurrentUser;
let otherOfficer: CurrentUser;
let priyaId = "";
let rituId = "";
let outsiderId = "";

function asUser(id: string, grants: RoleGrant[] = [LEARNER]): CurrentUser {
  return { id, name: "Test", email: `${id}@test.gov.in`, organisationId: null, preferredLanguage: "EN", grants };
}

async function refusal(work: Promise<unknown>): Promise<DomainErrorCode> {
  const error: unknown = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DomainError)) throw new Error(`Expected a DomainError, got ${String(error)}`);
  return error.code;
}

async function heldLevel(userId: string, competencyId: string): Promise<number> {
  const row = await fixtureDb.officialCompetency.findUnique({ where: { userId_competencyId: { userId, competencyId } }, select: { level: true } });
  return row?.level ?? 0;
}

/** Officials in one gap bucket (required → held) of the test post, as the report tables hold it. */
async function bucket(competencyId: string, requiredLevel: number, held: number): Promise<number> {
  const row = await fixtureDb.competencyGapRollup.findFirst({
    where: { organisationId, fracPositionId: positionId, competencyId, requiredLevel, heldLevel: held },
    select: { officials: true },
  });
  return row?.officials ?? 0;
}

/** Rows where the trigger-kept roll-up and a recount from the raw rows disagree: none, always. */
async function rollupDrift(): Promise<unknown[]> {
  return fixtureDb.$queryRaw<unknown[]>`
    WITH kept AS (
      SELECT "organisationId", "fracPositionId", "designation", "serviceGroup", "competencyId", "requiredLevel", "heldLevel", "officials"
      FROM "CompetencyGapRollup" WHERE "officials" <> 0
    ), expected AS (SELECT * FROM expected_gap_rollup())
    (SELECT 'missing' AS problem, * FROM expected EXCEPT SELECT 'missing', * FROM kept)
    UNION ALL
    (SELECT 'extra', * FROM kept EXCEPT SELECT 'extra', * FROM expected)`;
}

async function writes(userId: string) {
  const [entries, audits, assessments] = await Promise.all([
    fixtureDb.passbookEntry.count({ where: { userId } }),
    fixtureDb.auditLog.count({ where: { OR: [{ entityId: { contains: userId } }, { details: { path: ["reporteeId"], equals: userId } }] } }),
    fixtureDb.selfAssessment.findMany({ where: { userId }, select: { competencyId: true, reviewedAt: true } }),
  ]);
  return { entries, audits, assessments, held: await fixtureDb.officialCompetency.findMany({ where: { userId }, select: { competencyId: true, level: true } }) };
}

beforeAll(async () => {
  const ministry = await createOrganisation(fixtureDb, { name: "Ministry of Team Tests" });
  const board = await createOrganisation(fixtureDb, { name: "Board of Endorsements", parentId: ministry.id, kind: "DEPARTMENT" });
  const elsewhere = await createOrganisation(fixtureDb, { name: "Ministry Elsewhere (team tests)" });
  organisationId = board.id;
  elsewhereId = elsewhere.id;
  for (const key of ["gst", "integrity", "noting", "leadership"] as const) {
    competency[key] = (await createCompetency(fixtureDb, { name: `${key} (team test)` })).id;
  }
  const role = await createFracRole(fixtureDb, {
    requirements: [
      { competencyId: competency.gst, requiredLevel: 3 },
      { competencyId: competency.integrity, requiredLevel: 4 },
      { competencyId: competency.noting, requiredLevel: 2 },
    ],
  });
  positionId = (await createFracPosition(fixtureDb, { title: "Assistant Commissioner, GST Audit (test)", roleIds: [role.id] })).id;

  const boss = await createOfficial(fixtureDb, { name: "Anil Deshmukh", organisationId: board.id, designation: "Deputy Commissioner" });
  officer = asUser(boss.id);
  otherOfficer = asUser((await createOfficial(fixtureDb, { name: "Other Officer", organisationId: elsewhere.id })).id);
  const official = (name: string, reportingOfficerId: string, org = board.id) =>
    createOfficial(fixtureDb, { name, organisationId: org, fracPositionId: positionId, designation: "Assistant Commissioner", group: "A", reportingOfficerId });
  priyaId = (await official("Priya Raghavan", boss.id)).id;
  rituId = (await official("Ritu Qureshi", boss.id)).id;
  outsiderId = (await official("Omar Outsider", otherOfficer.id, elsewhere.id)).id;
  await createPassbookEntry(fixtureDb, { userId: priyaId, competencyId: competency.gst, level: 2, source: "COURSE" });
});

describe("self-assessment", () => {
  test("a rating is saved without touching the held level, and a re-rating goes back into the queue", async () => {
    await saveSelfAssessment({ id: priyaId }, { competencyId: competency.gst, level: 4, note: "I audit large assessees alone.", now: NOW });
    expect(await heldLevel(priyaId, competency.gst)).toBe(2);
    expect(await rollupDrift()).toEqual([]);

    await fixtureDb.selfAssessment.update({
      where: { userId_competencyId: { userId: priyaId, competencyId: competency.gst } },
      data: { reviewedAt: NOW, reviewedById: officer.id },
    });
    const later = new Date(NOW.getTime() + 60_000);
    await saveSelfAssessment({ id: priyaId }, { competencyId: competency.gst, level: 3, note: null, now: later });
    const row = await fixtureDb.selfAssessment.findUniqueOrThrow({ where: { userId_competencyId: { userId: priyaId, competencyId: competency.gst } } });
    expect(row).toMatchObject({ level: 3, note: null, assessedAt: later, reviewedAt: null, reviewedById: null });
    expect(await heldLevel(priyaId, competency.gst)).toBe(2);
  });

  test("a competency the post does not require is refused, and nothing is saved", async () => {
    expect(await refusal(saveSelfAssessment({ id: priyaId }, { competencyId: competency.leadership, level: 5, note: null, now: NOW }))).toBe(
      "SELF_ASSESSMENT_NOT_REQUIRED",
    );
    expect(await fixtureDb.selfAssessment.count({ where: { userId: priyaId, competencyId: competency.leadership } })).toBe(0);
  });
});

describe("the team view", () => {
  test("lists direct reportees only, with readiness and the self-assessments waiting", async () => {
    expect(await hasDirectReportees(officer.id)).toBe(true);
    expect(await hasDirectReportees(priyaId)).toBe(false);
    const team = await listTeam(officer, NOW);
    expect(team.members.map((member) => member.name)).toEqual(["Priya Raghavan", "Ritu Qureshi"]);
    const [priya] = team.members;
    expect(priya?.postTitle).toBe("Assistant Commissioner, GST Audit (test)");
    // GST 2 of 3, Integrity 0 of 4, Noting 0 of 2: 1 + 4 + 2 = 7 of 9 levels missing.
    expect(priya?.summary).toMatchObject({ gapCount: 3, pendingSelfAssessments: 1, readiness: { met: 0, levelsRequired: 9, levelsMissing: 7 } });
    expect(team.totals).toMatchObject({ reportees: 2, pendingSelfAssessments: 1, withGaps: 2 });
  });

  test("a reportee's passbook opens for their reporting officer, and for nobody else", async () => {
    const view = await getReporteePassbook(officer, priyaId);
    expect(view?.reportee.name).toBe("Priya Raghavan");
    expect(view?.pendingSelfAssessments).toBe(1);
    expect(view?.passbook.requirements.find((row) => row.competencyId === competency.gst)?.selfDeclared).toMatchObject({ level: 3, state: "PENDING" });
    expect(await getReporteePassbook(otherOfficer, priyaId)).toBeNull();
    expect(await getReporteePassbook(officer, outsiderId)).toBeNull();
    expect(await getReporteePassbook(officer, officer.id)).toBeNull();
    expect(await getReporteePassbook(officer, "not-a-uuid")).toBeNull();
  });
});

describe("endorsement", () => {
  test("raises the held level, moves the official's gap bucket, answers the self-assessment and is audited", async () => {
    const before = { short: await bucket(competency.gst, 3, 2), met: await bucket(competency.gst, 3, 3) };
    expect(before.short).toBeGreaterThanOrEqual(1);

    const result = await endorseCompetency(officer, { reporteeId: priyaId, competencyId: competency.gst, level: 3, note: "Led the audit of 40 assessees.", now: NOW });

    expect(result.selfAssessmentReviewed).toBe(true);
    expect(await heldLevel(priyaId, competency.gst)).toBe(3);
    expect(await bucket(competency.gst, 3, 2)).toBe(before.short - 1);
    expect(await bucket(competency.gst, 3, 3)).toBe(before.met + 1);
    expect(await rollupDrift()).toEqual([]);

    const entry = await fixtureDb.passbookEntry.findUniqueOrThrow({ where: { id: result.entryId } });
    expect(entry).toMatchObject({ source: "SUPERVISOR", level: 3, awardedById: officer.id, evidence: "Led the audit of 40 assessees.", awardedAt: NOW, revokedAt: null });
    const assessment = await fixtureDb.selfAssessment.findUniqueOrThrow({ where: { userId_competencyId: { userId: priyaId, competencyId: competency.gst } } });
    expect(assessment).toMatchObject({ reviewedAt: NOW, reviewedById: officer.id, level: 3 });
    const audit = await fixtureDb.auditLog.findFirstOrThrow({ where: { action: "competency.endorsed", entityId: result.entryId } });
    expect(audit).toMatchObject({ actorId: officer.id, entityType: "PassbookEntry", organisationId });
    expect((await listTeam(officer, NOW)).totals.pendingSelfAssessments).toBe(0);
  });

  test("a lower endorsement is recorded as evidence but never lowers the held level", async () => {
    await endorseCompetency(officer, { reporteeId: priyaId, competencyId: competency.gst, level: 1, note: null, now: NOW });
    expect(await heldLevel(priyaId, competency.gst)).toBe(3);
    const entry = await fixtureDb.passbookEntry.findFirstOrThrow({ where: { userId: priyaId, source: "SUPERVISOR", level: 1 } });
    expect(entry.evidence).toBe("Endorsed by the reporting officer.");
  });

  test("an officer cannot endorse someone who does not report to them, nor themselves, nor off the post; nothing is written", async () => {
    const outsiderBefore = await writes(outsiderId);
    const priyaBefore = await writes(priyaId);
    const officerBefore = await writes(officer.id);
    const endorse = (actor: CurrentUser, reporteeId: string, competencyId = competency.gst) =>
      refusal(endorseCompetency(actor, { reporteeId, competencyId, level: 5, note: "Outstanding.", now: NOW }));

    expect(await endorse(officer, outsiderId)).toBe("REPORTEE_NOT_FOUND");
    expect(await endorse(otherOfficer, priyaId)).toBe("REPORTEE_NOT_FOUND");
    expect(await endorse(officer, "019ad000-0000-7000-8000-00000000dead")).toBe("REPORTEE_NOT_FOUND");
    expect(await endorse(officer, officer.id)).toBe("CANNOT_REVIEW_SELF");
    expect(await endorse(officer, priyaId, competency.leadership)).toBe("COMPETENCY_NOT_REQUIRED");

    expect(await writes(outsiderId)).toEqual(outsiderBefore);
    expect(await writes(priyaId)).toEqual(priyaBefore);
    expect(await writes(officer.id)).toEqual(officerBefore);
    expect(await rollupDrift()).toEqual([]);
  });
});

describe("revoking an endorsement", () => {
  test("drops the held level back to the best remaining evidence, keeps the entry as history, and is audited", async () => {
    // Integrity: an assessment at 2, then an endorsement at 4 that is later withdrawn.
    await createPassbookEntry(fixtureDb, { userId: rituId, competencyId: competency.integrity, level: 2, source: "ASSESSMENT" });
    const { entryId } = await endorseCompetency(officer, { reporteeId: rituId, competencyId: competency.integrity, level: 4, note: null, now: NOW });
    expect(await heldLevel(rituId, competency.integrity)).toBe(4);
    const met = await bucket(competency.integrity, 4, 4);

    // Someone else's officer, and an MDO admin of another subtree, cannot even find it.
    const elsewhereAdmin = asUser(otherOfficer.id, [LEARNER, { role: "MDO_ADMIN", organisationId: elsewhereId, providerId: null }]);
    expect(await refusal(revokeEndorsement(otherOfficer, { entryId, reason: "Not mine.", now: NOW }))).toBe("ENDORSEMENT_NOT_FOUND");
    expect(await refusal(revokeEndorsement(elsewhereAdmin, { entryId, reason: "Not mine.", now: NOW }))).toBe("ENDORSEMENT_NOT_FOUND");
    expect(await heldLevel(rituId, competency.integrity)).toBe(4);

    const later = new Date(NOW.getTime() + 3_600_000);
    expect(await revokeEndorsement(officer, { entryId, reason: "Endorsed against the wrong post.", now: later })).toEqual({ heldLevel: 2 });
    expect(await heldLevel(rituId, competency.integrity)).toBe(2);
    expect(await bucket(competency.integrity, 4, 4)).toBe(met - 1);
    expect(await rollupDrift()).toEqual([]);
    const entry = await fixtureDb.passbookEntry.findUniqueOrThrow({ where: { id: entryId } });
    expect(entry).toMatchObject({ revokedAt: later, revokedById: officer.id, revokeReason: "Endorsed against the wrong post.", level: 4 });
    expect(await fixtureDb.auditLog.count({ where: { action: "competency.endorsement_revoked", entityId: entryId, actorId: officer.id } })).toBe(1);

    expect(await refusal(revokeEndorsement(officer, { entryId, reason: "Again.", now: later }))).toBe("ENDORSEMENT_ALREADY_REVOKED");
  });

  test("when the endorsement was the only evidence, the held level goes; an MDO admin of the official's subtree may revoke", async () => {
    const { entryId } = await endorseCompetency(officer, { reporteeId: rituId, competencyId: competency.noting, level: 2, note: null, now: NOW });
    expect(await heldLevel(rituId, competency.noting)).toBe(2);
    const admin = asUser((await createOfficial(fixtureDb, { name: "Ministry Admin" })).id, [{ role: "MDO_ADMIN", organisationId: (await fixtureDb.organisation.findUniqueOrThrow({ where: { id: organisationId } })).parentId!, providerId: null }]);
    expect(await revokeEndorsement(admin, { entryId, reason: "Raised in an inspection.", now: NOW })).toEqual({ heldLevel: 0 });
    expect(await fixtureDb.officialCompetency.count({ where: { userId: rituId, competencyId: competency.noting } })).toBe(0);
    expect(await rollupDrift()).toEqual([]);
  });
});

describe("declining a self-assessment", () => {
  test("takes it out of the queue without changing the held level, once", async () => {
    await saveSelfAssessment({ id: rituId }, { competencyId: competency.noting, level: 3, note: "I draft most of the board's notes.", now: NOW });
    expect((await listTeam(officer, NOW)).members.find((member) => member.id === rituId)?.summary.pendingSelfAssessments).toBe(1);

    expect(await refusal(declineSelfAssessment(otherOfficer, { reporteeId: rituId, competencyId: competency.noting, now: NOW }))).toBe("REPORTEE_NOT_FOUND");
    await declineSelfAssessment(officer, { reporteeId: rituId, competencyId: competency.noting, now: NOW });

    expect((await listTeam(officer, NOW)).members.find((member) => member.id === rituId)?.summary.pendingSelfAssessments).toBe(0);
    expect(await heldLevel(rituId, competency.noting)).toBe(0);
    expect(await fixtureDb.auditLog.count({ where: { action: "self_assessment.declined", entityId: `${rituId}:${competency.noting}`, actorId: officer.id } })).toBe(1);
    expect(await refusal(declineSelfAssessment(officer, { reporteeId: rituId, competencyId: competency.noting, now: NOW }))).toBe("SELF_ASSESSMENT_NOT_PENDING");
  });
});

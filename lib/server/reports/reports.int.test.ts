import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type { CurrentUser, RoleName } from "@/lib/domain/roles";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { rankByFit } from "@/lib/domain/competency/role-fit";
import { env } from "@/lib/env";
import { completeEnrolmentIfDone } from "@/lib/server/completion/complete-enrolment-if-done";
import { db } from "@/lib/server/db";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createFracPosition } from "@/lib/server/factories/create-frac-position";
import { createFracRole } from "@/lib/server/factories/create-frac-role";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createProvider } from "@/lib/server/factories/create-provider";
import { getActivityReport } from "./get-activity-report";
import { getGapClosingCourses } from "./get-gap-closing-courses";
import { getGapReport } from "./get-gap-report";
import { getOfficialGapReport } from "./get-official-gap-report";
import { getRoleFit } from "./get-role-fit";
import { listScopeOfficials } from "./list-scope-officials";
import { reconcileReportRollups } from "./reconcile-report-rollups";
import { resolveReportScope } from "./report-scope";
import { streamOfficialsCsv } from "./stream-officials-csv";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

function viewer(role: RoleName, organisationId: string | null = null): CurrentUser {
  return {
    id: "0190f0f0-0000-7000-8000-00000000aaaa",
    name: "Viewer",
    email: "viewer@kaushal.gov.in",
    organisationId,
    preferredLanguage: "EN",
    grants: [{ role, organisationId, providerId: null }],
  };
}

async function denial(run: () => unknown): Promise<string | undefined> {
  try {
    await run();
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
  return undefined;
}

// Ministry → department → office, and a second ministry. A post in the office requires RTI at 3
// and Noting at 2; a course imparts RTI at 3.
let ministry = { id: "" };
let department = { id: "" };
let office = { id: "" };
let otherMinistry = { id: "" };
let rtiId = "";
let notingId = "";
let positionId = "";
let courseId = "";
let lessonIds: string[] = [];

async function officialInOffice(organisationId = office.id) {
  return createOfficial(fixtureDb, { organisationId, fracPositionId: positionId, designation: "Section Officer", group: "B" });
}

/** Enrols the official with every lesson done, then completes the enrolment as the app does. */
async function completeCourse(userId: string) {
  const enrolment = await createEnrolment(fixtureDb, { userId, courseId, completedLessons: 0 });
  await fixtureDb.lessonProgress.createMany({
    data: lessonIds.map((lessonId) => ({ enrolmentId: enrolment.id, lessonId, userId, status: "COMPLETED" as const, completedAt: new Date() })),
    skipDuplicates: true,
  });
  return db.$transaction((tx) => completeEnrolmentIfDone(tx, { enrolmentId: enrolment.id, now: new Date() }));
}

function rtiRow(report: Awaited<ReturnType<typeof getGapReport>>) {
  return report.competencies.find((row) => row.competencyId === rtiId);
}

beforeAll(async () => {
  ministry = await createOrganisation(fixtureDb, { kind: "MINISTRY", name: "Ministry of Reports" });
  department = await createOrganisation(fixtureDb, { kind: "DEPARTMENT", parentId: ministry.id, name: "Department of Reports" });
  office = await createOrganisation(fixtureDb, { kind: "ORGANISATION", parentId: department.id, name: "Reports Office" });
  otherMinistry = await createOrganisation(fixtureDb, { kind: "MINISTRY", name: "Ministry Elsewhere" });
  const [rti, noting] = await Promise.all([createCompetency(fixtureDb, { name: "RTI (reports test)" }), createCompetency(fixtureDb, { name: "Noting (reports test)" })]);
  rtiId = rti.id;
  notingId = noting.id;
  const role = await createFracRole(fixtureDb, {
    requirements: [
      { competencyId: rtiId, requiredLevel: 3 },
      { competencyId: notingId, requiredLevel: 2 },
    ],
  });
  positionId = (await createFracPosition(fixtureDb, { organisationId: office.id, roleIds: [role.id] })).id;
  const provider = await createProvider(fixtureDb);
  const course = await createCourse(fixtureDb, {
    providerId: provider.id,
    status: "PUBLISHED",
    competencies: [{ competencyId: rtiId, level: 3 }],
    modules: [{ title: "Module", lessons: [{ type: "TEXT", title: "Only lesson", durationSeconds: 60, body: "Text" }] }],
  });
  courseId = course.id;
  lessonIds = (await fixtureDb.lesson.findMany({ where: { courseId }, select: { id: true } })).map((lesson) => lesson.id);
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("competency-gap reports", () => {
  test("a completion moves the official's, the office's, the ministry's and the government's reports", async () => {
    const analyst = viewer("CBC_ANALYST");
    const [government, ministryScope, officeScope] = await Promise.all([
      resolveReportScope(analyst, {}),
      resolveReportScope(analyst, { organisationId: ministry.id }),
      resolveReportScope(analyst, { organisationId: office.id }),
    ]);
    const official = await officialInOffice();
    const before = await Promise.all([getGapReport(government), getGapReport(ministryScope), getGapReport(officeScope)]);
    const officialBefore = await getOfficialGapReport(analyst, official.id);
    expect(officialBefore.requirements.map((row) => [row.name, row.required, row.held, row.gap])).toEqual([
      ["RTI (reports test)", 3, 0, 3],
      ["Noting (reports test)", 2, 0, 2],
    ]);

    expect(await completeCourse(official.id)).toMatchObject({ completed: true });

    const after = await Promise.all([getGapReport(government), getGapReport(ministryScope), getGapReport(officeScope)]);
    for (const [index, report] of after.entries()) {
      const was = rtiRow(before[index]!)!;
      const now = rtiRow(report)!;
      expect({ needing: now.needing - was.needing, meeting: now.meeting - was.meeting, levelsMissing: now.levelsMissing - was.levelsMissing }).toEqual({
        needing: 0,
        meeting: 1,
        levelsMissing: -3,
      });
    }
    const officialAfter = await getOfficialGapReport(analyst, official.id);
    expect(officialAfter.requirements.map((row) => [row.name, row.held, row.gap])).toEqual([
      ["Noting (reports test)", 0, 2],
      ["RTI (reports test)", 3, 0],
    ]);
    expect(officialAfter.readiness).toMatchObject({ requirements: 2, met: 1, levelsRequired: 5, levelsMissing: 2 });

    // The ministry breaks down into its department; the office's report shows its own officials.
    const ministryReport = await getGapReport(ministryScope);
    expect(ministryReport.matrix.rows.map((row) => row.group.id)).toEqual([department.id]);
    const activity = await getActivityReport(officeScope);
    expect(activity.allTime).toMatchObject({ completions: expect.any(Number) });
    expect(activity.allTime.completions).toBeGreaterThanOrEqual(1);
    expect(activity.thisMonth.completions).toBeGreaterThanOrEqual(1);
  });

  test("an endorsement-free self-assessment does not move the held level; a supervisor's endorsement does", async () => {
    const analyst = viewer("CBC_ANALYST");
    const official = await officialInOffice();
    await fixtureDb.selfAssessment.create({ data: { userId: official.id, competencyId: notingId, level: 5 } });
    const selfRated = await getOfficialGapReport(analyst, official.id);
    expect(selfRated.requirements.find((row) => row.competencyId === notingId)).toMatchObject({ held: 0, gap: 2, selfDeclared: 5 });

    const { raiseHeldLevels } = await import("@/lib/server/passbook/held-levels");
    await db.$transaction(async (tx) => {
      await tx.passbookEntry.create({ data: { userId: official.id, competencyId: notingId, level: 2, source: "SUPERVISOR", evidence: "Endorsed." } });
      await raiseHeldLevels(tx, { userId: official.id, levels: [{ competencyId: notingId, level: 2 }], now: new Date() });
    });
    const endorsed = await getOfficialGapReport(analyst, official.id);
    expect(endorsed.requirements.find((row) => row.competencyId === notingId)).toMatchObject({ held: 2, gap: 0 });
  });

  test("courses that close the gap, and content still needed", async () => {
    const scope = await resolveReportScope(viewer("CBC_ANALYST"), { organisationId: office.id });
    await officialInOffice();
    const report = await getGapReport(scope);
    const closing = await getGapClosingCourses(report.buckets);
    expect(closing.courses[0]).toMatchObject({ courseId, competencyNames: ["RTI (reports test)"] });
    // Nothing published imparts Noting, so it is content needed at level 2.
    expect(closing.contentNeeded.find((row) => row.competencyId === notingId)).toMatchObject({ requiredLevel: 2, bestAvailableLevel: 0 });
  });

  test("role fit ranks officials by the levels they miss for a post", async () => {
    const scope = await resolveReportScope(viewer("CBC_ANALYST"), { organisationId: office.id });
    const strong = await officialInOffice();
    await completeCourse(strong.id);
    const fit = await getRoleFit(scope, positionId);
    expect(fit.position.requirements.map((row) => row.requiredLevel)).toEqual([3, 2]);
    const rank = fit.rows.findIndex((row) => row.officialId === strong.id);
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(fit.rows[rank]?.missingNames.map((row) => row.name)).not.toContain("RTI (reports test)");
    // Everyone ranked above has no more levels missing.
    for (const row of fit.rows.slice(0, rank)) expect(row.score).toBeGreaterThanOrEqual(fit.rows[rank]!.score);
  });

  test("role fit's ranking, page by page, is the domain's ranking of every official in scope", async () => {
    const unit = await createOrganisation(fixtureDb, { kind: "ORGANISATION", parentId: department.id, name: "Role-fit ranking office" });
    const scope = await resolveReportScope(viewer("CBC_ANALYST"), { organisationId: unit.id });
    // Held levels (RTI required 3, Noting 2): none, below, exactly, above, one of two, both met.
    const holdings: { rti?: number; noting?: number }[] = [{}, {}, { rti: 1 }, { rti: 3 }, { rti: 5, noting: 1 }, { noting: 2 }, { rti: 4, noting: 2 }, { rti: 2, noting: 5 }];
    for (const held of holdings) {
      const official = await officialInOffice(unit.id);
      const rows = [held.rti ? { competencyId: rtiId, level: held.rti } : null, held.noting ? { competencyId: notingId, level: held.noting } : null].filter((row) => row !== null);
      // Each level on a training institute's record, the evidence a held level comes from.
      await fixtureDb.passbookEntry.createMany({ data: rows.map((row) => ({ ...row, userId: official.id, source: "INSTITUTE" as const, evidence: "Institute record" })) });
      await fixtureDb.officialCompetency.createMany({ data: rows.map((row) => ({ ...row, userId: official.id })) });
    }
    // Suspended officials are not in the running, whatever they hold.
    const suspended = await createOfficial(fixtureDb, { organisationId: unit.id, status: "SUSPENDED" });
    await fixtureDb.passbookEntry.create({ data: { userId: suspended.id, competencyId: rtiId, level: 5, source: "INSTITUTE", evidence: "Institute record" } });
    await fixtureDb.officialCompetency.create({ data: { userId: suspended.id, competencyId: rtiId, level: 5 } });

    const pages = [];
    for (let page = 1; page <= 4; page += 1) pages.push(await getRoleFit(scope, positionId, { page, pageSize: 3 }));
    const active = await fixtureDb.user.findMany({ where: { organisationId: unit.id, status: "ACTIVE" }, select: { id: true, competencies: { select: { competencyId: true, level: true } } } });
    const required = new Map([[rtiId, 3], [notingId, 2]]);
    const expected = rankByFit(required, active.map((official) => ({ id: official.id, held: new Map(official.competencies.map((row) => [row.competencyId, row.level])) })));
    expect(pages[0]!.total).toBe(holdings.length);
    expect(pages.flatMap((page) => page.rows.map((row) => row.officialId))).toEqual(expected.map((fit) => fit.officialId));
    expect(pages.flatMap((page) => page.rows.map((row) => [row.score, row.met]))).toEqual(expected.map((fit) => [fit.score, fit.met]));
  });

  test("officials of a scope are listed with readiness", async () => {
    const scope = await resolveReportScope(viewer("CBC_ANALYST"), { organisationId: office.id });
    const page = await listScopeOfficials(scope);
    expect(page.total).toBeGreaterThanOrEqual(page.rows.length);
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((row) => row.readiness.requirements === 2)).toBe(true);
  });
});

describe("officials CSV", () => {
  test("streams every active official of the scope once, organisation by organisation, in small batches", async () => {
    const root = await createOrganisation(fixtureDb, { kind: "MINISTRY", name: "Ministry of Exports" });
    const [alpha, beta] = await Promise.all([
      createOrganisation(fixtureDb, { kind: "DEPARTMENT", parentId: root.id, name: "Alpha Department" }),
      createOrganisation(fixtureDb, { kind: "DEPARTMENT", parentId: root.id, name: "Beta Department" }),
    ]);
    const make = (organisationId: string, designation: string, status: "ACTIVE" | "SUSPENDED" = "ACTIVE") =>
      createOfficial(fixtureDb, { organisationId, designation, status });
    const officials = [
      await make(beta.id, "Clerk"),
      await make(alpha.id, "Clerk"),
      await make(beta.id, "Under Secretary"),
      await make(alpha.id, "Clerk"),
      await make(alpha.id, "Clerk"),
      await make(root.id, "Secretary"),
      await make(alpha.id, "Clerk", "SUSPENDED"),
    ];
    const read = async (filters: { designation?: string }) => {
      const scope = await resolveReportScope(viewer("CBC_ANALYST"), { organisationId: root.id, ...filters });
      const text = await new Response(streamOfficialsCsv(scope, { batchSize: 2 })).text();
      return text.trim().split("\n").slice(1).map((line) => line.split(",")[1]);
    };
    const emails = await read({});
    // Alpha (3 active, in id order), Beta (2), then the ministry's own staff: names sort "Alpha" < "Beta" < "Ministry".
    const expected = [alpha.id, beta.id, root.id].flatMap((organisationId) =>
      officials
        .filter((official) => official.organisationId === organisationId && official.status === "ACTIVE")
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((official) => official.email),
    );
    expect(emails).toEqual(expected);
    expect(await read({ designation: "Clerk" })).toHaveLength(4);
  });
});

describe("report scope", () => {
  test("an MDO admin reads their subtree, never another ministry's (or an unknown one): 403 alike", async () => {
    const admin = viewer("MDO_ADMIN", department.id);
    const own = await resolveReportScope(admin, {});
    expect(own).toMatchObject({ rootIds: [department.id], isGovernment: false });
    expect((await resolveReportScope(admin, { organisationId: office.id })).trail.map((org) => org.id)).toEqual([department.id]);
    expect(await denial(() => resolveReportScope(admin, { organisationId: otherMinistry.id }))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect(await denial(() => resolveReportScope(admin, { organisationId: ministry.id }))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect(await denial(() => resolveReportScope(admin, { organisationId: "0190f0f0-0000-7000-8000-000000000000" }))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
  });

  test("an MDO admin cannot open an official of another ministry; an analyst can", async () => {
    const elsewhere = await createOfficial(fixtureDb, { organisationId: otherMinistry.id });
    expect(await denial(() => getOfficialGapReport(viewer("MDO_ADMIN", department.id), elsewhere.id))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect(await denial(() => getOfficialGapReport(viewer("MDO_ADMIN", department.id), "not-an-id"))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect((await getOfficialGapReport(viewer("CBC_ANALYST"), elsewhere.id)).official.id).toBe(elsewhere.id);
  });

  test("a learner has no report scope at all", async () => {
    expect(await denial(() => resolveReportScope(viewer("LEARNER"), {}))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
  });
});

describe("reconcile", () => {
  test("prints zero after a burst of concurrent completions", async () => {
    const officials = await Promise.all(Array.from({ length: 12 }, () => officialInOffice(department.id)));
    const results = await Promise.all(officials.map((official) => completeCourse(official.id)));
    expect(results.filter((result) => result.completed)).toHaveLength(12);
    expect(await reconcileReportRollups(db)).toEqual([]);
  });

  test("finds a roll-up that drifted from the raw rows, and the rebuild repairs it", async () => {
    // A row the triggers never wrote: one official too many in a bucket, and a month's certificate.
    // Both in rows with activity: an all-zero row the triggers left behind has no recount to differ from.
    await fixtureDb.$executeRaw`
      UPDATE "CompetencyGapRollup" SET "officials" = "officials" + 1
      WHERE ctid = (SELECT ctid FROM "CompetencyGapRollup" WHERE "officials" > 0 LIMIT 1)`;
    await fixtureDb.$executeRaw`
      UPDATE "OrganisationActivity" SET "certificates" = "certificates" + 1
      WHERE ctid = (SELECT ctid FROM "OrganisationActivity" WHERE "period" = 'MONTH' AND "enrolments" + "completions" + "certificates" > 0 LIMIT 1)`;
    const differences = await reconcileReportRollups(db);
    expect(differences.map((row) => row.rollup).sort()).toEqual(["CompetencyGapRollup", "OrganisationActivity"]);
    expect(differences.every((row) => row.unexpected > 0 && row.missing > 0 && row.samples.length > 0)).toBe(true);
    await fixtureDb.$executeRaw`SELECT "rebuild_report_rollups"()`;
    expect(await reconcileReportRollups(db)).toEqual([]);
  });
});

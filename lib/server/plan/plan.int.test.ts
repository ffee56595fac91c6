import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { assignmentStatus, aparThresholdMet, countStatus, emptyCounts, type ComplianceCounts } from "@/lib/domain/plan/compliance";
import { isTargetedBy } from "@/lib/domain/plan/plan-targets";
import type { CurrentUser } from "@/lib/domain/roles";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createFracPosition } from "@/lib/server/factories/create-frac-position";
import { createFracRole } from "@/lib/server/factories/create-frac-role";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createProvider } from "@/lib/server/factories/create-provider";
import { addPlanItem, type AddPlanItemInput } from "./add-plan-item";
import { assignPlanNewcomers } from "./assign-plan-newcomers";
import { changePlanStatus } from "./change-plan-status";
import { createPlan } from "./create-plan";
import { findCompliancePlan } from "./find-compliance-plan";
import { getPlanCompliance } from "./get-plan-compliance";
import { getPlanWorkspace } from "./get-plan-workspace";
import { getOfficialCompliance, iterateComplianceOfficials, listComplianceOfficials } from "./list-compliance-officials";
import { openPlanVersion } from "./open-plan-version";
import type { PlanActor } from "./plan-actor";
import { publishPlan } from "./publish-plan";
import { remindOverdueOfficials } from "./remind-overdue-officials";
import { removePlanItem } from "./remove-plan-item";
import { getLearnerHome } from "@/lib/server/learner/get-learner-home";

// The annual plan end to end on real PostgreSQL: an MDO admin writes, approves and publishes it;
// officials of the subtree are assigned and enrolled; compliance figures equal a recount from the
// raw rows by the domain rules; and another ministry's admin can do nothing to it.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
afterAll(() => fixtureDb.$disconnect());

const NOW = new Date("2026-11-30T06:00:00Z");
const PAST = new Date("2026-11-15T18:29:00Z");
const FUTURE = new Date("2027-02-28T18:29:00Z");

function actor(id: string, organisationId: string): PlanActor & CurrentUser {
  return {
    id,
    name: "Admin",
    email: `${id}@test.gov.in`,
    organisationId,
    preferredLanguage: "EN",
    grants: [{ role: "MDO_ADMIN", organisationId, providerId: null }],
    ipAddress: "10.1.2.3",
  };
}

let ministryId = "";
let elsewhereId = "";
let roleId = "";
let admin: PlanActor & CurrentUser;
let otherAdmin: PlanActor & CurrentUser;
let course1 = "";
let course2 = "";
let officials: Record<"roleHolder" | "inspector" | "noPost" | "outsider", string>;
let planId = "";

const item = (patch: Partial<AddPlanItemInput>): AddPlanItemInput => ({
  planId,
  courseId: null,
  programmeId: null,
  fracRoleId: null,
  designation: null,
  serviceGroup: null,
  officialEmail: null,
  dueAt: FUTURE,
  countsForApar: true,
  now: NOW,
  ...patch,
});

beforeAll(async () => {
  const ministry = await createOrganisation(fixtureDb, { name: "Ministry of Plans" });
  const department = await createOrganisation(fixtureDb, { name: "Department of Plans", parentId: ministry.id, kind: "DEPARTMENT" });
  const elsewhere = await createOrganisation(fixtureDb, { name: "Ministry Elsewhere (plans)" });
  ministryId = ministry.id;
  elsewhereId = elsewhere.id;
  const role = await createFracRole(fixtureDb, { name: "Plan Test Role" });
  roleId = role.id;
  const position = await createFracPosition(fixtureDb, { organisationId: department.id, roleIds: [role.id] });
  const provider = await createProvider(fixtureDb);
  const lessons = [{ title: "M", lessons: [{ type: "TEXT" as const, title: "One", durationSeconds: 60, body: "One" }, { type: "TEXT" as const, title: "Two", durationSeconds: 60, body: "Two" }] }];
  course1 = (await createCourse(fixtureDb, { providerId: provider.id, title: "Plan course one", modules: lessons })).id;
  course2 = (await createCourse(fixtureDb, { providerId: provider.id, title: "Plan course two", modules: lessons })).id;
  officials = {
    roleHolder: (await createOfficial(fixtureDb, { name: "Anita Role", organisationId: department.id, fracPositionId: position.id, designation: "Inspector", group: "B" })).id,
    inspector: (await createOfficial(fixtureDb, { name: "Bharat Inspector", organisationId: ministry.id, designation: "Inspector", group: "C" })).id,
    noPost: (await createOfficial(fixtureDb, { name: "Chitra NoPost", organisationId: department.id, designation: "Clerk" })).id,
    outsider: (await createOfficial(fixtureDb, { name: "Dev Outsider", organisationId: elsewhere.id, fracPositionId: position.id, designation: "Inspector", email: "dev.outsider@plans.test" })).id,
  };
  admin = actor((await createOfficial(fixtureDb, { organisationId: ministry.id })).id, ministry.id);
  otherAdmin = actor((await createOfficial(fixtureDb, { organisationId: elsewhere.id })).id, elsewhere.id);
  // Bharat already took course two on his own and is half way: publication must leave it alone.
  await createEnrolment(fixtureDb, { userId: officials.inspector, courseId: course2, completedLessons: 1, source: "SELF" });
});

async function recount(id: string, year: number) {
  const assignments = await fixtureDb.planAssignment.findMany({ where: { planId: id } });
  const perCourse = new Map<string, ComplianceCounts>();
  const perOfficial = new Map<string, { counts: ComplianceCounts; prescribed: number; prescribedCompleted: number }>();
  for (const assignment of assignments) {
    const enrolment = await fixtureDb.enrolment.findUnique({ where: { userId_courseId: { userId: assignment.userId, courseId: assignment.courseId } } });
    const status = assignmentStatus({ enrolmentStatus: enrolment?.status ?? null, dueAt: assignment.dueAt, now: NOW });
    perCourse.set(assignment.courseId, countStatus(perCourse.get(assignment.courseId) ?? emptyCounts(), status));
    const entry = perOfficial.get(assignment.userId) ?? { counts: emptyCounts(), prescribed: 0, prescribedCompleted: 0 };
    entry.counts = countStatus(entry.counts, status);
    if (assignment.countsForApar) {
      entry.prescribed += 1;
      if (status === "COMPLETED") entry.prescribedCompleted += 1;
    }
    perOfficial.set(assignment.userId, entry);
  }
  const aparMet = [...perOfficial.values()].filter((entry) => aparThresholdMet({ planYear: year, prescribed: entry.prescribed, completed: entry.prescribedCompleted }) === true).length;
  return { perCourse, perOfficial, aparMet };
}

describe("the annual capacity-building plan", () => {
  test("an admin drafts, approves and publishes a plan; officials matching an item are assigned and enrolled, existing enrolments untouched", async () => {
    const created = await createPlan(admin, { organisationId: ministryId, year: 2026, now: NOW });
    expect(created.ok).toBe(true);
    planId = created.ok ? created.data.planId : "";
    expect(await createPlan(admin, { organisationId: ministryId, year: 2026, now: NOW })).toMatchObject({ ok: false, code: "PLAN_EXISTS" });

    expect(await changePlanStatus(admin, { planId, action: "approve", now: NOW })).toMatchObject({ ok: false, code: "PLAN_EMPTY" });
    expect(await addPlanItem(admin, item({ courseId: course1, fracRoleId: roleId, dueAt: FUTURE }))).toMatchObject({ ok: true });
    expect(await addPlanItem(admin, item({ courseId: course2, designation: "Inspector", dueAt: PAST }))).toMatchObject({ ok: true });
    const extra = await addPlanItem(admin, item({ courseId: course2, serviceGroup: "D" }));
    expect(extra.ok).toBe(true);
    if (extra.ok) expect(await removePlanItem(admin, { planId, itemId: extra.data.itemId, now: NOW })).toEqual({ ok: true, data: null });
    expect(await addPlanItem(admin, item({ courseId: course1 }))).toMatchObject({ ok: false, code: "PLAN_ITEM_INVALID" });
    expect(await addPlanItem(admin, item({ courseId: course1, officialEmail: "dev.outsider@plans.test" }))).toMatchObject({ ok: false, code: "PLAN_TARGET_OUTSIDE" });

    expect(await publishPlan(admin, { planId, now: NOW })).toMatchObject({ ok: false, code: "PLAN_NOT_APPROVED" });
    expect(await changePlanStatus(admin, { planId, action: "approve", now: NOW })).toEqual({ ok: true, data: null });
    expect(await addPlanItem(admin, item({ courseId: course1, designation: "Clerk" }))).toMatchObject({ ok: false, code: "PLAN_NOT_EDITABLE" });
    const published = await publishPlan(admin, { planId, now: NOW });
    expect(published).toEqual({ ok: true, data: { assignments: 3, enrolments: 2, supersededVersion: null } });

    const assignments = await fixtureDb.planAssignment.findMany({ where: { planId }, select: { userId: true, courseId: true } });
    expect(new Set(assignments.map((a) => `${a.userId}:${a.courseId}`))).toEqual(
      new Set([`${officials.roleHolder}:${course1}`, `${officials.roleHolder}:${course2}`, `${officials.inspector}:${course2}`]),
    );
    const roleHolderCourse1 = await fixtureDb.enrolment.findUniqueOrThrow({ where: { userId_courseId: { userId: officials.roleHolder, courseId: course1 } } });
    expect(roleHolderCourse1).toMatchObject({ source: "PLAN", status: "ENROLLED", dueAt: FUTURE, assignedById: admin.id });
    const selfMade = await fixtureDb.enrolment.findUniqueOrThrow({ where: { userId_courseId: { userId: officials.inspector, courseId: course2 } } });
    // Bharat's own enrolment keeps how it began and its progress; it is linked to the plan and takes the plan's due date.
    const course2Item = await fixtureDb.planItem.findFirstOrThrow({ where: { planId, courseId: course2 }, select: { id: true } });
    expect(selfMade).toMatchObject({ source: "SELF", status: "IN_PROGRESS", progressPercent: 50, dueAt: PAST, planItemId: course2Item.id });
    expect(await fixtureDb.enrolment.count({ where: { userId: { in: [officials.outsider, officials.noPost] } } })).toBe(0);

    // Each newly assigned official is told once, through the outbox.
    const notices = await fixtureDb.outboundEmail.findMany({ where: { kind: "plan.assigned", dedupeKey: { startsWith: `plan.assigned:${planId}:` } }, orderBy: { toAddress: "asc" } });
    expect(notices.map((notice) => [notice.userId, notice.subject])).toEqual(
      expect.arrayContaining([
        [officials.roleHolder, expect.stringMatching(/^2 courses assigned to you/)],
        [officials.inspector, "Assigned to you: Plan course two"],
      ]),
    );
    expect(notices).toHaveLength(2);

    const audit = await fixtureDb.auditLog.findMany({ where: { entityId: planId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, ipAddress: true } });
    expect(audit.map((row) => row.action)).toEqual(["plan.created", "plan.item_added", "plan.item_added", "plan.item_added", "plan.item_removed", "plan.approved", "plan.published"]);
    expect(audit.every((row) => row.actorId === admin.id && row.ipAddress === "10.1.2.3")).toBe(true);
  });

  test("compliance per course and per official equals a recount from the raw rows", async () => {
    // Anita completes course one; nobody has touched course two's overdue assignment.
    await fixtureDb.enrolment.update({ where: { userId_courseId: { userId: officials.roleHolder, courseId: course1 } }, data: { status: "COMPLETED", completedAt: NOW } });
    const { plan } = await findCompliancePlan(admin, planId);
    expect(plan?.id).toBe(planId);
    const compliance = await getPlanCompliance(plan!, NOW);
    const expected = await recount(planId, 2026);

    for (const row of compliance.courses) {
      const { assigned, notStarted, inProgress, completed, overdue } = row;
      expect({ assigned, notStarted, inProgress, completed, overdue }).toEqual(expected.perCourse.get(row.courseId));
    }
    expect(compliance.courses.map((row) => row.courseId).sort()).toEqual([...expected.perCourse.keys()].sort());
    expect(compliance.totals).toMatchObject({ officials: expected.perOfficial.size, assigned: 3, completed: 1, overdue: 2, officialsOverdue: 2, aparMet: expected.aparMet });
    expect(compliance.totals.aparMet).toBe(1);

    const list = await listComplianceOfficials({ plan: plan!, courseId: null, filter: "all", now: NOW, page: 1 });
    expect(list.total).toBe(2);
    expect(await listComplianceOfficials({ plan: plan!, courseId: null, filter: "all", now: NOW, page: 9 })).toEqual({ rows: [], total: 2 });
    for (const row of list.rows) {
      const entry = expected.perOfficial.get(row.userId)!;
      expect({ assigned: row.assigned, notStarted: row.notStarted, inProgress: row.inProgress, completed: row.completed, overdue: row.overdue }).toEqual(entry.counts);
    }
    expect(list.rows.map((row) => [row.name, row.aparMet])).toEqual([["Anita Role", true], ["Bharat Inspector", false]]);
    expect((await listComplianceOfficials({ plan: plan!, courseId: course2, filter: "overdue", now: NOW, page: 1 })).total).toBe(2);
    expect((await listComplianceOfficials({ plan: plan!, courseId: null, filter: "apar-not-met", now: NOW, page: 1 })).rows.map((row) => row.name)).toEqual(["Bharat Inspector"]);

    const batches: string[][] = [];
    for await (const batch of iterateComplianceOfficials({ plan: plan!, courseId: null, filter: "all", now: NOW }, 1)) batches.push(batch.map((row) => row.name));
    expect(batches).toEqual([["Anita Role"], ["Bharat Inspector"]]);

    const detail = await getOfficialCompliance(plan!, officials.roleHolder, NOW);
    expect(detail?.rows.map((row) => [row.courseId, row.status])).toEqual([[course2, "OVERDUE"], [course1, "COMPLETED"]]);
    expect(await getOfficialCompliance(plan!, officials.outsider, NOW)).toBeNull();
  });

  test("reminders write one email per overdue official, once a day", async () => {
    const first = await remindOverdueOfficials(admin, { planId, courseId: null, now: NOW });
    expect(first).toEqual({ ok: true, data: { officials: 2, written: 2 } });
    const again = await remindOverdueOfficials(admin, { planId, courseId: null, now: new Date(NOW.getTime() + 60_000) });
    expect(again).toEqual({ ok: true, data: { officials: 2, written: 0 } });
    const mails = await fixtureDb.outboundEmail.findMany({ where: { kind: "plan.overdue_reminder", userId: { in: [officials.roleHolder, officials.inspector] } } });
    expect(mails).toHaveLength(2);
    expect(mails.every((mail) => mail.bodyText.includes("Plan course two"))).toBe(true);
  });

  test("a new version is a draft copy; publishing it supersedes the old one and leaves enrolments alone", async () => {
    const before = await fixtureDb.enrolment.findMany({ where: { userId: { in: Object.values(officials) } }, orderBy: { id: "asc" } });
    const opened = await openPlanVersion(admin, { planId, now: NOW });
    expect(opened.ok).toBe(true);
    const nextId = opened.ok ? opened.data.planId : "";
    expect(await openPlanVersion(admin, { planId, now: NOW })).toMatchObject({ ok: false, code: "PLAN_VERSION_NOT_LATEST" });
    expect(await fixtureDb.planItem.count({ where: { planId: nextId } })).toBe(2);
    expect(await addPlanItem(admin, item({ planId: nextId, courseId: course1, designation: "Clerk" }))).toMatchObject({ ok: true });
    expect(await changePlanStatus(admin, { planId: nextId, action: "approve", now: NOW })).toMatchObject({ ok: true });
    expect(await publishPlan(admin, { planId: nextId, now: NOW })).toMatchObject({ ok: true, data: { supersededVersion: 1, enrolments: 1 } });
    // Only the clerk has something new in version 2, so only she is told.
    expect((await fixtureDb.outboundEmail.findMany({ where: { dedupeKey: { startsWith: `plan.assigned:${nextId}:` } } })).map((notice) => notice.userId)).toEqual([officials.noPost]);

    const versions = await fixtureDb.capacityBuildingPlan.findMany({ where: { organisationId: ministryId, year: 2026 }, orderBy: { version: "asc" }, select: { status: true } });
    expect(versions.map((version) => version.status)).toEqual(["SUPERSEDED", "PUBLISHED"]);
    const after = await fixtureDb.enrolment.findMany({ where: { id: { in: before.map((row) => row.id) } }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
    expect(await fixtureDb.enrolment.count({ where: { userId: officials.noPost, courseId: course1, source: "PLAN" } })).toBe(1);

    // A clerk who joins after publication is assigned when the admin applies the plan to newcomers; nobody else changes.
    const department = await fixtureDb.user.findUniqueOrThrow({ where: { id: officials.noPost }, select: { organisationId: true } });
    const newcomer = await createOfficial(fixtureDb, { name: "Esha Newcomer", organisationId: department.organisationId, designation: "Clerk" });
    expect(await assignPlanNewcomers(admin, { planId, now: NOW })).toMatchObject({ ok: false, code: "PLAN_NOT_PUBLISHED" });
    expect(await assignPlanNewcomers(admin, { planId: nextId, now: NOW })).toEqual({ ok: true, data: { assignments: 1, enrolments: 1 } });
    expect(await assignPlanNewcomers(admin, { planId: nextId, now: NOW })).toEqual({ ok: true, data: { assignments: 0, enrolments: 0 } });
    expect(await fixtureDb.outboundEmail.count({ where: { userId: newcomer.id, kind: "plan.assigned" } })).toBe(1);
    expect(await fixtureDb.enrolment.findUniqueOrThrow({ where: { userId_courseId: { userId: newcomer.id, courseId: course1 } } })).toMatchObject({ source: "PLAN", dueAt: FUTURE });
  });

  test("another ministry's admin can neither see nor change the plan, by any action", async () => {
    const auditBefore = await fixtureDb.auditLog.count();
    const plansBefore = await fixtureDb.capacityBuildingPlan.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, _count: { select: { items: true } } } });
    const latest = await fixtureDb.capacityBuildingPlan.findFirstOrThrow({ where: { organisationId: ministryId, status: "PUBLISHED" } });
    const draftItem = await fixtureDb.planItem.findFirstOrThrow({ where: { planId: latest.id } });
    const denied = { ok: false, code: "PLAN_NOT_FOUND" };

    expect(await createPlan(otherAdmin, { organisationId: ministryId, year: 2027, now: NOW })).toMatchObject(denied);
    expect(await addPlanItem(otherAdmin, item({ planId: latest.id, courseId: course1, designation: "Inspector" }))).toMatchObject(denied);
    expect(await removePlanItem(otherAdmin, { planId: latest.id, itemId: draftItem.id })).toMatchObject(denied);
    expect(await changePlanStatus(otherAdmin, { planId: latest.id, action: "approve" })).toMatchObject(denied);
    expect(await changePlanStatus(otherAdmin, { planId: latest.id, action: "reopen" })).toMatchObject(denied);
    expect(await publishPlan(otherAdmin, { planId: latest.id })).toMatchObject(denied);
    expect(await openPlanVersion(otherAdmin, { planId: latest.id })).toMatchObject(denied);
    expect(await remindOverdueOfficials(otherAdmin, { planId: latest.id, courseId: null })).toMatchObject(denied);
    expect(await assignPlanNewcomers(otherAdmin, { planId: latest.id })).toMatchObject(denied);

    const theirs = await findCompliancePlan(otherAdmin, latest.id);
    expect(theirs.plan).toBeNull();
    expect(theirs.choices).toEqual([]);
    const workspace = await getPlanWorkspace(otherAdmin, latest.id);
    expect(workspace.selected).toBeNull();
    expect(workspace.organisations.map((org) => org.id)).toEqual([elsewhereId]);

    expect(await fixtureDb.auditLog.count()).toBe(auditBefore);
    expect(await fixtureDb.capacityBuildingPlan.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, _count: { select: { items: true } } } })).toEqual(plansBefore);
  });

  test("a programme item assigns each of its courses, to exactly the officials the domain rule targets", async () => {
    const provider = await fixtureDb.provider.findFirstOrThrow({ where: { courses: { some: { id: course1 } } }, select: { id: true } });
    const programme = await fixtureDb.programme.create({
      data: {
        slug: `plan-programme-${Date.now()}`,
        providerId: provider.id,
        title: "Plan programme",
        summary: "Two courses.",
        status: "PUBLISHED",
        publishedAt: NOW,
        courses: { create: [{ courseId: course1, position: 1 }, { courseId: course2, position: 2 }] },
      },
    });
    const created = await createPlan(admin, { organisationId: ministryId, year: 2027, now: NOW });
    const id = created.ok ? created.data.planId : "";
    expect(await addPlanItem(admin, item({ planId: id, programmeId: programme.id, serviceGroup: "B", designation: "Inspector" }))).toMatchObject({ ok: true });
    await changePlanStatus(admin, { planId: id, action: "approve", now: NOW });
    expect(await publishPlan(admin, { planId: id, now: NOW })).toMatchObject({ ok: true, data: { assignments: 2 } });

    const targets = { fracRoleId: null, designation: "Inspector", serviceGroup: "B" as const, officialId: null };
    const people = await fixtureDb.user.findMany({
      where: { id: { in: Object.values(officials) } },
      select: { id: true, status: true, designation: true, group: true, organisation: { select: { ancestors: { select: { ancestorId: true } } } }, fracPosition: { select: { roles: { select: { roleId: true } } } } },
    });
    const expected = people
      .filter((person) =>
        isTargetedBy(
          {
            id: person.id,
            isActive: person.status === "ACTIVE",
            isInPlanSubtree: person.organisation?.ancestors.some((link) => link.ancestorId === ministryId) ?? false,
            fracRoleIds: person.fracPosition?.roles.map((role) => role.roleId) ?? [],
            designation: person.designation,
            serviceGroup: person.group,
          },
          targets,
        ),
      )
      .map((person) => person.id);
    expect(expected).toEqual([officials.roleHolder]);
    const assigned = await fixtureDb.planAssignment.findMany({ where: { planId: id }, select: { userId: true, courseId: true } });
    expect(assigned.map((row) => row.userId)).toEqual([officials.roleHolder, officials.roleHolder]);
    expect(assigned.map((row) => row.courseId).sort()).toEqual([course1, course2].sort());
  });

  test("the official sees every plan course under Assigned: one they had begun themselves, and a face-to-face course waiting for a batch", async () => {
    const provider = await fixtureDb.provider.findFirstOrThrow({ where: { courses: { some: { id: course1 } } }, select: { id: true } });
    const workshop = await createCourse(fixtureDb, { providerId: provider.id, title: "Plan workshop (face to face)", mode: "FACE_TO_FACE", modules: [] });
    const inForce = await fixtureDb.capacityBuildingPlan.findFirstOrThrow({ where: { organisationId: ministryId, year: 2026, status: "PUBLISHED" }, select: { id: true } });
    const opened = await openPlanVersion(admin, { planId: inForce.id, now: NOW });
    const nextId = opened.ok ? opened.data.planId : "";
    expect(await addPlanItem(admin, item({ planId: nextId, courseId: workshop.id, designation: "Inspector", dueAt: FUTURE }))).toMatchObject({ ok: true });
    await changePlanStatus(admin, { planId: nextId, action: "approve", now: NOW });
    expect(await publishPlan(admin, { planId: nextId, now: NOW })).toMatchObject({ ok: true });

    const home = await getLearnerHome(officials.inspector, "assigned");
    expect(home!.enrolments.map((enrolment) => [enrolment.courseTitle, enrolment.source, enrolment.isPlanCourse, enrolment.dueAt])).toEqual([["Plan course two", "SELF", true, PAST]]);
    expect(home!.pendingPlanCourses).toEqual([
      { courseSlug: workshop.slug, courseTitle: "Plan workshop (face to face)", providerName: expect.any(String), mode: "FACE_TO_FACE", dueAt: FUTURE, isOverdue: false },
    ]);
    expect(home!.tabCounts.assigned).toBe(2);
    // Nobody outside the plan has it waiting.
    expect((await getLearnerHome(officials.outsider, "assigned"))!.pendingPlanCourses).toEqual([]);
  });
});

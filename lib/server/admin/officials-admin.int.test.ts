import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type { CurrentUser } from "@/lib/domain/roles";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadSessionUser } from "@/lib/server/auth/load-session-user";
import { createUserSession } from "@/lib/server/auth/user-sessions";
import { completeEnrolmentIfDone } from "@/lib/server/completion/complete-enrolment-if-done";
import { db } from "@/lib/server/db";
import { createCertificate } from "@/lib/server/factories/create-certificate";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createFracPosition } from "@/lib/server/factories/create-frac-position";
import { createFracRole } from "@/lib/server/factories/create-frac-role";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createProvider } from "@/lib/server/factories/create-provider";
import { reconcileReportRollups } from "@/lib/server/reports/reconcile-report-rollups";
import { createOfficialByAdmin } from "./create-official-by-admin";
import { decideProfileChange } from "./decide-profile-change";
import { endOfficialSessions } from "./end-official-sessions";
import { decideRegistration } from "./decide-registration";
import { findOfficials } from "./find-officials";
import { getOfficialForAdmin } from "./get-official-for-admin";
import { listMyProfileChanges, listProfileChangeQueue } from "./list-profile-changes";
import { registerThroughLink } from "./register-through-link";
import { allowRegistrationFrom, REGISTRATIONS_PER_ADDRESS_PER_HOUR } from "./registration-rate-limit";
import { signInLimiters } from "@/lib/server/auth/rate-limit";
import { createRegistrationLink, revokeRegistrationLink } from "./registration-links";
import { requestProfileChange } from "./request-profile-change";
import { setOfficialRoles } from "./set-official-roles";
import { setOfficialStatus } from "./set-official-status";
import { updateOfficial } from "./update-official";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 2 }) });

type Org = { id: string };
let ministry: Org, department: Org, office: Org, otherMinistry: Org, otherOffice: Org;
let admin: CurrentUser;
let otherAdmin: CurrentUser;
let learner: CurrentUser;

async function adminOf(organisationId: string, name: string): Promise<CurrentUser> {
  const user = await createOfficial(fixtureDb, { name, organisationId, roles: [{ role: "LEARNER" }, { role: "MDO_ADMIN", organisationId }] });
  return { id: user.id, name: user.name, email: user.email, organisationId, preferredLanguage: "EN", grants: [{ role: "MDO_ADMIN", organisationId, providerId: null }] };
}

function fields(organisationId: string, extra: Partial<{ designation: string | null; reportingOfficerId: string | null; fracPositionId: string | null }> = {}) {
  return { name: "Edited Name", designation: null, group: null, serviceCadre: null, organisationId, fracPositionId: null, reportingOfficerId: null, ...extra };
}

beforeAll(async () => {
  ministry = await createOrganisation(fixtureDb, { kind: "MINISTRY", name: "Ministry of Officials Admin" });
  department = await createOrganisation(fixtureDb, { kind: "DEPARTMENT", parentId: ministry.id, name: "Department of Officials" });
  office = await createOrganisation(fixtureDb, { parentId: department.id, name: "Officials Office" });
  otherMinistry = await createOrganisation(fixtureDb, { kind: "MINISTRY", name: "Ministry Far Away" });
  otherOffice = await createOrganisation(fixtureDb, { parentId: otherMinistry.id, name: "Far Office" });
  admin = await adminOf(ministry.id, "Admin Of Ministry");
  otherAdmin = await adminOf(otherMinistry.id, "Admin Far Away");
  const plain = await createOfficial(fixtureDb, { organisationId: office.id, name: "Plain Learner" });
  learner = { id: plain.id, name: plain.name, email: plain.email, organisationId: office.id, preferredLanguage: "EN", grants: [{ role: "LEARNER", organisationId: null, providerId: null }] };
});

afterAll(async () => {
  await signInLimiters().pool.end();
  await fixtureDb.$disconnect();
});

describe("finding officials", () => {
  test("pages by keyset through the subtree only, with filters", async () => {
    const names = ["Kavya A", "Kavya B", "Kavya C", "Kavya D", "Kavya E"];
    for (const name of names) await createOfficial(fixtureDb, { name, organisationId: office.id, designation: "Assistant Section Officer", group: "B" });
    await createOfficial(fixtureDb, { name: "Kavya Outside", organisationId: otherOffice.id, designation: "Assistant Section Officer" });

    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page += 1) {
      const result = await findOfficials(admin, { q: "kavya", ...(after && { after }) }, 2);
      seen.push(...result.officials.map((official) => official.name));
      if (!result.nextCursor) break;
      after = result.nextCursor;
    }
    expect(seen).toEqual(names);

    const filtered = await findOfficials(admin, { q: "kavya", designation: "assistant", group: "B", organisationId: department.id, status: "ACTIVE" });
    expect(filtered.officials).toHaveLength(5);
    expect((await findOfficials(admin, { organisationId: otherMinistry.id })).officials).toEqual([]);
    expect((await findOfficials(otherAdmin, { q: "kavya" })).officials.map((official) => official.name)).toEqual(["Kavya Outside"]);
  });
});

describe("editing and suspending", () => {
  test("an edit is audited field by field; bad references are field errors and change nothing", async () => {
    const official = await createOfficial(fixtureDb, { name: "Ravi Edit", organisationId: office.id, designation: "Clerk" });
    const outsiderOfficer = await createOfficial(fixtureDb, { organisationId: otherOffice.id });
    const foreignPost = await createFracPosition(fixtureDb, { organisationId: otherOffice.id });

    const refused = await updateOfficial(admin, { officialId: official.id, ...fields(otherOffice.id, { reportingOfficerId: outsiderOfficer.id, fracPositionId: foreignPost.id }) });
    expect(refused).toEqual({
      status: "INVALID",
      fieldErrors: {
        organisationId: ["Choose an organisation you administer."],
        fracPositionId: ["Choose a FRAC post of an organisation you administer."],
        reportingOfficerId: ["Choose a reporting officer from your organisation."],
      },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: official.id }, select: { name: true } })).toEqual({ name: "Ravi Edit" });

    const self = await updateOfficial(admin, { officialId: official.id, ...fields(office.id, { reportingOfficerId: official.id }) });
    expect(self).toMatchObject({ status: "INVALID", fieldErrors: { reportingOfficerId: ["An official cannot be their own reporting officer."] } });

    const saved = await updateOfficial(admin, { officialId: official.id, ...fields(department.id, { designation: "Senior Clerk", reportingOfficerId: admin.id }) });
    expect(saved).toMatchObject({ status: "SAVED" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: official.id, action: "official.updated" } });
    expect(audit).toMatchObject({ actorId: admin.id, organisationId: department.id });
    expect((audit.details as { changes: { field: string }[] }).changes.map((change) => change.field)).toEqual(["name", "designation", "organisationId", "reportingOfficerId"]);

    const loop = await updateOfficial(admin, { officialId: admin.id, ...fields(ministry.id, { reportingOfficerId: official.id }) });
    expect(loop).toMatchObject({ status: "INVALID", fieldErrors: { reportingOfficerId: [expect.stringContaining("circle")] } });
  });

  test("suspension ends the official's sessions on their next request; reactivation lets them sign in again", async () => {
    const official = await createOfficial(fixtureDb, { organisationId: office.id });
    const claims = { userId: official.id, sessionVersion: official.sessionVersion, sessionId: await createUserSession(db, { userId: official.id, ip: null, userAgent: null }) };
    expect(await loadSessionUser(claims)).not.toBeNull();

    expect(await setOfficialStatus(admin, { officialId: official.id, status: "SUSPENDED" })).toEqual({ status: "CHANGED" });
    expect(await loadSessionUser(claims)).toBeNull();
    expect(await setOfficialStatus(admin, { officialId: official.id, status: "SUSPENDED" })).toEqual({ status: "UNCHANGED" });
    expect(await setOfficialStatus(admin, { officialId: admin.id, status: "SUSPENDED" })).toMatchObject({ status: "REFUSED" });

    expect(await setOfficialStatus(admin, { officialId: official.id, status: "ACTIVE" })).toEqual({ status: "CHANGED" });
    const fresh = await db.user.findUniqueOrThrow({ where: { id: official.id }, select: { sessionVersion: true } });
    // The old session stays ended; a new sign-in carries the new version.
    expect(await loadSessionUser(claims)).toBeNull();
    const signedInAgain = await createUserSession(db, { userId: official.id, ip: null, userAgent: null });
    expect(await loadSessionUser({ userId: official.id, sessionVersion: fresh.sessionVersion, sessionId: signedInAgain })).not.toBeNull();
    expect(await db.auditLog.count({ where: { entityId: official.id, action: { in: ["official.suspended", "official.reactivated"] } } })).toBe(2);
  });

  test("an admin ends every session of an official of the subtree, audited; outside it the official is not found", async () => {
    const official = await createOfficial(fixtureDb, { organisationId: office.id });
    const open = () => createUserSession(db, { userId: official.id, ip: null, userAgent: null });
    const sessions = [await open(), await open()];
    const claims = (sessionId: string) => ({ userId: official.id, sessionVersion: official.sessionVersion, sessionId });
    expect(await loadSessionUser(claims(sessions[0] ?? ""))).not.toBeNull();

    expect(await endOfficialSessions(otherAdmin, { officialId: official.id })).toEqual({ status: "NOT_FOUND" });
    expect(await loadSessionUser(claims(sessions[0] ?? ""))).not.toBeNull();
    expect(await endOfficialSessions(learner, { officialId: official.id })).toEqual({ status: "NOT_FOUND" });

    expect(await endOfficialSessions(admin, { officialId: official.id })).toEqual({ status: "ENDED", sessionsEnded: 2 });
    for (const sessionId of sessions) expect(await loadSessionUser(claims(sessionId))).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: official.id, action: "official.sessions_ended" }, select: { actorId: true, organisationId: true, details: true } });
    expect(audit).toEqual([{ actorId: admin.id, organisationId: office.id, details: { sessionsEnded: 2 } }]);
    // They can sign in again at once.
    const fresh = await db.user.findUniqueOrThrow({ where: { id: official.id }, select: { sessionVersion: true } });
    expect(await loadSessionUser({ userId: official.id, sessionVersion: fresh.sessionVersion, sessionId: await open() })).not.toBeNull();
  });

  test("roles granted within the subtree end the official's sessions; grants elsewhere are left alone", async () => {
    const official = await createOfficial(fixtureDb, { organisationId: office.id, roles: [{ role: "LEARNER" }, { role: "MDO_ADMIN", organisationId: otherOffice.id }] });
    const claims = { userId: official.id, sessionVersion: official.sessionVersion, sessionId: await createUserSession(db, { userId: official.id, ip: null, userAgent: null }) };
    expect(await setOfficialRoles(admin, { officialId: official.id, isOrganisationAdmin: true, isReviewer: true })).toEqual({ status: "SAVED", changed: true });
    expect(await loadSessionUser(claims)).toBeNull();
    const grants = async () => (await db.userRole.findMany({ where: { userId: official.id }, select: { role: true, organisationId: true } })).map((grant) => `${grant.role}:${grant.organisationId ?? "-"}`).sort();
    expect(await grants()).toEqual(["CONTENT_REVIEWER:-", `LEARNER:-`, `MDO_ADMIN:${office.id}`, `MDO_ADMIN:${otherOffice.id}`].sort());
    expect(await setOfficialRoles(admin, { officialId: official.id, isOrganisationAdmin: false, isReviewer: false })).toEqual({ status: "SAVED", changed: true });
    expect(await grants()).toEqual(["LEARNER:-", `MDO_ADMIN:${otherOffice.id}`].sort());
    expect(await setOfficialRoles(admin, { officialId: admin.id, isOrganisationAdmin: false, isReviewer: false })).toMatchObject({ status: "REFUSED" });
    expect(await db.auditLog.count({ where: { entityId: official.id, action: "official.roles_changed" } })).toBe(2);
  });

  test("a created official gets a one-time password; a second account with the email is a field error", async () => {
    const input = { ...fields(office.id), name: "New Person", email: `new.person.${Date.now()}@test.kaushal.gov.in` };
    const created = await createOfficialByAdmin(admin, input);
    expect(created).toMatchObject({ status: "CREATED", oneTimePassword: expect.any(String) });
    // Someone else has seen that password: the official must choose their own at first sign-in.
    const officialId = created.status === "CREATED" ? created.officialId : "";
    expect(await db.user.findUniqueOrThrow({ where: { id: officialId }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: true });
    expect(await createOfficialByAdmin(admin, input)).toEqual({ status: "INVALID", fieldErrors: { email: ["An account with this email already exists."] } });
  });
});

describe("transfers", () => {
  test("an approved transfer keeps the official's history and every roll-up reconciles", async () => {
    const competency = await createCompetency(fixtureDb, { name: "Transfers competency" });
    const role = await createFracRole(fixtureDb, { requirements: [{ competencyId: competency.id, requiredLevel: 2 }] });
    const fromPost = await createFracPosition(fixtureDb, { organisationId: office.id, roleIds: [role.id] });
    const toPost = await createFracPosition(fixtureDb, { organisationId: department.id, roleIds: [role.id] });
    const provider = await createProvider(fixtureDb);
    const course = await createCourse(fixtureDb, {
      providerId: provider.id,
      status: "PUBLISHED",
      competencies: [{ competencyId: competency.id, level: 1 }],
      modules: [{ title: "Module", lessons: [{ type: "TEXT", title: "Lesson", durationSeconds: 60, body: "Text" }] }],
    });
    const official = await createOfficial(fixtureDb, { organisationId: office.id, fracPositionId: fromPost.id, designation: "Section Officer", group: "B", reportingOfficerId: admin.id });
    const enrolment = await createEnrolment(fixtureDb, { userId: official.id, courseId: course.id, completedLessons: 0 });
    const lessons = await fixtureDb.lesson.findMany({ where: { courseId: course.id }, select: { id: true } });
    await fixtureDb.lessonProgress.createMany({
      data: lessons.map((lesson) => ({ enrolmentId: enrolment.id, lessonId: lesson.id, userId: official.id, status: "COMPLETED" as const, completedAt: new Date() })),
      skipDuplicates: true,
    });
    await db.$transaction((tx) => completeEnrolmentIfDone(tx, { enrolmentId: enrolment.id, now: new Date() }));
    await createCertificate(fixtureDb, { enrolmentId: enrolment.id });
    const history = async () => ({
      enrolments: await db.enrolment.count({ where: { userId: official.id, status: "COMPLETED" } }),
      certificates: await db.certificate.count({ where: { userId: official.id } }),
      passbook: await db.passbookEntry.count({ where: { userId: official.id } }),
      held: await db.officialCompetency.findMany({ where: { userId: official.id }, select: { competencyId: true, level: true } }),
    });
    const before = await history();
    expect(before.enrolments).toBe(1);

    const requested = await requestProfileChange(official.id, { toOrganisationId: department.id, designation: "Under Secretary", fracPositionId: toPost.id, note: "Promoted" });
    expect(requested).toMatchObject({ status: "REQUESTED" });
    expect(await requestProfileChange(official.id, { toOrganisationId: department.id, designation: "Again", fracPositionId: null, note: null })).toEqual({ status: "ALREADY_PENDING" });
    if (requested.status !== "REQUESTED") throw new Error("unreachable");

    // Only the receiving organisation's admin sees and decides it.
    expect((await listProfileChangeQueue(otherAdmin)).pending).toEqual([]);
    expect(await decideProfileChange(otherAdmin, { requestId: requested.requestId, decision: "APPROVE", reason: null })).toEqual({ status: "NOT_FOUND" });
    expect((await listProfileChangeQueue(admin)).pending.map((item) => item.id)).toContain(requested.requestId);

    expect(await decideProfileChange(admin, { requestId: requested.requestId, decision: "APPROVE", reason: null })).toEqual({ status: "APPROVED" });
    expect(await decideProfileChange(admin, { requestId: requested.requestId, decision: "REJECT", reason: "late" })).toEqual({ status: "ALREADY_DECIDED" });

    expect(await db.user.findUniqueOrThrow({ where: { id: official.id }, select: { organisationId: true, designation: true, fracPositionId: true, reportingOfficerId: true } })).toEqual({
      organisationId: department.id,
      designation: "Under Secretary",
      fracPositionId: toPost.id,
      reportingOfficerId: null,
    });
    expect(await history()).toEqual(before);
    expect((await listMyProfileChanges(official.id))[0]).toMatchObject({ id: requested.requestId, status: "APPROVED" });
    expect(await reconcileReportRollups(db)).toEqual([]);

    // A rejection needs a reason, and the official sees it.
    const second = await requestProfileChange(official.id, { toOrganisationId: otherOffice.id, designation: null, fracPositionId: null, note: null });
    if (second.status !== "REQUESTED") throw new Error("expected a request");
    expect(await decideProfileChange(admin, { requestId: second.requestId, decision: "REJECT", reason: "x" })).toEqual({ status: "NOT_FOUND" });
    expect(await decideProfileChange(otherAdmin, { requestId: second.requestId, decision: "REJECT", reason: null })).toEqual({ status: "REASON_REQUIRED" });
    expect(await decideProfileChange(otherAdmin, { requestId: second.requestId, decision: "REJECT", reason: "No vacancy" })).toEqual({ status: "REJECTED" });
    expect((await listMyProfileChanges(official.id))[0]).toMatchObject({ status: "REJECTED", decisionReason: "No vacancy" });
    expect(await db.user.findUniqueOrThrow({ where: { id: official.id }, select: { organisationId: true } })).toEqual({ organisationId: department.id });
  });
});

describe("self-registration", () => {
  test("registrants wait for approval; approved ones become learners of the organisation; closed links refuse", async () => {
    const link = await createRegistrationLink(admin, { organisationId: office.id, days: 7 });
    if (link.status !== "CREATED") throw new Error("expected a link");
    const email = `registrant.${Date.now()}@test.kaushal.gov.in`;
    const input = { token: link.token, name: "Meera Registrant", email, designation: "Assistant", password: "Register-Me-2026" };
    expect(await registerThroughLink(input)).toEqual({ status: "REGISTERED" });
    expect(await registerThroughLink(input)).toMatchObject({ status: "INVALID", fieldErrors: { email: [expect.stringContaining("already waiting")] } });
    expect(await db.user.count({ where: { email } })).toBe(0);

    const request = await db.registrationRequest.findFirstOrThrow({ where: { email }, select: { id: true } });
    expect(await decideRegistration(otherAdmin, { requestId: request.id, decision: "APPROVE", reason: null })).toEqual({ status: "NOT_FOUND" });
    expect(await decideRegistration(admin, { requestId: request.id, decision: "APPROVE", reason: null })).toEqual({ status: "APPROVED" });
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { organisationId: true, status: true, roles: { select: { role: true } } } });
    expect(user).toEqual({ organisationId: office.id, status: "ACTIVE", roles: [{ role: "LEARNER" }] });
    expect(await decideRegistration(admin, { requestId: request.id, decision: "REJECT", reason: "late" })).toEqual({ status: "ALREADY_DECIDED" });

    expect(await revokeRegistrationLink(admin, link.id)).toEqual({ status: "REVOKED" });
    expect(await registerThroughLink({ ...input, email: `other.${email}` })).toEqual({ status: "LINK_CLOSED" });
    const expired = await createRegistrationLink(admin, { organisationId: office.id, days: 1 });
    if (expired.status !== "CREATED") throw new Error("expected a link");
    expect(await registerThroughLink({ ...input, token: expired.token, email: `late.${email}` }, new Date(Date.now() + 2 * 86_400_000))).toEqual({ status: "LINK_CLOSED" });
  });
});

describe("races and floods", () => {
  test("two admins deciding one transfer at once: one decision is recorded", async () => {
    const secondAdmin = await adminOf(ministry.id, "Second Admin Of Ministry");
    const official = await createOfficial(fixtureDb, { organisationId: office.id });
    const requested = await requestProfileChange(official.id, { toOrganisationId: department.id, designation: "Race Officer", fracPositionId: null, note: null });
    if (requested.status !== "REQUESTED") throw new Error("expected a request");
    const results = await Promise.all([
      decideProfileChange(admin, { requestId: requested.requestId, decision: "APPROVE", reason: null }),
      decideProfileChange(secondAdmin, { requestId: requested.requestId, decision: "REJECT", reason: "No post" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["ALREADY_DECIDED", expect.stringMatching(/^(APPROVED|REJECTED)$/)].sort());
    expect(await db.auditLog.count({ where: { entityId: requested.requestId, action: { in: ["profile_change.approved", "profile_change.rejected"] } } })).toBe(1);
  });

  test("a registration approved twice at once creates one account", async () => {
    const link = await createRegistrationLink(admin, { organisationId: office.id, days: 7 });
    if (link.status !== "CREATED") throw new Error("expected a link");
    const email = `race.${Date.now()}@test.kaushal.gov.in`;
    await registerThroughLink({ token: link.token, name: "Race Registrant", email, designation: null, password: "Race-Pass-2026" });
    const request = await db.registrationRequest.findFirstOrThrow({ where: { email }, select: { id: true } });
    const results = await Promise.all([1, 2].map(() => decideRegistration(admin, { requestId: request.id, decision: "APPROVE", reason: null })));
    expect(results.map((result) => result.status).sort()).toEqual(["ALREADY_DECIDED", "APPROVED"]);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  test("one address may register only so many people an hour", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let attempt = 0; attempt < REGISTRATIONS_PER_ADDRESS_PER_HOUR; attempt += 1) expect(await allowRegistrationFrom(address)).toBe(true);
    expect(await allowRegistrationFrom(address)).toBe(false);
    expect(await allowRegistrationFrom("198.51.100.7")).toBe(true);
  });
});

/**
 * Every admin action, tried by an admin of another ministry and by a plain learner against an
 * object in this ministry: each must be refused and change nothing.
 */
describe("authorisation matrix", () => {
  type Attempt = { action: string; run: (actor: CurrentUser) => Promise<unknown>; refused: (result: unknown) => boolean };
  let target: { id: string };
  let changeId = "";
  let registrationId = "";
  let linkId = "";
  const notFound = (result: unknown) => (result as { status: string }).status === "NOT_FOUND";
  const invalidOrg = (result: unknown) => (result as { status: string; fieldErrors?: { organisationId?: unknown } }).status === "INVALID" && !!(result as { fieldErrors: { organisationId?: unknown } }).fieldErrors.organisationId;

  beforeAll(async () => {
    target = await createOfficial(fixtureDb, { organisationId: office.id, name: "Matrix Target" });
    const mover = await createOfficial(fixtureDb, { organisationId: otherOffice.id });
    const change = await requestProfileChange(mover.id, { toOrganisationId: office.id, designation: null, fracPositionId: null, note: null });
    if (change.status !== "REQUESTED") throw new Error("expected a request");
    changeId = change.requestId;
    const link = await createRegistrationLink(admin, { organisationId: office.id, days: 7 });
    if (link.status !== "CREATED") throw new Error("expected a link");
    linkId = link.id;
    await registerThroughLink({ token: link.token, name: "Matrix Registrant", email: `matrix.${Date.now()}@test.kaushal.gov.in`, designation: null, password: "Matrix-Pass-2026" });
    registrationId = (await db.registrationRequest.findFirstOrThrow({ where: { linkId }, select: { id: true } })).id;
  });

  const ATTEMPTS: Attempt[] = [
    { action: "find officials", run: (actor) => findOfficials(actor, { q: "Matrix Target" }), refused: (result) => (result as { officials: unknown[] }).officials.length === 0 },
    { action: "open an official", run: (actor) => getOfficialForAdmin(actor, target.id), refused: (result) => result === null },
    { action: "edit an official", run: (actor) => updateOfficial(actor, { officialId: target.id, ...fields(otherOffice.id) }), refused: notFound },
    { action: "grant an official roles", run: (actor) => setOfficialRoles(actor, { officialId: target.id, isOrganisationAdmin: true, isReviewer: true }), refused: notFound },
    { action: "suspend an official", run: (actor) => setOfficialStatus(actor, { officialId: target.id, status: "SUSPENDED" }), refused: notFound },
    { action: "create an official here", run: (actor) => createOfficialByAdmin(actor, { ...fields(office.id), email: `x.${Date.now()}@test.kaushal.gov.in` }), refused: invalidOrg },
    { action: "approve a transfer into here", run: (actor) => decideProfileChange(actor, { requestId: changeId, decision: "APPROVE", reason: null }), refused: notFound },
    { action: "create a registration link here", run: (actor) => createRegistrationLink(actor, { organisationId: office.id, days: 7 }), refused: notFound },
    { action: "revoke a registration link", run: (actor) => revokeRegistrationLink(actor, linkId), refused: notFound },
    { action: "approve a registration", run: (actor) => decideRegistration(actor, { requestId: registrationId, decision: "APPROVE", reason: null }), refused: notFound },
  ];

  test.each(ATTEMPTS.flatMap((attempt) => [
    { ...attempt, who: "another ministry's admin" },
    { ...attempt, who: "a plain learner" },
  ]))("$who cannot $action", async ({ run, refused, who }) => {
    const actor = who === "a plain learner" ? learner : otherAdmin;
    expect(refused(await run(actor))).toBe(true);
  });

  test("nothing changed", async () => {
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { status: true, organisationId: true, name: true } })).toEqual({ status: "ACTIVE", organisationId: office.id, name: "Matrix Target" });
    expect(await db.userRole.findMany({ where: { userId: target.id }, select: { role: true } })).toEqual([{ role: "LEARNER" }]);
    expect(await db.profileChangeRequest.findUniqueOrThrow({ where: { id: changeId }, select: { status: true } })).toEqual({ status: "PENDING" });
    expect(await db.registrationRequest.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true } })).toEqual({ status: "PENDING" });
    expect(await db.registrationLink.findUniqueOrThrow({ where: { id: linkId }, select: { revokedAt: true } })).toEqual({ revokedAt: null });
  });
});

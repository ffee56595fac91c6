import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import type { CurrentUser } from "@/lib/domain/roles";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createProvider } from "@/lib/server/factories/create-provider";
import { completeLesson } from "@/lib/server/progress/complete-lesson";
import { recordActivePing } from "@/lib/server/progress/record-active-ping";
import { countOpenIntegrityFlags, listIntegrityFlags } from "./list-integrity-flags";
import { reviewIntegrityFlag } from "./review-integrity-flag";
import { createAuthorisedAction } from "@/lib/server/auth/authorised-action";
import { ok } from "@/lib/domain/action-result";
import { reviewFlagSchema } from "@/app/(admin)/admin/integrity/actions.schema";

// Flags are made the way the app makes them: an official asks to complete a reading seconds
// after opening it. Admins then see and close only the flags of their own subtree.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
afterAll(() => fixtureDb.$disconnect());

const T0 = new Date("2026-11-23T03:30:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let ministryId = "";
let elsewhereId = "";
let lessonId = "";
let courseId = "";

function admin(id: string, organisationId: string): CurrentUser {
  return { id, name: "Admin", email: `${id}@test.gov.in`, organisationId, preferredLanguage: "EN", grants: [{ role: "MDO_ADMIN", organisationId, providerId: null }] };
}

async function flaggedOfficial(organisationId: string, name: string) {
  const official = await createOfficial(fixtureDb, { name, organisationId });
  const enrolment = await createEnrolment(fixtureDb, { userId: official.id, courseId });
  await recordActivePing({ userId: official.id, lessonId, now: at(0) });
  const refusal = await completeLesson({ userId: official.id, lessonId, now: at(3) });
  expect(refusal).toMatchObject({ ok: false, isFlagged: true });
  const flag = await fixtureDb.integrityFlag.findFirstOrThrow({ where: { userId: official.id } });
  return { official, enrolment, flag };
}

beforeAll(async () => {
  const ministry = await createOrganisation(fixtureDb, { name: "Ministry of Integrity Tests" });
  const department = await createOrganisation(fixtureDb, { name: "Department of Reviews", parentId: ministry.id, kind: "DEPARTMENT" });
  const elsewhere = await createOrganisation(fixtureDb, { name: "Ministry Elsewhere" });
  ministryId = ministry.id;
  elsewhereId = elsewhere.id;
  const provider = await createProvider(fixtureDb);
  const course = await createCourse(fixtureDb, {
    providerId: provider.id,
    modules: [{ title: "M", lessons: [{ type: "TEXT", title: "A long read", durationSeconds: 600, body: "word ".repeat(800) }] }],
  });
  courseId = course.id;
  lessonId = (await fixtureDb.lesson.findFirstOrThrow({ where: { courseId }, select: { id: true } })).id;
  // The department sits under the ministry: its officials are in the ministry admin's subtree.
  await flaggedOfficial(department.id, "Devika Subtree");
});

describe("integrity flag review", () => {
  test("an admin lists the open flags of their subtree only, with the evidence", async () => {
    const outside = await flaggedOfficial(elsewhereId, "Omkar Outside");
    const reviewer = await createOfficial(fixtureDb, { organisationId: ministryId });
    const page = await listIntegrityFlags(admin(reviewer.id, ministryId), { filter: "open", page: 1 });

    const names = page.rows.map((row) => row.official.name);
    expect(names).toContain("Devika Subtree");
    expect(names).not.toContain("Omkar Outside");
    expect(page.total).toBe(page.rows.length);
    const row = page.rows.find((entry) => entry.official.name === "Devika Subtree");
    expect(row).toMatchObject({ lesson: { title: "A long read", type: "TEXT" }, review: null, details: expect.objectContaining({ secondsSpent: expect.any(Number) }) });
    expect(await countOpenIntegrityFlags(admin(reviewer.id, ministryId))).toBe(page.total);

    // Another ministry's admin sees theirs, not ours.
    const otherAdmin = await createOfficial(fixtureDb, { organisationId: elsewhereId });
    const theirs = await listIntegrityFlags(admin(otherAdmin.id, elsewhereId), { filter: "open", page: 1 });
    expect(theirs.rows.map((r) => r.id)).toEqual([outside.flag.id]);
  });

  test("reviewing closes the flag once, with outcome, reviewer and an audit entry, and re-arms flagging", async () => {
    const { official, enrolment, flag } = await flaggedOfficial(ministryId, "Esha Reviewed");
    const reviewer = await createOfficial(fixtureDb, { name: "Farhan Reviewer", organisationId: ministryId });
    const as = admin(reviewer.id, ministryId);

    const [first, second] = await Promise.all([
      reviewIntegrityFlag(as, { flagId: flag.id, outcome: "FOLLOWED_UP", note: "Spoke to the official.", now: at(60) }),
      reviewIntegrityFlag(as, { flagId: flag.id, outcome: "NO_CONCERN", note: null, now: at(61) }),
    ]);
    expect([first.status, second.status].sort()).toEqual(["ALREADY_REVIEWED", "REVIEWED"]);

    const stored = await fixtureDb.integrityFlag.findUniqueOrThrow({ where: { id: flag.id } });
    expect(stored.resolvedById).toBe(reviewer.id);
    expect(stored.resolvedAt).not.toBeNull();
    expect(await fixtureDb.auditLog.count({ where: { entityType: "IntegrityFlag", entityId: flag.id, action: "integrity_flag.reviewed" } })).toBe(1);
    const progress = await fixtureDb.lessonProgress.findUniqueOrThrow({ where: { enrolmentId_lessonId: { enrolmentId: enrolment.id, lessonId } } });
    expect(progress.isFlagged).toBe(false);

    const reviewed = await listIntegrityFlags(as, { filter: "reviewed", page: 1 });
    expect(reviewed.rows.find((row) => row.id === flag.id)?.review).toMatchObject({ reviewerName: "Farhan Reviewer", outcome: stored.outcome });
    expect((await listIntegrityFlags(as, { filter: "open", page: 1 })).rows.map((row) => row.id)).not.toContain(flag.id);

    // A fresh implausible request after the review is flagged again rather than hidden.
    await completeLesson({ userId: official.id, lessonId, now: at(90) });
    expect(await fixtureDb.integrityFlag.count({ where: { userId: official.id, resolvedAt: null } })).toBe(1);
  });

  test("a flag outside the reviewer's subtree is not found and stays open", async () => {
    const { flag } = await flaggedOfficial(elsewhereId, "Gauri Elsewhere");
    const reviewer = await createOfficial(fixtureDb, { organisationId: ministryId });
    await expect(reviewIntegrityFlag(admin(reviewer.id, ministryId), { flagId: flag.id, outcome: "NO_CONCERN", note: null })).resolves.toEqual({ status: "NOT_FOUND" });
    // An analyst reads the whole government but manages nothing.
    const analyst: CurrentUser = { ...admin(reviewer.id, ministryId), grants: [{ role: "CBC_ANALYST", organisationId: null, providerId: null }] };
    await expect(reviewIntegrityFlag(analyst, { flagId: flag.id, outcome: "NO_CONCERN", note: null })).resolves.toEqual({ status: "NOT_FOUND" });
    expect((await fixtureDb.integrityFlag.findUniqueOrThrow({ where: { id: flag.id } })).resolvedAt).toBeNull();
  });

  // Regression: a NUL in the note passed the form's schema and PostgreSQL refused it (text and
  // jsonb cannot hold U+0000), so the review action answered 500.
  test("a note with a NUL or another control character is a field error and the flag stays open", async () => {
    const { flag } = await flaggedOfficial(ministryId, "Ila Control");
    const reviewer = await createOfficial(fixtureDb, { organisationId: ministryId });
    const reviewAs = createAuthorisedAction(async () => admin(reviewer.id, ministryId))("org:officials:manage", reviewFlagSchema, async (input, user) =>
      ok(await reviewIntegrityFlag(user, { flagId: input.flagId, outcome: input.outcome, note: input.note })),
    );
    for (const note of ["Spoke to\u0000 the official", "\u001b[2J cleared", "bell\u0007"]) {
      const form = new FormData();
      form.set("flagId", flag.id);
      form.set("outcome", "FOLLOWED_UP");
      form.set("note", note);
      await expect(reviewAs(form)).resolves.toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { note: [expect.any(String)] } });
    }
    expect((await fixtureDb.integrityFlag.findUniqueOrThrow({ where: { id: flag.id } })).resolvedAt).toBeNull();
    expect(await fixtureDb.auditLog.count({ where: { entityType: "IntegrityFlag", entityId: flag.id } })).toBe(0);

    const lineBreaks = new FormData();
    lineBreaks.set("flagId", flag.id);
    lineBreaks.set("outcome", "FOLLOWED_UP");
    lineBreaks.set("note", "Spoke to the official.\r\n\tAll fine.");
    await expect(reviewAs(lineBreaks)).resolves.toEqual({ ok: true, data: { status: "REVIEWED" } });
  });

  test("the database refuses a review without an outcome", async () => {
    const { flag } = await flaggedOfficial(ministryId, "Hari Constraint");
    await expect(fixtureDb.integrityFlag.update({ where: { id: flag.id }, data: { resolvedAt: new Date() } })).rejects.toThrow();
  });
});

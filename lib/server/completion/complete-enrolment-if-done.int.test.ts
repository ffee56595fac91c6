import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { isValidCertificateCode } from "@/lib/domain/learning/certificate-code";
import { KARMA_RULES, NON_PLAN_COURSES_PER_MONTH } from "@/lib/domain/learning/karma-points";
import { VERBS } from "@/lib/domain/learning/xapi";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { completeEnrolmentIfDone } from "./complete-enrolment-if-done";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

let courseId = "";
let lessonIds: string[] = [];
let advancedId = "";
let newSkillId = "";

/** An enrolment with every lesson done but not yet marked COMPLETED: what a last lesson leaves behind. */
async function doneButNotCompleted(options: { source?: "SELF" | "PLAN" } = {}) {
  const official = await createOfficial(fixtureDb);
  const enrolment = await createEnrolment(fixtureDb, { userId: official.id, courseId, completedLessons: 0, source: options.source });
  await fixtureDb.lessonProgress.createMany({
    data: lessonIds.map((lessonId) => ({ enrolmentId: enrolment.id, lessonId, userId: official.id, status: "COMPLETED" as const, completedAt: new Date() })),
  });
  return { userId: official.id, enrolmentId: enrolment.id };
}

function complete(enrolmentId: string) {
  return db.$transaction((tx) => completeEnrolmentIfDone(tx, { enrolmentId, now: new Date() }));
}

beforeAll(async () => {
  const provider = await createProvider(fixtureDb);
  const [advanced, newSkill] = await Promise.all([createCompetency(fixtureDb), createCompetency(fixtureDb)]);
  advancedId = advanced.id;
  newSkillId = newSkill.id;
  const course = await createCourse(fixtureDb, {
    providerId: provider.id,
    competencies: [
      { competencyId: advancedId, level: 2 },
      { competencyId: newSkillId, level: 3 },
    ],
    modules: [
      {
        title: "Module",
        lessons: [
          { type: "TEXT", title: "One", durationSeconds: 60, body: "One" },
          { type: "TEXT", title: "Two", durationSeconds: 60, body: "Two" },
        ],
      },
    ],
  });
  courseId = course.id;
  lessonIds = (await fixtureDb.lesson.findMany({ where: { courseId }, select: { id: true } })).map((lesson) => lesson.id);
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("completeEnrolmentIfDone", () => {
  test("does nothing while a required lesson is left", async () => {
    const official = await createOfficial(fixtureDb);
    const enrolment = await createEnrolment(fixtureDb, { userId: official.id, courseId, completedLessons: 1 });
    expect(await complete(enrolment.id)).toEqual({ completed: false });
    expect((await fixtureDb.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).status).toBe("IN_PROGRESS");
    expect(await fixtureDb.certificate.count({ where: { enrolmentId: enrolment.id } })).toBe(0);
  });

  // Guards the race between a lesson completion and an assessment pass finishing the course together.
  test("run twice concurrently and once more, it completes once: one certificate, one set of evidence, karma once", async () => {
    const { userId, enrolmentId } = await doneButNotCompleted();
    // The official already holds the course's first competency at a higher level, on a training
    // institute's record (the evidence the held level comes from, so the roll-ups reconcile).
    await fixtureDb.passbookEntry.create({ data: { userId, competencyId: advancedId, level: 4, source: "INSTITUTE", evidence: "Induction training at the institute." } });
    await fixtureDb.officialCompetency.create({ data: { userId, competencyId: advancedId, level: 4 } });

    const results = await Promise.all([complete(enrolmentId), complete(enrolmentId)]);
    const again = await complete(enrolmentId);
    const winners = results.filter((result) => result.completed);
    expect(winners).toHaveLength(1);
    expect(again).toEqual({ completed: false });

    const certificates = await fixtureDb.certificate.findMany({ where: { enrolmentId } });
    expect(certificates).toHaveLength(1);
    expect(certificates[0]!.code).toBe(winners[0]!.certificateCode);
    expect(isValidCertificateCode(certificates[0]!.code)).toBe(true);

    const enrolment = await fixtureDb.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
    expect(enrolment).toMatchObject({ status: "COMPLETED", progressPercent: 100 });
    expect(enrolment.completedAt).not.toBeNull();

    const entries = await fixtureDb.passbookEntry.findMany({ where: { userId, source: "COURSE" }, orderBy: { level: "asc" } });
    expect(entries.map((entry) => [entry.competencyId, entry.level, entry.source, entry.evidenceRef])).toEqual([
      [advancedId, 2, "COURSE", certificates[0]!.id],
      [newSkillId, 3, "COURSE", certificates[0]!.id],
    ]);
    const levels = await fixtureDb.officialCompetency.findMany({ where: { userId } });
    expect(Object.fromEntries(levels.map((row) => [row.competencyId, row.level]))).toEqual({ [advancedId]: 4, [newSkillId]: 3 });

    expect(await fixtureDb.karmaAward.findMany({ where: { userId }, select: { rule: true, points: true } })).toEqual([
      { rule: "COURSE_COMPLETED", points: KARMA_RULES.COURSE_COMPLETED.points },
    ]);
    expect((await fixtureDb.user.findUniqueOrThrow({ where: { id: userId } })).karmaPoints).toBe(KARMA_RULES.COURSE_COMPLETED.points);
    expect(await fixtureDb.learningRecord.count({ where: { actorId: userId, verb: VERBS.completed.id, objectType: "Course" } })).toBe(1);
  });

  test("a course from the organisation's plan earns the plan bonus as well", async () => {
    const { userId, enrolmentId } = await doneButNotCompleted({ source: "PLAN" });
    expect((await complete(enrolmentId)).completed).toBe(true);
    const expected = KARMA_RULES.COURSE_COMPLETED.points + KARMA_RULES.PLAN_COURSE_COMPLETED.points;
    expect((await fixtureDb.user.findUniqueOrThrow({ where: { id: userId } })).karmaPoints).toBe(expected);
  });

  test("karma already awarded for the course (a re-enrolment) is not awarded again", async () => {
    const { userId, enrolmentId } = await doneButNotCompleted();
    await fixtureDb.karmaAward.create({
      data: { userId, rule: "COURSE_COMPLETED", points: KARMA_RULES.COURSE_COMPLETED.points, sourceType: "Course", sourceId: courseId },
    });
    await fixtureDb.user.update({ where: { id: userId }, data: { karmaPoints: KARMA_RULES.COURSE_COMPLETED.points } });
    expect((await complete(enrolmentId)).completed).toBe(true);
    expect((await fixtureDb.user.findUniqueOrThrow({ where: { id: userId } })).karmaPoints).toBe(KARMA_RULES.COURSE_COMPLETED.points);
  });

  test("past the monthly cap a course outside the plan completes without points; a plan course still earns", async () => {
    const { userId, enrolmentId } = await doneButNotCompleted();
    const now = new Date();
    // Four other courses outside the plan already earned points this month.
    await fixtureDb.karmaAward.createMany({
      data: Array.from({ length: NON_PLAN_COURSES_PER_MONTH }, (_, index) => ({
        userId, rule: "COURSE_COMPLETED", points: KARMA_RULES.COURSE_COMPLETED.points, sourceType: "Course", sourceId: `earlier-${index}`, awardedAt: now,
      })),
    });
    expect((await complete(enrolmentId)).completed).toBe(true);
    expect(await fixtureDb.karmaAward.count({ where: { userId, sourceId: courseId } })).toBe(0);
    expect(await fixtureDb.certificate.count({ where: { enrolmentId } })).toBe(1);

    const planned = await doneButNotCompleted({ source: "PLAN" });
    await fixtureDb.karmaAward.createMany({
      data: Array.from({ length: NON_PLAN_COURSES_PER_MONTH }, (_, index) => ({
        userId: planned.userId, rule: "COURSE_COMPLETED", points: KARMA_RULES.COURSE_COMPLETED.points, sourceType: "Course", sourceId: `earlier-${index}`, awardedAt: now,
      })),
    });
    expect((await complete(planned.enrolmentId)).completed).toBe(true);
    expect((await fixtureDb.karmaAward.findMany({ where: { userId: planned.userId, sourceId: courseId }, select: { rule: true }, orderBy: { rule: "asc" } })).map((row) => row.rule)).toEqual([
      "COURSE_COMPLETED",
      "PLAN_COURSE_COMPLETED",
    ]);
  });

  test("a withdrawn enrolment is never completed", async () => {
    const { enrolmentId } = await doneButNotCompleted();
    await fixtureDb.enrolment.update({ where: { id: enrolmentId }, data: { status: "WITHDRAWN" } });
    expect(await complete(enrolmentId)).toEqual({ completed: false });
    expect(await fixtureDb.certificate.count({ where: { enrolmentId } })).toBe(0);
  });
});

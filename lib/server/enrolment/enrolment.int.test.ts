import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { VERBS } from "@/lib/domain/learning/xapi";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { rollUpEnrolmentCounts } from "@/lib/server/catalogue/roll-up-enrolment-counts";
import { enrolOfficial } from "./enrol-official";
import { getEnrolmentPanel } from "./get-enrolment-panel";
import { withdrawEnrolment } from "./withdraw-enrolment";

// Fixtures go through a plain client (the factories' type); the code under test uses the app's own.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

const DAY = 86_400_000;
const NOW = new Date("2026-11-23T06:00:00Z");
let providerId = "";

beforeAll(async () => {
  providerId = (await createProvider(fixtureDb)).id;
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

const official = () => createOfficial(fixtureDb);

function batch(code: string, seatLimit: number, startsInDays = 10) {
  return {
    code,
    startsAt: new Date(NOW.getTime() + startsInDays * DAY),
    endsAt: new Date(NOW.getTime() + (startsInDays + 2) * DAY),
    venue: "ISTM, New Delhi",
    seatLimit,
    sessions: [],
  };
}

async function enrolmentCount(courseId: string) {
  await rollUpEnrolmentCounts();
  return (await fixtureDb.course.findUniqueOrThrow({ where: { id: courseId }, select: { enrolmentCount: true } })).enrolmentCount;
}

async function records(actorId: string, objectId: string) {
  return fixtureDb.learningRecord.findMany({ where: { actorId, objectId }, orderBy: { id: "asc" }, select: { verb: true, objectType: true, context: true } });
}

describe("enrolOfficial", () => {
  test("a double click or two tabs leave one enrolment, one count and one 'registered' record", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    const learner = await official();

    const results = await Promise.all([
      enrolOfficial({ userId: learner.id, courseId: course.id, now: NOW }),
      enrolOfficial({ userId: learner.id, courseId: course.id, now: NOW }),
    ]);

    expect(new Set(results.map((r) => r.enrolmentId)).size).toBe(1);
    expect(results.filter((r) => r.isChanged)).toHaveLength(1);
    expect(await fixtureDb.enrolment.count({ where: { userId: learner.id, courseId: course.id } })).toBe(1);
    expect(await enrolmentCount(course.id)).toBe(1);
    const written = await records(learner.id, course.id);
    expect(written).toEqual([{ verb: VERBS.registered.id, objectType: "Course", context: { registration: results[0]!.enrolmentId } }]);
  });

  test("seat limits hold under concurrency: 5 officials racing for 2 seats, exactly 2 get in", async () => {
    const course = await createCourse(fixtureDb, { providerId, mode: "FACE_TO_FACE", batches: [batch("B1", 2)] });
    const batchId = (await fixtureDb.batch.findFirstOrThrow({ where: { courseId: course.id } })).id;
    const learners = await Promise.all([1, 2, 3, 4, 5].map(() => official()));

    const settled = await Promise.allSettled(
      learners.map((learner) => enrolOfficial({ userId: learner.id, courseId: course.id, batchId, now: NOW })),
    );

    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(2);
    const refusals = settled.flatMap((s) => (s.status === "rejected" ? [s.reason as { code?: string }] : []));
    expect(refusals.map((error) => error.code)).toEqual(["BATCH_FULL", "BATCH_FULL", "BATCH_FULL"]);
    expect(await fixtureDb.enrolment.count({ where: { batchId, status: { not: "WITHDRAWN" } } })).toBe(2);
    expect(await enrolmentCount(course.id)).toBe(2);
  });

  test("a withdrawal frees the seat for the next official", async () => {
    const course = await createCourse(fixtureDb, { providerId, mode: "FACE_TO_FACE", batches: [batch("B1", 1)] });
    const batchId = (await fixtureDb.batch.findFirstOrThrow({ where: { courseId: course.id } })).id;
    const [first, second] = await Promise.all([official(), official()]);

    await enrolOfficial({ userId: first.id, courseId: course.id, batchId, now: NOW });
    await expect(enrolOfficial({ userId: second.id, courseId: course.id, batchId, now: NOW })).rejects.toMatchObject({ code: "BATCH_FULL" });
    await withdrawEnrolment({ userId: first.id, courseId: course.id, now: NOW });
    await expect(enrolOfficial({ userId: second.id, courseId: course.id, batchId, now: NOW })).resolves.toMatchObject({ isChanged: true });
  });

  test.each([
    ["a draft course", { status: "DRAFT" as const }, "COURSE_NOT_PUBLISHED"],
    ["an archived course", { status: "ARCHIVED" as const }, "COURSE_NOT_PUBLISHED"],
    ["a face-to-face course without a batch", { mode: "FACE_TO_FACE" as const, batches: [batch("B1", 5)] }, "BATCH_REQUIRED"],
  ])("refuses %s and changes nothing", async (_label, overrides, code) => {
    const course = await createCourse(fixtureDb, { providerId, ...overrides });
    const learner = await official();

    await expect(enrolOfficial({ userId: learner.id, courseId: course.id, now: NOW })).rejects.toMatchObject({ code });
    expect(await fixtureDb.enrolment.count({ where: { courseId: course.id } })).toBe(0);
    expect(await enrolmentCount(course.id)).toBe(0);
    expect(await records(learner.id, course.id)).toEqual([]);
  });

  test("refuses a batch of another course, a started batch and an unknown course", async () => {
    const course = await createCourse(fixtureDb, { providerId, mode: "BLENDED", batches: [batch("LATE", 5, -1)] });
    const other = await createCourse(fixtureDb, { providerId, mode: "BLENDED", batches: [batch("OTHER", 5)] });
    const startedBatch = await fixtureDb.batch.findFirstOrThrow({ where: { courseId: course.id } });
    const otherBatch = await fixtureDb.batch.findFirstOrThrow({ where: { courseId: other.id } });
    const learner = await official();

    await expect(enrolOfficial({ userId: learner.id, courseId: course.id, batchId: otherBatch.id, now: NOW })).rejects.toMatchObject({ code: "BATCH_NOT_FOUND" });
    await expect(enrolOfficial({ userId: learner.id, courseId: course.id, batchId: startedBatch.id, now: NOW })).rejects.toMatchObject({ code: "BATCH_STARTED" });
    await expect(
      enrolOfficial({ userId: learner.id, courseId: "01900000-0000-7000-8000-000000000000", now: NOW }),
    ).rejects.toMatchObject({ code: "COURSE_NOT_PUBLISHED" });
    expect(await fixtureDb.enrolment.count({ where: { userId: learner.id } })).toBe(0);
    // With no batch still ahead, a blended course's online part can start without one.
    await expect(enrolOfficial({ userId: learner.id, courseId: course.id, now: NOW })).resolves.toMatchObject({ status: "ENROLLED" });
  });
});

describe("withdrawEnrolment", () => {
  test("withdraw and re-enrol keep one row, the count and the learning record right", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    const learner = await official();
    const { enrolmentId } = await enrolOfficial({ userId: learner.id, courseId: course.id, now: NOW });

    await expect(withdrawEnrolment({ userId: learner.id, courseId: course.id, now: NOW })).resolves.toEqual({ enrolmentId, isChanged: true });
    expect(await enrolmentCount(course.id)).toBe(0);
    // Withdrawing twice (two tabs) is a no-op, not a second decrement.
    await expect(withdrawEnrolment({ userId: learner.id, courseId: course.id, now: NOW })).resolves.toEqual({ enrolmentId, isChanged: false });
    expect(await enrolmentCount(course.id)).toBe(0);

    const again = await enrolOfficial({ userId: learner.id, courseId: course.id, now: NOW });
    expect(again).toEqual({ enrolmentId, status: "ENROLLED", isChanged: true });
    expect(await enrolmentCount(course.id)).toBe(1);
    expect((await records(learner.id, course.id)).map((r) => r.verb)).toEqual([VERBS.registered.id, VERBS.withdrew.id, VERBS.registered.id]);

    const panel = await getEnrolmentPanel(learner.id, course.id, NOW);
    expect(panel?.enrolment).toMatchObject({ id: enrolmentId, status: "ENROLLED", certificateCode: null });
  });

  test("re-enrolling after having started resumes as IN_PROGRESS", async () => {
    const course = await createCourse(fixtureDb, {
      providerId,
      modules: [{ title: "M", lessons: [
        { type: "TEXT", title: "One", durationSeconds: 60, body: "one" },
        { type: "TEXT", title: "Two", durationSeconds: 60, body: "two" },
      ] }],
    });
    const learner = await official();
    await createEnrolment(fixtureDb, { userId: learner.id, courseId: course.id, completedLessons: 1 });
    await withdrawEnrolment({ userId: learner.id, courseId: course.id, now: NOW });

    await expect(enrolOfficial({ userId: learner.id, courseId: course.id, now: NOW })).resolves.toMatchObject({ status: "IN_PROGRESS" });
  });

  test("refuses a completed course and an enrolment that does not exist, changing nothing", async () => {
    const course = await createCourse(fixtureDb, { providerId });
    const [learner, stranger] = await Promise.all([official(), official()]);
    await createEnrolment(fixtureDb, { userId: learner.id, courseId: course.id, completedLessons: "all" });
    const before = await fixtureDb.enrolment.findUniqueOrThrow({ where: { userId_courseId: { userId: learner.id, courseId: course.id } } });

    await expect(withdrawEnrolment({ userId: learner.id, courseId: course.id, now: NOW })).rejects.toMatchObject({ code: "ALREADY_COMPLETED" });
    // Another official cannot reach this enrolment: theirs is looked up by their own id.
    await expect(withdrawEnrolment({ userId: stranger.id, courseId: course.id, now: NOW })).rejects.toMatchObject({ code: "NOT_ENROLLED" });
    expect(await fixtureDb.enrolment.findUniqueOrThrow({ where: { id: before.id } })).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { VERBS } from "@/lib/domain/learning/xapi";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { withdrawEnrolment } from "@/lib/server/enrolment/withdraw-enrolment";
import { completeLesson } from "./complete-lesson";
import { getLessonPlayer } from "./get-lesson-player";
import { recordActivePing } from "./record-active-ping";
import { recordLinkVisit } from "./record-link-visit";
import { recordVideoHeartbeat } from "./record-video-heartbeat";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

// 09:00 IST on 23 November 2026.
const T0 = new Date("2026-11-23T03:30:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const UNKNOWN_ID = "01900000-0000-7000-8000-000000000000";

let providerId = "";
let competencyId = "";

type Lessons = { text: string; video: string; pdf: string; link: string; optional: string };

/** A course with one lesson of each kind, and an official enrolled in it. */
async function setUp(options: { isCompetencyLinked?: boolean } = {}) {
  const course = await createCourse(fixtureDb, {
    providerId,
    competencies: options.isCompetencyLinked ? [{ competencyId, level: 2 }] : [],
    modules: [
      {
        title: "Basics",
        lessons: [
          { type: "TEXT", title: "Read", durationSeconds: 120, body: "A short reading of a few words." },
          { type: "VIDEO", title: "Watch", durationSeconds: 60, mediaPath: "/media/videos/course-orientation.webm" },
          { type: "PDF", title: "Document", durationSeconds: 60, mediaPath: "/media/documents/rti-act-ready-reckoner.pdf" },
          { type: "LINK", title: "Outside", durationSeconds: 60, externalUrl: "https://rti.gov.in/" },
          { type: "TEXT", title: "Extra", durationSeconds: 60, body: "Optional.", isRequired: false },
        ],
      },
    ],
  });
  const rows = await fixtureDb.lesson.findMany({ where: { courseId: course.id }, orderBy: { position: "asc" }, select: { id: true } });
  const [text, video, pdf, link, optional] = rows.map((row) => row.id) as [string, string, string, string, string];
  const learner = await createOfficial(fixtureDb);
  const enrolment = await createEnrolment(fixtureDb, { userId: learner.id, courseId: course.id });
  const lessons: Lessons = { text, video, pdf, link, optional };
  return { course, learner, enrolment, lessons };
}

async function progressOf(enrolmentId: string, lessonId: string) {
  return fixtureDb.lessonProgress.findUnique({ where: { enrolmentId_lessonId: { enrolmentId, lessonId } } });
}

async function learningDays(userId: string) {
  return fixtureDb.learningTimeDaily.findMany({ where: { userId }, orderBy: { day: "asc" }, select: { day: true, seconds: true, competencyLinkedSeconds: true } });
}

beforeAll(async () => {
  providerId = (await createProvider(fixtureDb)).id;
  competencyId = (await createCompetency(fixtureDb)).id;
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("video heartbeats", () => {
  test("concurrent duplicates of one heartbeat are credited once", async () => {
    const { learner, enrolment, lessons } = await setUp();
    await recordVideoHeartbeat({ userId: learner.id, lessonId: lessons.video, positionSeconds: 0, now: at(0) });

    // Three tabs (or a retry storm) delivering the same heartbeat at the same server instant.
    const results = await Promise.all(
      [1, 2, 3].map(() => recordVideoHeartbeat({ userId: learner.id, lessonId: lessons.video, positionSeconds: 15, now: at(15) })),
    );

    expect(results.map((r) => r.creditedSeconds).sort()).toEqual([0, 0, 15]);
    expect(await progressOf(enrolment.id, lessons.video)).toMatchObject({ secondsSpent: 15, maxPositionSeconds: 15, positionSeconds: 15 });
    expect(await learningDays(learner.id)).toEqual([{ day: new Date("2026-11-23T00:00:00Z"), seconds: 15, competencyLinkedSeconds: 0 }]);
    // First activity moved the enrolment on.
    expect(await fixtureDb.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).toMatchObject({
      status: "IN_PROGRESS",
      startedAt: at(0),
      lastAccessedAt: at(15),
    });
  });

  test("seeking ahead earns no time and does not move the frontier", async () => {
    const { learner, enrolment, lessons } = await setUp();
    await recordVideoHeartbeat({ userId: learner.id, lessonId: lessons.video, positionSeconds: 0, now: at(0) });

    const skipped = await recordVideoHeartbeat({ userId: learner.id, lessonId: lessons.video, positionSeconds: 58, now: at(15) });

    expect(skipped).toMatchObject({ outcome: "SEEKED_FORWARD", creditedSeconds: 0, maxPositionSeconds: 0 });
    expect(await progressOf(enrolment.id, lessons.video)).toMatchObject({ secondsSpent: 0, maxPositionSeconds: 0 });
    expect(await learningDays(learner.id)).toEqual([]);
    const refusal = await completeLesson({ userId: learner.id, lessonId: lessons.video, now: at(16) });
    expect(refusal).toMatchObject({ ok: false, code: "IMPLAUSIBLE_PROGRESS", isFlagged: true });
  });

  test("watching the whole video lets it be completed, with a learning record and progress", async () => {
    const { course, learner, enrolment, lessons } = await setUp({ isCompetencyLinked: true });
    for (const second of [0, 15, 30, 45, 60]) {
      await recordVideoHeartbeat({ userId: learner.id, lessonId: lessons.video, positionSeconds: second, now: at(second) });
    }

    const result = await completeLesson({ userId: learner.id, lessonId: lessons.video, now: at(61) });

    // Four required lessons (the optional one does not count): one done is 25 %.
    expect(result).toEqual({ ok: true, isAlreadyCompleted: false, progressPercent: 25, isCourseCompleted: false, certificateCode: null });
    expect(await progressOf(enrolment.id, lessons.video)).toMatchObject({ status: "COMPLETED", completedAt: at(61), secondsSpent: 60 });
    expect(await fixtureDb.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).toMatchObject({ progressPercent: 25, status: "IN_PROGRESS" });
    expect(await learningDays(learner.id)).toEqual([{ day: new Date("2026-11-23T00:00:00Z"), seconds: 60, competencyLinkedSeconds: 60 }]);
    const record = await fixtureDb.learningRecord.findFirstOrThrow({ where: { actorId: learner.id, objectId: lessons.video } });
    expect(record).toMatchObject({
      verb: VERBS.completed.id,
      objectType: "Lesson",
      result: { completion: true, durationSeconds: 60 },
      context: { registration: enrolment.id, courseId: course.id },
    });
    // Asking again is harmless.
    await expect(completeLesson({ userId: learner.id, lessonId: lessons.video, now: at(70) })).resolves.toMatchObject({ ok: true, isAlreadyCompleted: true });
    expect(await fixtureDb.learningRecord.count({ where: { actorId: learner.id, objectId: lessons.video } })).toBe(1);
  });
});

describe("reading pings and learning time", () => {
  test("time lands on the IST day of the server clock, competency-linked when the course is mapped", async () => {
    const { learner, lessons } = await setUp({ isCompetencyLinked: true });
    // 23:59:50 IST on the 23rd, then 00:00:05 IST on the 24th.
    const beforeMidnight = new Date("2026-11-23T18:29:50Z");
    await recordActivePing({ userId: learner.id, lessonId: lessons.text, now: new Date(beforeMidnight.getTime() - 15_000) });
    await recordActivePing({ userId: learner.id, lessonId: lessons.text, now: beforeMidnight });
    await recordActivePing({ userId: learner.id, lessonId: lessons.text, now: new Date(beforeMidnight.getTime() + 15_000) });

    expect(await learningDays(learner.id)).toEqual([
      { day: new Date("2026-11-23T00:00:00Z"), seconds: 15, competencyLinkedSeconds: 15 },
      { day: new Date("2026-11-24T00:00:00Z"), seconds: 15, competencyLinkedSeconds: 15 },
    ]);
  });

  test("a long silence earns at most the per-heartbeat cap, and concurrent pings never over-count", async () => {
    const { learner, enrolment, lessons } = await setUp();
    await recordActivePing({ userId: learner.id, lessonId: lessons.pdf, now: at(0) });
    await recordActivePing({ userId: learner.id, lessonId: lessons.pdf, now: at(600) });
    await Promise.all([at(615), at(615), at(616)].map((now) => recordActivePing({ userId: learner.id, lessonId: lessons.pdf, now })));

    // 30 s cap for the silence, then 15 s and 1 s — never more than the real time that passed.
    expect(await progressOf(enrolment.id, lessons.pdf)).toMatchObject({ secondsSpent: 46 });
    expect((await learningDays(learner.id))[0]?.seconds).toBe(46);
  });
});

describe("several tabs at once", () => {
  test("opening many lessons of one enrolment at the same moment neither deadlocks nor loses a row", async () => {
    for (let round = 0; round < 5; round++) {
      const { learner, enrolment, lessons } = await setUp();
      const readings = [lessons.text, lessons.pdf, lessons.optional];
      const results = await Promise.allSettled([
        ...readings.map((lessonId) => recordActivePing({ userId: learner.id, lessonId, now: at(0) })),
        recordVideoHeartbeat({ userId: learner.id, lessonId: lessons.video, positionSeconds: 0, now: at(0) }),
      ]);
      expect(results.filter((result) => result.status === "rejected")).toEqual([]);
      expect(await fixtureDb.lessonProgress.count({ where: { enrolmentId: enrolment.id } })).toBe(4);
    }
  });
});

describe("lesson completion integrity", () => {
  test("completing a reading it has barely opened is refused, flagged once, and changes nothing else", async () => {
    const { learner, enrolment, lessons } = await setUp();
    await recordActivePing({ userId: learner.id, lessonId: lessons.text, now: at(0) });

    const first = await completeLesson({ userId: learner.id, lessonId: lessons.text, now: at(2) });
    const second = await completeLesson({ userId: learner.id, lessonId: lessons.text, now: at(3) });

    expect(first).toMatchObject({ ok: false, code: "IMPLAUSIBLE_PROGRESS", isFlagged: true });
    expect(first.ok ? "" : first.message).toMatch(/^This lesson needs about \d+ more seconds of reading/);
    expect(second).toMatchObject({ ok: false, isFlagged: true });
    expect(await progressOf(enrolment.id, lessons.text)).toMatchObject({ status: "IN_PROGRESS", isFlagged: true, completedAt: null });
    const flags = await fixtureDb.integrityFlag.findMany({ where: { userId: learner.id } });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ lessonId: lessons.text, details: expect.objectContaining({ code: "IMPLAUSIBLE_PROGRESS", secondsSpent: 0 }) });
    expect(await fixtureDb.learningRecord.count({ where: { actorId: learner.id, objectId: lessons.text } })).toBe(0);
    expect((await fixtureDb.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).progressPercent).toBe(0);
  });

  test("enough reading completes the lesson", async () => {
    const { learner, enrolment, lessons } = await setUp();
    for (const second of [0, 15, 30]) await recordActivePing({ userId: learner.id, lessonId: lessons.text, now: at(second) });

    await expect(completeLesson({ userId: learner.id, lessonId: lessons.text, now: at(31) })).resolves.toMatchObject({ ok: true, progressPercent: 25 });
    expect(await progressOf(enrolment.id, lessons.text)).toMatchObject({ status: "COMPLETED", isFlagged: false });
    expect(await fixtureDb.integrityFlag.count({ where: { userId: learner.id } })).toBe(0);
  });

  test("a link completes through its recorded visit, as 'experienced'", async () => {
    const { learner, enrolment, lessons } = await setUp();
    await expect(completeLesson({ userId: learner.id, lessonId: lessons.link, now: at(0) })).resolves.toMatchObject({ ok: false, code: "LINK_NOT_VISITED", isFlagged: false });

    await expect(recordLinkVisit({ userId: learner.id, lessonId: lessons.link, now: at(5) })).resolves.toEqual({ externalUrl: "https://rti.gov.in/" });

    expect(await progressOf(enrolment.id, lessons.link)).toMatchObject({ status: "COMPLETED", visitedAt: at(5) });
    const record = await fixtureDb.learningRecord.findFirstOrThrow({ where: { actorId: learner.id, objectId: lessons.link } });
    expect(record.verb).toBe(VERBS.experienced.id);
  });
});

describe("who may write progress", () => {
  test("unknown lessons, other officials' courses, wrong lesson types and withdrawn enrolments are refused with nothing changed", async () => {
    const { course, learner, enrolment, lessons } = await setUp();
    const stranger = await createOfficial(fixtureDb);

    await expect(recordActivePing({ userId: learner.id, lessonId: UNKNOWN_ID, now: at(0) })).rejects.toMatchObject({ code: "NOT_ENROLLED" });
    await expect(recordActivePing({ userId: stranger.id, lessonId: lessons.text, now: at(0) })).rejects.toMatchObject({ code: "NOT_ENROLLED" });
    await expect(completeLesson({ userId: stranger.id, lessonId: lessons.text, now: at(0) })).rejects.toMatchObject({ code: "NOT_ENROLLED" });
    await expect(recordLinkVisit({ userId: stranger.id, lessonId: lessons.link, now: at(0) })).rejects.toMatchObject({ code: "NOT_ENROLLED" });
    await expect(recordVideoHeartbeat({ userId: learner.id, lessonId: lessons.text, positionSeconds: 1, now: at(0) })).rejects.toMatchObject({ code: "INVALID_PROGRESS" });
    await expect(recordActivePing({ userId: learner.id, lessonId: lessons.video, now: at(0) })).rejects.toMatchObject({ code: "INVALID_PROGRESS" });
    await expect(recordVideoHeartbeat({ userId: learner.id, lessonId: lessons.video, positionSeconds: -1, now: at(0) })).rejects.toMatchObject({ code: "INVALID_PROGRESS" });
    expect(await fixtureDb.lessonProgress.count({ where: { enrolmentId: enrolment.id } })).toBe(0);
    expect(await fixtureDb.lessonProgress.count({ where: { userId: stranger.id } })).toBe(0);

    await withdrawEnrolment({ userId: learner.id, courseId: course.id, now: at(0) });
    await expect(recordActivePing({ userId: learner.id, lessonId: lessons.text, now: at(1) })).rejects.toMatchObject({ code: "NOT_ENROLLED" });
    expect(await fixtureDb.lessonProgress.count({ where: { enrolmentId: enrolment.id } })).toBe(0);
    expect(await learningDays(learner.id)).toEqual([]);
    await expect(getLessonPlayer(learner.id, course.slug, lessons.text)).resolves.toEqual({ kind: "NOT_ENROLLED" });
  });

  test("the player finds lessons only within their own course", async () => {
    const { course, learner, lessons } = await setUp();
    const other = await setUp();

    await expect(getLessonPlayer(learner.id, course.slug, other.lessons.text)).resolves.toEqual({ kind: "NOT_FOUND" });
    const found = await getLessonPlayer(learner.id, course.slug, lessons.video);
    expect(found.kind).toBe("OK");
    if (found.kind === "OK") {
      expect(found.player.previousLessonId).toBe(lessons.text);
      expect(found.player.nextLessonId).toBe(lessons.pdf);
      expect(found.player.progress.status).toBe("NOT_STARTED");
    }
  });
});

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { VERBS } from "@/lib/domain/learning/xapi";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { enrolOfficial } from "@/lib/server/enrolment/enrol-official";
import { rateCourse } from "@/lib/server/ratings/rate-course";
import { db } from "@/lib/server/db";
import { completeLesson } from "./complete-lesson";
import { recordActivePing } from "./record-active-ping";
import { recordLinkVisit } from "./record-link-visit";
import { recordVideoHeartbeat } from "./record-video-heartbeat";

// Regression: one official's burst (many tabs, a flaky mobile link retrying) of 100 heartbeats,
// pings, completions, enrolments and ratings at once made Prisma give up starting transactions
// (P2028) on a small pool, and every such failure reached the learner as an HTTP 500.

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
const BURST = 100;
const T0 = new Date("2026-11-24T04:30:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let providerId = "";

beforeAll(async () => {
  providerId = (await createProvider(fixtureDb)).id;
});

afterAll(async () => {
  await fixtureDb.$disconnect();
  await db.$disconnect();
});

describe("one official's burst of parallel writes", () => {
  test("every request is answered, and each effect is recorded exactly once", async () => {
    const learner = await createOfficial(fixtureDb);
    const learning = await createCourse(fixtureDb, {
      providerId,
      modules: [
        {
          title: "Basics",
          lessons: [
            { type: "VIDEO", title: "Watch", durationSeconds: 60, mediaPath: "/media/videos/course-orientation.webm" },
            { type: "TEXT", title: "Read", durationSeconds: 120, body: "A short reading." },
            { type: "LINK", title: "Outside", durationSeconds: 60, externalUrl: "https://rti.gov.in/" },
          ],
        },
      ],
    });
    const [video, text, link] = (
      await fixtureDb.lesson.findMany({ where: { courseId: learning.id }, orderBy: { position: "asc" }, select: { id: true } })
    ).map((row) => row.id) as [string, string, string];
    const enrolment = await createEnrolment(fixtureDb, { userId: learner.id, courseId: learning.id });
    const toJoin = await createCourse(fixtureDb, { providerId });
    const finished = await createCourse(fixtureDb, { providerId });
    await createEnrolment(fixtureDb, { userId: learner.id, courseId: finished.id, completedLessons: "all" });
    await recordVideoHeartbeat({ userId: learner.id, lessonId: video, positionSeconds: 0, now: at(0) });
    await recordActivePing({ userId: learner.id, lessonId: text, now: at(0) });
    const countBefore = (await fixtureDb.course.findUniqueOrThrow({ where: { id: toJoin.id }, select: { enrolmentCount: true } })).enrolmentCount;

    const burst = Array.from({ length: BURST }, (_, i) => [
      () => recordVideoHeartbeat({ userId: learner.id, lessonId: video, positionSeconds: 15, now: at(15) }),
      () => recordActivePing({ userId: learner.id, lessonId: text, now: at(20) }),
      () => (i % 2 === 0 ? recordLinkVisit({ userId: learner.id, lessonId: link, now: at(30) }) : completeLesson({ userId: learner.id, lessonId: link, now: at(30) })),
      () => enrolOfficial({ userId: learner.id, courseId: toJoin.id, now: at(40) }),
      () => rateCourse({ userId: learner.id, courseSlug: finished.slug, rating: 1 + (i % 5), review: null }),
    ]).flat();
    const results = await Promise.allSettled(burst.map((call) => call()));
    const failures = results.filter((result) => result.status === "rejected").map((result) => String((result as PromiseRejectedResult).reason));
    expect(failures.slice(0, 3)).toEqual([]);

    const videoProgress = await fixtureDb.lessonProgress.findUniqueOrThrow({ where: { enrolmentId_lessonId: { enrolmentId: enrolment.id, lessonId: video } } });
    expect(videoProgress).toMatchObject({ secondsSpent: 15, maxPositionSeconds: 15 });
    const textProgress = await fixtureDb.lessonProgress.findUniqueOrThrow({ where: { enrolmentId_lessonId: { enrolmentId: enrolment.id, lessonId: text } } });
    expect(textProgress.secondsSpent).toBe(20);
    const day = await fixtureDb.learningTimeDaily.findMany({ where: { userId: learner.id }, select: { seconds: true } });
    expect(day.reduce((sum, row) => sum + row.seconds, 0)).toBe(35);
    const linkProgress = await fixtureDb.lessonProgress.findUniqueOrThrow({ where: { enrolmentId_lessonId: { enrolmentId: enrolment.id, lessonId: link } } });
    expect(linkProgress.status).toBe("COMPLETED");
    expect(await fixtureDb.learningRecord.count({ where: { actorId: learner.id, objectId: link, verb: VERBS.experienced.id } })).toBe(1);

    expect(await fixtureDb.enrolment.count({ where: { userId: learner.id, courseId: toJoin.id } })).toBe(1);
    expect(await fixtureDb.learningRecord.count({ where: { actorId: learner.id, objectId: toJoin.id, verb: VERBS.registered.id } })).toBe(1);
    const joined = await fixtureDb.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Enrolment" WHERE "courseId" = ${toJoin.id}::uuid AND "status" <> 'WITHDRAWN'`;
    expect(joined[0]?.n).toBe(countBefore + 1);

    expect(await fixtureDb.courseRating.count({ where: { userId: learner.id, courseId: finished.id } })).toBe(1);
    const totals = await fixtureDb.course.findUniqueOrThrow({ where: { id: finished.id }, select: { ratingCount: true } });
    expect(totals.ratingCount).toBe(1);
  });
});

// What the load section needs on top of the demo seed: LEARNERS officials with one password
// (hashed once), a course of a video, a reading and LINK lessons in which each is enrolled (for
// heartbeats, pings and completions), and ENROL_COURSES published courses none of them has joined
// (for the enrolment phase: every learner joins every one, so each course is a hot spot).
import { PrismaClient } from "../../generated/prisma/client";
import { hashPassword } from "../../server/auth/password";
import { createCourse } from "../../server/factories/create-course";
import { createEnrolment } from "../../server/factories/create-enrolment";
import { createOfficial } from "../../server/factories/create-official";

export const LOAD_PASSWORD = "Bench@Load-2026";

export type LoadFixtures = {
  learners: { id: string; email: string }[];
  progressCourse: { id: string; slug: string; videoLessonId: string; textLessonId: string; linkLessonIds: string[] };
  enrolCourses: { id: string; slug: string }[];
};

async function inBatches<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(run))));
  return results;
}

export async function createLoadFixtures(prisma: PrismaClient, options: { learners: number; linkLessons: number; enrolCourses: number }): Promise<LoadFixtures> {
  const provider = await prisma.provider.findFirstOrThrow({ select: { id: true }, orderBy: { name: "asc" } });
  // All in the demo learner's organisation: its report roll-ups are as hot as a big office's.
  const { organisationId } = await prisma.user.findFirstOrThrow({ where: { organisationId: { not: null } }, select: { organisationId: true }, orderBy: { email: "asc" } });
  const passwordHash = await hashPassword(LOAD_PASSWORD);
  const learners = await inBatches(Array.from({ length: options.learners }, (_, i) => i), 20, async (i) => {
    const official = await createOfficial(prisma, { email: `load.learner.${i}@bench.kaushal.gov.in`, name: `Load Learner ${i}`, passwordHash, organisationId });
    return { id: official.id, email: official.email };
  });

  const course = await createCourse(prisma, {
    providerId: provider.id,
    slug: "bench-load-progress",
    modules: [
      {
        title: "Load",
        lessons: [
          { type: "VIDEO", title: "Watch", durationSeconds: 3600, mediaPath: "/media/videos/course-orientation.webm" },
          { type: "TEXT", title: "Read", durationSeconds: 3600, body: "A long reading." },
          ...Array.from({ length: options.linkLessons }, (_, i) => ({ type: "LINK" as const, title: `Outside ${i + 1}`, durationSeconds: 60, externalUrl: `https://example.gov.in/resource/${i + 1}` })),
        ],
      },
    ],
  });
  const lessons = await prisma.lesson.findMany({ where: { courseId: course.id }, orderBy: { position: "asc" }, select: { id: true, type: true } });
  await inBatches(learners, 20, (learner) => createEnrolment(prisma, { userId: learner.id, courseId: course.id }));

  const enrolCourses = await inBatches(Array.from({ length: options.enrolCourses }, (_, i) => i), 5, async (i) => {
    const created = await createCourse(prisma, { providerId: provider.id, slug: `bench-load-enrol-${i}` });
    return { id: created.id, slug: created.slug };
  });

  return {
    learners,
    progressCourse: {
      id: course.id,
      slug: course.slug,
      videoLessonId: lessons.find((lesson) => lesson.type === "VIDEO")!.id,
      textLessonId: lessons.find((lesson) => lesson.type === "TEXT")!.id,
      linkLessonIds: lessons.filter((lesson) => lesson.type === "LINK").map((lesson) => lesson.id),
    },
    enrolCourses,
  };
}

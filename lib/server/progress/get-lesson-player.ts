import "server-only";
import { cache } from "react";
import { mediaHref } from "@/lib/domain/routes";
import { db } from "@/lib/server/db";
import { COURSE_OUTLINE_SELECT } from "@/lib/server/catalogue/course-outline-select";
import type { EnrolmentStatus } from "@/lib/domain/learning/enrolment-rules";
import type { LessonType } from "@/lib/domain/learning/lesson-integrity";

export type OutlineLesson = {
  id: string;
  title: string;
  type: LessonType;
  durationSeconds: number;
  isRequired: boolean;
  isCompleted: boolean;
};

export type LessonPlayer = {
  course: { id: string; slug: string; title: string };
  enrolment: { id: string; status: EnrolmentStatus; progressPercent: number };
  outline: { id: string; title: string; lessons: OutlineLesson[] }[];
  lesson: {
    id: string;
    title: string;
    type: LessonType;
    durationSeconds: number;
    isRequired: boolean;
    /** Markdown, rendered by the page with the sanitising renderer. */
    body: string | null;
    /** Where the video or PDF is served: the upload (/media/<id>) or, for seeded lessons, public/media. */
    mediaPath: string | null;
    externalUrl: string | null;
    assessmentId: string | null;
  };
  progress: {
    status: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";
    positionSeconds: number;
    maxPositionSeconds: number;
    secondsSpent: number;
    hasVisited: boolean;
  };
  previousLessonId: string | null;
  nextLessonId: string | null;
};

export type LessonPlayerLookup =
  | { kind: "NOT_FOUND" }
  /** The course exists but the official has no active enrolment in it: send them to the course page. */
  | { kind: "NOT_ENROLLED" }
  | { kind: "OK"; player: LessonPlayer };

/**
 * Everything the course player shows for one lesson. Read-only: opening the page writes nothing
 * (a prefetch must not count as a visit); the player's first heartbeat or ping starts the lesson.
 * The lesson is looked up within the course of the slug, so a lesson id from another course is
 * NOT_FOUND rather than shown under the wrong course.
 */
export const getLessonPlayer = cache(async (userId: string, slug: string, lessonId: string): Promise<LessonPlayerLookup> => {
  const course = await db.course.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      enrolments: { where: { userId }, select: { id: true, status: true, progressPercent: true } },
      modules: COURSE_OUTLINE_SELECT,
    },
  });
  if (!course) return { kind: "NOT_FOUND" };
  const ordered = course.modules.flatMap((module) => module.lessons);
  const index = ordered.findIndex((lesson) => lesson.id === lessonId);
  if (index === -1) return { kind: "NOT_FOUND" };
  const enrolment = course.enrolments[0];
  if (!enrolment || enrolment.status === "WITHDRAWN") return { kind: "NOT_ENROLLED" };

  const [lesson, progressRows] = await Promise.all([
    db.lesson.findUniqueOrThrow({
      where: { id: lessonId },
      select: {
        id: true,
        title: true,
        type: true,
        durationSeconds: true,
        isRequired: true,
        body: true,
        mediaPath: true,
        mediaId: true,
        externalUrl: true,
        assessmentId: true,
      },
    }),
    db.lessonProgress.findMany({
      where: { enrolmentId: enrolment.id },
      select: { lessonId: true, status: true, positionSeconds: true, maxPositionSeconds: true, secondsSpent: true, visitedAt: true },
    }),
  ]);
  const { mediaId, ...lessonFields } = lesson;
  const progressByLesson = new Map(progressRows.map((row) => [row.lessonId, row]));
  const progress = progressByLesson.get(lessonId);

  return {
    kind: "OK",
    player: {
      course: { id: course.id, slug: course.slug, title: course.title },
      enrolment: { id: enrolment.id, status: enrolment.status, progressPercent: enrolment.progressPercent },
      outline: course.modules.map((module) => ({
        id: module.id,
        title: module.title,
        lessons: module.lessons.map((row) => ({ ...row, isCompleted: progressByLesson.get(row.id)?.status === "COMPLETED" })),
      })),
      lesson: { ...lessonFields, mediaPath: mediaId ? mediaHref(mediaId) : lessonFields.mediaPath },
      progress: {
        status: progress?.status ?? "NOT_STARTED",
        positionSeconds: progress?.positionSeconds ?? 0,
        maxPositionSeconds: progress?.maxPositionSeconds ?? 0,
        secondsSpent: progress?.secondsSpent ?? 0,
        hasVisited: Boolean(progress?.visitedAt),
      },
      previousLessonId: ordered[index - 1]?.id ?? null,
      nextLessonId: ordered[index + 1]?.id ?? null,
    },
  };
});

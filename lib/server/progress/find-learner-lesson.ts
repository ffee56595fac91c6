import "server-only";
import { db, type Db } from "@/lib/server/db";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { LessonType } from "@/lib/domain/learning/lesson-integrity";
import type { Prisma } from "@/lib/generated/prisma/client";

export type LearnerLesson = {
  lesson: {
    id: string;
    courseId: string;
    type: LessonType;
    durationSeconds: number;
    body: string | null;
    externalUrl: string | null;
    assessmentId: string | null;
  };
  enrolmentId: string;
  /** The course is mapped to at least one competency: its time counts toward the Learning Week target. */
  isCompetencyLinked: boolean;
};

/**
 * The lesson and the official's own enrolment in its course, for a progress write. The enrolment
 * is looked up by the signed-in official's id, never taken from the request, so one official can
 * never write to another's progress. Throws NOT_ENROLLED for an unknown lesson too, so lesson ids
 * of courses the official has not joined are not confirmed to exist. Pass the transaction client
 * when already inside one: the embedded database serialises connections, so a read on another
 * connection would wait for the open transaction for ever.
 */
export async function findLearnerLesson(
  userId: string,
  lessonId: string,
  client: Prisma.TransactionClient | Db = db,
): Promise<LearnerLesson> {
  // An archived lesson (dropped by a later version) takes no new progress; what was recorded stays.
  const row = await client.lesson.findUnique({
    where: { id: lessonId, archivedAt: null },
    select: {
      id: true,
      courseId: true,
      type: true,
      durationSeconds: true,
      body: true,
      externalUrl: true,
      assessmentId: true,
      course: {
        select: {
          _count: { select: { competencies: true } },
          enrolments: { where: { userId }, select: { id: true, status: true } },
        },
      },
    },
  });
  const enrolment = row?.course.enrolments[0];
  if (!row || !enrolment || enrolment.status === "WITHDRAWN") throw new DomainError("NOT_ENROLLED");
  const { course, ...lesson } = row;
  return { lesson, enrolmentId: enrolment.id, isCompetencyLinked: course._count.competencies > 0 };
}

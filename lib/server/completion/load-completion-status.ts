import "server-only";
import { courseCompletionStatus, type CourseCompletionStatus } from "@/lib/domain/learning/course-completion";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Where an enrolment stands against courseCompletionStatus: required lessons completed under
 * this enrolment, and every assessment of the course passed by the official. Reads through the
 * caller's transaction so it sees the lesson or attempt that transaction has just written.
 */
export async function loadCompletionStatus(
  tx: Prisma.TransactionClient,
  enrolment: { id: string; userId: string; courseId: string },
): Promise<CourseCompletionStatus> {
  const [requiredLessons, completedLessons, assessments, passedAttempts] = await Promise.all([
    // Live lessons and assessments only: what a later version dropped no longer counts, though
    // the progress recorded on it is kept.
    tx.lesson.findMany({ where: { courseId: enrolment.courseId, isRequired: true, archivedAt: null }, select: { id: true } }),
    tx.lessonProgress.findMany({ where: { enrolmentId: enrolment.id, status: "COMPLETED" }, select: { lessonId: true } }),
    tx.assessment.findMany({ where: { courseId: enrolment.courseId, archivedAt: null }, select: { id: true } }),
    tx.assessmentAttempt.findMany({
      where: { userId: enrolment.userId, passed: true, assessment: { courseId: enrolment.courseId } },
      select: { assessmentId: true },
    }),
  ]);
  return courseCompletionStatus({
    requiredLessonIds: requiredLessons.map((lesson) => lesson.id),
    completedLessonIds: completedLessons.map((progress) => progress.lessonId),
    assessmentIds: assessments.map((assessment) => assessment.id),
    passedAssessmentIds: passedAttempts.map((attempt) => attempt.assessmentId),
  });
}

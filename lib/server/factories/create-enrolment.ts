import "server-only";
import type { Enrolment, EnrolmentSource } from "../../generated/prisma/client";
import { inTransaction, type FactoryClient } from "./factory-client";

export type CreateEnrolmentInput = {
  userId: string;
  courseId: string;
  batchId?: string | null;
  source?: EnrolmentSource;
  assignedById?: string | null;
  planItemId?: string | null;
  dueAt?: Date | null;
  /** How many lessons, in course order, the official has completed; "all" completes the course. */
  completedLessons?: number | "all";
  enrolledAt?: Date;
};

/**
 * Enrols an official (or returns the existing enrolment for the pair) with lesson progress for
 * the first `completedLessons` lessons. Progress counts required lessons only, as completion does.
 */
export async function createEnrolment(prisma: FactoryClient, input: CreateEnrolmentInput): Promise<Enrolment> {
  const existing = await prisma.enrolment.findUnique({
    where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
  });
  if (existing) return existing;

  const lessons = await prisma.lesson.findMany({
    where: { courseId: input.courseId },
    orderBy: [{ module: { position: "asc" } }, { position: "asc" }],
    select: { id: true, isRequired: true, durationSeconds: true },
  });
  const completedCount = input.completedLessons === "all" ? lessons.length : Math.min(input.completedLessons ?? 0, lessons.length);
  const completed = lessons.slice(0, completedCount);
  const required = lessons.filter((lesson) => lesson.isRequired);
  const requiredDone = completed.filter((lesson) => lesson.isRequired).length;
  const progressPercent = required.length === 0 ? 0 : Math.round((requiredDone / required.length) * 100);
  const isComplete = required.length > 0 && requiredDone === required.length;
  const enrolledAt = input.enrolledAt ?? new Date();

  return inTransaction(prisma, async (tx) => {
    const enrolment = await tx.enrolment.create({
      data: {
        userId: input.userId,
        courseId: input.courseId,
        batchId: input.batchId ?? null,
        source: input.source ?? "SELF",
        assignedById: input.assignedById ?? null,
        planItemId: input.planItemId ?? null,
        dueAt: input.dueAt ?? null,
        status: isComplete ? "COMPLETED" : completedCount > 0 ? "IN_PROGRESS" : "ENROLLED",
        progressPercent,
        enrolledAt,
        startedAt: completedCount > 0 ? enrolledAt : null,
        completedAt: isComplete ? enrolledAt : null,
        lastAccessedAt: completedCount > 0 ? enrolledAt : null,
      },
    });
    await tx.lessonProgress.createMany({
      data: completed.map((lesson) => ({
        enrolmentId: enrolment.id,
        lessonId: lesson.id,
        userId: input.userId,
        status: "COMPLETED" as const,
        positionSeconds: lesson.durationSeconds,
        secondsSpent: lesson.durationSeconds,
        maxPositionSeconds: lesson.durationSeconds,
        startedAt: enrolledAt,
        completedAt: enrolledAt,
      })),
    });
    return enrolment;
  });
}

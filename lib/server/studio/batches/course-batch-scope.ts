import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { modeHasBatches } from "@/lib/domain/studio/batch-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { providerScopeFilter } from "@/lib/server/auth/scope";

/** The course, if the user authors it and it is taught in batches; a course elsewhere reads as absent. */
export async function findBatchCourse(tx: Prisma.TransactionClient, user: Pick<CurrentUser, "grants">, courseId: string) {
  const course = await tx.course.findFirst({ where: { id: courseId, ...providerScopeFilter(user) }, select: { id: true, mode: true } });
  if (!course) throw new DomainError("STUDIO_ITEM_NOT_FOUND");
  if (!modeHasBatches(course.mode)) throw new DomainError("COURSE_HAS_NO_BATCHES");
  return course;
}

/**
 * Locks a batch of a course the user authors. FOR UPDATE conflicts with the FOR NO KEY UPDATE an
 * enrolment takes before counting seats, so a seat limit and the enrolled count are read and
 * written without an enrolment slipping in between.
 */
export async function lockAuthoredBatch(tx: Prisma.TransactionClient, user: Pick<CurrentUser, "grants">, batchId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Batch" WHERE "id" = ${batchId}::uuid FOR UPDATE`;
  const batch = locked.length
    ? await tx.batch.findFirst({
        where: { id: batchId, course: providerScopeFilter(user) },
        select: { id: true, courseId: true, status: true, startsAt: true, endsAt: true, sessions: { select: { id: true, title: true, startsAt: true, endsAt: true } } },
      })
    : null;
  if (!batch) throw new DomainError("STUDIO_ITEM_NOT_FOUND");
  return batch;
}

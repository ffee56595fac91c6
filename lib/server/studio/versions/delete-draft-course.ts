import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { StudioError } from "@/lib/domain/studio/studio-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { lockAuthoredCourse } from "./lock-authored-course";

type Author = Pick<CurrentUser, "id" | "grants">;

/**
 * Deletes a course that only ever existed as a draft: never published and no learner ever
 * enrolled. Anything with history is archived instead (archiveCourse), so a certificate, a
 * learner's record or a report never points at nothing. The database has the last word: a row
 * that still references the course (a programme, an enrolment) restricts the delete, and that
 * is refused the same way.
 */
export async function deleteDraftCourse(user: Author, courseId: string): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const course = await lockAuthoredCourse(tx, user, courseId);
      const [enrolments, published] = await Promise.all([
        tx.enrolment.count({ where: { courseId } }),
        tx.courseRevision.count({ where: { courseId, publishedAt: { not: null } } }),
      ]);
      const hasHistory = course.publishedAt !== null || course.status === "PUBLISHED" || course.status === "ARCHIVED" || enrolments > 0 || published > 0;
      if (hasHistory) throw new StudioError("COURSE_HAS_HISTORY");
      // The audit row outlives the course: it names what was deleted and by whom.
      const { title } = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { title: true } });
      await tx.auditLog.create({
        data: { actorId: user.id, action: "course.deleted", entityType: "Course", entityId: courseId, organisationId: course.organisationId, details: { title } },
        select: { id: true },
      });
      await tx.course.delete({ where: { id: courseId }, select: { id: true } });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw new StudioError("COURSE_HAS_HISTORY");
    throw error;
  }
}

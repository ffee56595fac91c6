import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { StudioError } from "@/lib/domain/studio/studio-error";
import { db } from "@/lib/server/db";
import { lockAuthoredCourse } from "./lock-authored-course";

type Author = Pick<CurrentUser, "id" | "grants">;

/**
 * Takes a published course out of the catalogue (PUBLISHED → ARCHIVED). Officials already
 * enrolled keep their access and can finish it; nothing is deleted, and restoreCourse brings it
 * back as it was.
 */
export async function archiveCourse(user: Author, courseId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const course = await lockAuthoredCourse(tx, user, courseId);
    if (course.status !== "PUBLISHED") throw new StudioError("COURSE_NOT_ARCHIVABLE");
    const now = new Date();
    await tx.course.update({ where: { id: courseId }, data: { status: "ARCHIVED", archivedAt: now }, select: { id: true } });
    await tx.auditLog.create({
      data: { actorId: user.id, action: "course.archived", entityType: "Course", entityId: courseId, organisationId: course.organisationId, createdAt: now },
      select: { id: true },
    });
  });
}

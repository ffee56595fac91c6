import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { StudioError } from "@/lib/domain/studio/studio-error";
import { db } from "@/lib/server/db";
import { lockAuthoredCourse } from "./lock-authored-course";

type Author = Pick<CurrentUser, "id" | "grants">;

/** Puts an archived course back in the catalogue (ARCHIVED → PUBLISHED), as it was when archived. */
export async function restoreCourse(user: Author, courseId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const course = await lockAuthoredCourse(tx, user, courseId);
    if (course.status !== "ARCHIVED") throw new StudioError("COURSE_NOT_ARCHIVED");
    const now = new Date();
    await tx.course.update({ where: { id: courseId }, data: { status: "PUBLISHED", archivedAt: null }, select: { id: true } });
    await tx.auditLog.create({
      data: { actorId: user.id, action: "course.restored", entityType: "Course", entityId: courseId, organisationId: course.organisationId, createdAt: now },
      select: { id: true },
    });
  });
}

import "server-only";
import { db } from "@/lib/server/db";

export type PendingPlanCourse = {
  courseSlug: string;
  courseTitle: string;
  providerName: string;
  mode: "ONLINE" | "BLENDED" | "FACE_TO_FACE";
  dueAt: Date;
  isOverdue: boolean;
};

/** More than any plan assigns one official; the list is for a page, not an export. */
const PENDING_LIMIT = 50;

/**
 * Courses the organisation's published plan assigns the official that they are not (or no longer)
 * enrolled in: blended and face-to-face courses, where the official chooses a batch, and courses
 * they withdrew from. Without this they would learn of them only from the plan notice.
 */
export async function listPendingPlanCourses(userId: string, now: Date = new Date()): Promise<PendingPlanCourse[]> {
  const rows = await db.planAssignment.findMany({
    where: {
      userId,
      plan: { status: "PUBLISHED" },
      course: { status: "PUBLISHED", enrolments: { none: { userId, status: { not: "WITHDRAWN" } } } },
    },
    // One row per course: two items can assign the same course; the earlier due date wins.
    distinct: ["courseId"],
    orderBy: [{ courseId: "asc" }, { dueAt: "asc" }],
    take: PENDING_LIMIT,
    select: { dueAt: true, course: { select: { slug: true, title: true, mode: true, provider: { select: { name: true } } } } },
  });
  return rows
    .map((row) => ({
      courseSlug: row.course.slug,
      courseTitle: row.course.title,
      providerName: row.course.provider.name,
      mode: row.course.mode,
      dueAt: row.dueAt,
      isOverdue: row.dueAt < now,
    }))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

import "server-only";
import { parseCourseDraft } from "@/lib/domain/studio/course-draft";
import { StudioError } from "@/lib/domain/studio/studio-error";
import { diffCourseDrafts, lessonChangeCounts, type CourseDraftDiff } from "@/lib/domain/studio/version-diff";
import type { CourseStatus, Prisma } from "@/lib/generated/prisma/client";
import { refreshCourseSearchText } from "@/lib/server/catalogue/refresh-course-search-text";
import { applyDraftToLive } from "./apply-draft-to-live";
import { draftFromLive } from "./draft-from-live";
import { recomputeCourseProgress } from "./recompute-course-progress";

export type PublishedRevision = { courseId: string; version: number; diff: CourseDraftDiff };

/**
 * Publishes an APPROVED version: the live tables (what learners read) become that version, the
 * previously published version is archived, and learners' progress is measured against the new
 * set of lessons. Runs inside the caller's transaction (the final review approval), so the
 * decision and the publish commit together.
 *
 * Lock order: the Course row first (FOR NO KEY UPDATE: it serialises publishes, archiving and
 * opening versions of one course, yet lets enrolments keep inserting rows that reference it),
 * then the version rows, the live content rows and the enrolments.
 */
export async function publishRevision(tx: Prisma.TransactionClient, revisionId: string, actorId: string | null): Promise<PublishedRevision> {
  const now = new Date();
  const target = await tx.courseRevision.findUnique({ where: { id: revisionId }, select: { courseId: true } });
  if (!target) throw new StudioError("REVISION_NOT_FOUND");
  const [course] = await tx.$queryRaw<{ id: string; status: CourseStatus; providerId: string; organisationId: string | null }[]>`
    SELECT "id", "status", "providerId", "organisationId" FROM "Course" WHERE "id" = ${target.courseId}::uuid FOR NO KEY UPDATE`;
  if (!course) throw new StudioError("REVISION_NOT_FOUND");

  // Read again under the lock: a concurrent publish of the same version finds it PUBLISHED.
  const revision = await tx.courseRevision.findUniqueOrThrow({ where: { id: revisionId }, select: { number: true, status: true, content: true } });
  if (revision.status !== "APPROVED") throw new StudioError("INVALID_STATUS_TRANSITION", "Only an approved version can be published.");
  const draft = parseCourseDraft(revision.content);
  if (!draft) throw new StudioError("VERSION_CONTENT_INVALID");
  const courseStatus = nextCourseStatus(course.status);

  const before = await draftFromLive(tx, course.id);
  const diff = diffCourseDrafts(before ?? { ...draft, modules: [] }, draft);
  const changedLessonKeys = new Set([...diff.lessons.added, ...diff.lessons.changed].map((lesson) => lesson.key));

  // One published version per course (a partial unique index): the old one steps down first.
  await tx.courseRevision.updateMany({ where: { courseId: course.id, status: "PUBLISHED" }, data: { status: "ARCHIVED", archivedAt: now } });
  const stored = await applyDraftToLive(tx, { courseId: course.id, providerId: course.providerId, draft, version: revision.number, changedLessonKeys, now });
  await tx.courseCompetency.deleteMany({ where: { courseId: course.id } });
  await tx.courseCompetency.createMany({ data: draft.competencies.map((competency) => ({ courseId: course.id, ...competency })) });
  await tx.course.update({
    where: { id: course.id },
    data: {
      title: draft.title,
      titleHi: draft.titleHi.trim() || null,
      summary: draft.summary,
      description: draft.description,
      language: draft.language,
      mode: draft.mode,
      durationMinutes: draft.durationMinutes,
      thumbnailId: draft.thumbnailId,
      version: revision.number,
      status: courseStatus,
      publishedAt: now,
    },
    select: { id: true },
  });
  await tx.courseRevision.update({
    where: { id: revisionId },
    data: { status: "PUBLISHED", publishedAt: now, title: draft.title, content: stored },
    select: { id: true },
  });

  const completedNow = await recomputeCourseProgress(tx, { courseId: course.id, now });
  await refreshCourseSearchText(tx, [course.id]);
  await tx.auditLog.create({
    data: {
      actorId,
      action: "course.version_published",
      entityType: "Course",
      entityId: course.id,
      organisationId: course.organisationId,
      details: { revisionId, version: revision.number, lessons: lessonChangeCounts(diff), completedByPublish: completedNow },
      createdAt: now,
    },
    select: { id: true },
  });
  return { courseId: course.id, version: revision.number, diff };
}

// A first version takes the course from APPROVED to PUBLISHED; a later one leaves a published
// course published and an archived one archived (it stays out of the catalogue until restored).
function nextCourseStatus(current: CourseStatus): CourseStatus {
  if (current === "APPROVED" || current === "PUBLISHED") return "PUBLISHED";
  if (current === "ARCHIVED") return "ARCHIVED";
  throw new StudioError("INVALID_STATUS_TRANSITION", "The course must be approved before its first version can be published.");
}

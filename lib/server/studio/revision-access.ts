import "server-only";
import { z } from "zod";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { emptyCourseDraft, parseCourseDraft, type CourseDraft } from "@/lib/domain/studio/course-draft";
import type { CourseStatus } from "@/lib/generated/prisma/client";
import { isProviderInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

type AccessUser = Pick<CurrentUser, "id" | "grants">;

const uuid = z.uuid();

const COURSE_NOT_AUTHORABLE = "That course could not be found, or you cannot edit it.";
const REVISION_NOT_VISIBLE = "That version could not be found, or you cannot open it.";

/** The version an author edits, with what the editor needs to save over it safely. */
export type AuthorRevision = {
  id: string;
  courseId: string;
  providerId: string;
  number: number;
  status: CourseStatus;
  editVersion: number;
  savedAt: Date;
  savedByName: string | null;
  /** The stored document; an unreadable one opens as an empty draft rather than failing the page. */
  content: CourseDraft;
};

/**
 * The open version (neither published nor archived) of a course the user may author: a member
 * of the course's provider or a super admin. Throws PermissionDeniedError when the course does not
 * exist or is someone else's (the same refusal, so ids cannot be probed); null when the course
 * has no open version (a published course whose next version has not been started).
 */
export async function loadRevisionForAuthor(user: AccessUser, courseId: string): Promise<AuthorRevision | null> {
  if (!uuid.safeParse(courseId).success) throw new PermissionDeniedError("course:author", COURSE_NOT_AUTHORABLE);
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: {
      id: true,
      providerId: true,
      revisions: {
        where: { publishedAt: null, archivedAt: null },
        select: {
          id: true,
          number: true,
          status: true,
          editVersion: true,
          savedAt: true,
          content: true,
          savedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!course || !isProviderInScope(user, course.providerId)) throw new PermissionDeniedError("course:author", COURSE_NOT_AUTHORABLE);
  const [open] = course.revisions;
  if (!open) return null;
  return {
    id: open.id,
    courseId: course.id,
    providerId: course.providerId,
    number: open.number,
    status: open.status,
    editVersion: open.editVersion,
    savedAt: open.savedAt,
    savedByName: open.savedBy?.name ?? null,
    content: parseCourseDraft(open.content) ?? emptyCourseDraft(),
  };
}

/**
 * Who may read a version (preview, review, comments): members of the course's provider, super
 * admins, and members of any reviewer group a review of this version was routed to. Anyone else,
 * and an id that does not exist, gets the same PermissionDeniedError.
 */
export async function assertCanViewRevision(user: AccessUser, revisionId: string): Promise<{ courseId: string; providerId: string }> {
  if (!uuid.safeParse(revisionId).success) throw new PermissionDeniedError(undefined, REVISION_NOT_VISIBLE);
  const revision = await db.courseRevision.findUnique({
    where: { id: revisionId },
    select: {
      courseId: true,
      course: { select: { providerId: true } },
      reviews: { where: { group: { members: { some: { userId: user.id } } } }, select: { id: true }, take: 1 },
    },
  });
  if (!revision) throw new PermissionDeniedError(undefined, REVISION_NOT_VISIBLE);
  const isReviewer = revision.reviews.length > 0;
  if (!isReviewer && !isProviderInScope(user, revision.course.providerId)) throw new PermissionDeniedError(undefined, REVISION_NOT_VISIBLE);
  return { courseId: revision.courseId, providerId: revision.course.providerId };
}

import "server-only";
import { z } from "zod";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { parseCourseDraft, type CourseDraft } from "@/lib/domain/studio/course-draft";
import { StudioError } from "@/lib/domain/studio/studio-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { isProviderInScope } from "@/lib/server/auth/scope";
import { db, type DbTransaction } from "@/lib/server/db";
import { adoptPlacedMedia } from "@/lib/server/studio/media/adopt-placed-media";
import { followQuestionReplacements } from "@/lib/server/studio/questions/follow-question-replacements";
import { draftFromLive } from "./draft-from-live";

type Author = Pick<CurrentUser, "id" | "grants">;

const uuid = z.uuid();

/**
 * Starts editing a published course: version N+1, a draft whose content is the published
 * version's document, while version N stays live for learners. A course published before the
 * studio existed has no document for its live version, so one is first written from the live
 * tables (keys = live ids) and recorded as that published version.
 *
 * Safe to call twice (a double click, two tabs): with an open version already there, that one is
 * returned. Calls serialise on the course row, and the partial unique index on open versions
 * turns any race that still slips through into the same answer.
 */
export async function openNextVersion(user: Author, courseId: string): Promise<{ revisionId: string }> {
  const course = uuid.safeParse(courseId).success
    ? await db.course.findUnique({ where: { id: courseId }, select: { id: true, providerId: true } })
    : null;
  if (!course || !isProviderInScope(user, course.providerId)) throw new PermissionDeniedError("course:author", "That course could not be found, or you cannot edit it.");

  // Before the transaction: it streams files into storage. A failure only costs the author an
  // upload, so it must not stop the version from opening.
  await adoptPlacedMedia({ courseId: course.id }).catch((error: unknown) => console.error("[studio] could not adopt a course's placed media", course.id, error));

  try {
    return await db.$transaction((tx) => openInTransaction(tx, user, course.id));
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const open = await findOpenRevision(db, course.id);
    if (!open) throw error;
    return { revisionId: open.id };
  }
}

async function openInTransaction(tx: Prisma.TransactionClient, user: Author, courseId: string): Promise<{ revisionId: string }> {
  const now = new Date();
  const [course] = await tx.$queryRaw<{ status: string; version: number; publishedAt: Date | null; organisationId: string | null }[]>`
    SELECT "status"::text, "version", "publishedAt", "organisationId" FROM "Course" WHERE "id" = ${courseId}::uuid FOR NO KEY UPDATE`;
  if (!course) throw new StudioError("COURSE_NOT_FOUND");
  const open = await findOpenRevision(tx, courseId);
  if (open) return { revisionId: open.id };
  if (course.status !== "PUBLISHED") throw new StudioError("COURSE_NOT_EDITABLE");

  const published = await publishedDocument(tx, { courseId, version: course.version, publishedAt: course.publishedAt ?? now, userId: user.id });
  const latest = await tx.courseRevision.aggregate({ where: { courseId }, _max: { number: true } });
  const number = Math.max(latest._max.number ?? 0, course.version) + 1;
  const created = await tx.courseRevision.create({
    // The bank may have replaced or archived questions the published version lists since.
    data: {
      courseId,
      number,
      status: "DRAFT",
      title: published.title,
      content: await withLiveMedia(tx, courseId, await followQuestionReplacements(tx, courseId, published)),
      createdById: user.id,
      savedById: user.id,
      savedAt: now,
    },
    select: { id: true },
  });
  await tx.auditLog.create({
    data: {
      actorId: user.id,
      action: "course.version_opened",
      entityType: "Course",
      entityId: courseId,
      organisationId: course.organisationId,
      details: { revisionId: created.id, version: number, from: course.version },
      createdAt: now,
    },
    select: { id: true },
  });
  return { revisionId: created.id };
}

/** The published version's document, written from the live tables first if it has none. */
async function publishedDocument(
  tx: Prisma.TransactionClient,
  input: { courseId: string; version: number; publishedAt: Date; userId: string },
): Promise<CourseDraft> {
  const revision = await tx.courseRevision.findFirst({ where: { courseId: input.courseId, status: "PUBLISHED" }, select: { content: true } });
  const stored = revision ? parseCourseDraft(revision.content) : null;
  if (stored) return stored;

  const live = await draftFromLive(tx, input.courseId);
  if (!live) throw new StudioError("COURSE_NOT_FOUND");
  if (!revision) {
    await tx.courseRevision.create({
      data: {
        courseId: input.courseId,
        number: input.version,
        status: "PUBLISHED",
        title: live.title,
        content: live,
        createdById: input.userId,
        savedAt: input.publishedAt,
        approvedAt: input.publishedAt,
        publishedAt: input.publishedAt,
      },
      select: { id: true },
    });
  }
  return live;
}

/**
 * A published document written before its lessons' files became assets names no media for them;
 * the live lesson (same key) now does, and the new version starts from what learners see.
 */
async function withLiveMedia(tx: Prisma.TransactionClient, courseId: string, draft: CourseDraft): Promise<CourseDraft> {
  const missing = draft.modules.flatMap((module) => module.lessons.flatMap((lesson) => ((lesson.type === "VIDEO" || lesson.type === "PDF") && !lesson.mediaId ? [lesson.key] : [])));
  if (missing.length === 0) return draft;
  const live = await tx.lesson.findMany({ where: { courseId, id: { in: missing }, mediaId: { not: null } }, select: { id: true, type: true, mediaId: true } });
  const mediaOf = new Map(live.map((lesson) => [lesson.id, lesson]));
  return {
    ...draft,
    modules: draft.modules.map((module) => ({
      ...module,
      lessons: module.lessons.map((lesson) => {
        const row = mediaOf.get(lesson.key);
        return (lesson.type === "VIDEO" || lesson.type === "PDF") && !lesson.mediaId && row?.mediaId && row.type === lesson.type ? { ...lesson, mediaId: row.mediaId } : lesson;
      }),
    })),
  };
}

function findOpenRevision(client: Prisma.TransactionClient | DbTransaction, courseId: string) {
  return client.courseRevision.findFirst({ where: { courseId, publishedAt: null, archivedAt: null }, select: { id: true } });
}

import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { parseCourseDraft, type CourseDraft } from "@/lib/domain/studio/course-draft";
import type { CourseStatus } from "@/lib/generated/prisma/client";
import { isProviderInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { assertCanViewRevision } from "@/lib/server/studio/revision-access";

export type RevisionPreview = {
  revisionId: string;
  number: number;
  status: CourseStatus;
  providerName: string;
  draft: CourseDraft;
  competencies: { id: string; name: string; level: number; levelName: string | null }[];
  /** Uploaded files the draft points at, by id, with where they are served. */
  media: Record<string, { url: string; originalName: string }>;
};

/**
 * One version as learners would see it. With a revision id: whoever may view that version
 * (assertCanViewRevision) — it must be a version of this course. Without: the newest version,
 * for the course's authors only. Null when there is nothing to preview (a course from before the
 * studio with no version document).
 */
export async function getRevisionPreview(user: Pick<CurrentUser, "id" | "grants">, courseId: string, revisionId: string | null): Promise<RevisionPreview | null> {
  let id = revisionId;
  if (id) {
    const access = await assertCanViewRevision(user, id);
    if (access.courseId !== courseId) return null;
  } else {
    const course = await db.course.findUnique({ where: { id: courseId }, select: { providerId: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true } } } });
    if (!course || !isProviderInScope(user, course.providerId)) return null;
    id = course.revisions[0]?.id ?? null;
    if (!id) return null;
  }
  const revision = await db.courseRevision.findUnique({
    where: { id },
    select: { id: true, number: true, status: true, content: true, course: { select: { providerId: true, provider: { select: { name: true } } } } },
  });
  const draft = revision ? parseCourseDraft(revision.content) : null;
  if (!revision || !draft) return null;

  const mediaIds = [draft.thumbnailId, ...draft.modules.flatMap((module) => module.lessons.map((lesson) => ("mediaId" in lesson ? lesson.mediaId : null)))].filter((value): value is string => !!value);
  const [competencies, media] = await Promise.all([
    db.competency.findMany({
      where: { id: { in: draft.competencies.map((tag) => tag.competencyId) } },
      select: { id: true, name: true, levels: { select: { level: true, name: true } } },
    }),
    db.mediaAsset.findMany({ where: { id: { in: mediaIds }, providerId: revision.course.providerId }, select: { id: true, originalName: true } }),
  ]);
  const byId = new Map(competencies.map((competency) => [competency.id, competency]));
  return {
    revisionId: revision.id,
    number: revision.number,
    status: revision.status,
    providerName: revision.course.provider.name,
    draft,
    competencies: draft.competencies.flatMap((tag) => {
      const competency = byId.get(tag.competencyId);
      return competency ? [{ id: competency.id, name: competency.name, level: tag.level, levelName: competency.levels.find((entry) => entry.level === tag.level)?.name ?? null }] : [];
    }),
    media: Object.fromEntries(media.map((asset) => [asset.id, { url: `/media/${asset.id}`, originalName: asset.originalName }])),
  };
}

import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import type { CourseDraft } from "@/lib/domain/studio/course-draft";
import { db } from "@/lib/server/db";
import { loadRevisionForAuthor, type AuthorRevision } from "@/lib/server/studio/revision-access";

export type BankQuestionOption = {
  id: string;
  prompt: string;
  type: "SINGLE" | "MULTIPLE" | "TRUE_FALSE";
  competencyId: string | null;
  competencyName: string | null;
  level: number | null;
};

export type CompetencyOption = {
  id: string;
  code: string;
  name: string;
  area: string;
  type: string;
  levels: { level: number; name: string }[];
  /** False for a competency of a superseded framework the draft still names. */
  isActive: boolean;
};

export type MediaSummary = { id: string; kind: "VIDEO" | "PDF" | "IMAGE"; originalName: string; sizeBytes: number; url: string };

export type CourseEditorData = {
  revision: AuthorRevision | null;
  bank: BankQuestionOption[];
  competencies: CompetencyOption[];
  media: MediaSummary[];
};

/**
 * Everything the Content tab needs: the open version (null when a published course has none yet),
 * the course's live question bank, the active framework's competencies with their level names,
 * and the files the draft points at. Authorised by loadRevisionForAuthor before anything else.
 */
export async function getCourseEditor(user: Pick<CurrentUser, "id" | "grants">, courseId: string): Promise<CourseEditorData> {
  const revision = await loadRevisionForAuthor(user, courseId);
  if (!revision) return { revision: null, bank: [], competencies: [], media: [] };
  const draft = revision.content;
  const [bank, competencies, media] = await Promise.all([
    db.question.findMany({
      where: { courseId, archivedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, prompt: true, type: true, competencyId: true, level: true, competency: { select: { name: true } } },
    }),
    db.competency.findMany({
      where: { OR: [{ framework: { status: "ACTIVE" } }, { id: { in: draft.competencies.map((entry) => entry.competencyId) } }] },
      orderBy: [{ name: "asc" }],
      select: {
        id: true,
        code: true,
        name: true,
        area: true,
        type: true,
        framework: { select: { status: true } },
        levels: { orderBy: { level: "asc" }, select: { level: true, name: true } },
      },
    }),
    db.mediaAsset.findMany({
      where: { id: { in: mediaIdsOf(draft) }, providerId: revision.providerId },
      select: { id: true, kind: true, originalName: true, sizeBytes: true },
    }),
  ]);
  return {
    revision,
    bank: bank.map(({ competency, ...question }) => ({ ...question, competencyName: competency?.name ?? null })),
    competencies: competencies.map(({ framework, ...competency }) => ({ ...competency, isActive: framework.status === "ACTIVE" })),
    media: media.map((asset) => ({ ...asset, sizeBytes: Number(asset.sizeBytes), url: `/media/${asset.id}` })),
  };
}

export function mediaIdsOf(draft: CourseDraft): string[] {
  const ids = draft.modules.flatMap((module) => module.lessons.flatMap((lesson) => ((lesson.type === "VIDEO" || lesson.type === "PDF") && lesson.mediaId ? [lesson.mediaId] : [])));
  return draft.thumbnailId ? [draft.thumbnailId, ...ids] : ids;
}

import "server-only";
import { formatDateTime } from "@/lib/domain/format-date";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { CourseDraft } from "@/lib/domain/studio/course-draft";
import { StudioError } from "@/lib/domain/studio/studio-error";
import { stripMarkdownHtml } from "@/lib/domain/studio/strip-markdown-html";
import type { MediaKind } from "@/lib/generated/prisma/client";
import { isProviderInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type SaveCourseDraftInput = {
  revisionId: string;
  /** The editVersion the author's copy was loaded or last saved at. */
  editVersion: number;
  /** Already parsed with courseDraftSchema. */
  content: CourseDraft;
  now?: Date;
};

export type SavedCourseDraft = { editVersion: number; savedAt: Date };

// Only these states are the author's to change; in review and after, the document is frozen.
const EDITABLE = ["DRAFT", "CHANGES_REQUESTED"] as const;

/**
 * Saves the whole document over an open version of the author's course. The save names the
 * editVersion it started from and succeeds only if nobody saved since (optimistic locking in the
 * UPDATE itself), so two tabs or two colleagues never overwrite each other silently: the later
 * one is refused with STALE_EDIT saying who saved and when. Drafts are not searchable, so the
 * course's search text is left for publishing to refresh.
 */
export async function saveCourseDraft(user: Pick<CurrentUser, "id" | "grants">, input: SaveCourseDraftInput): Promise<SavedCourseDraft> {
  const now = input.now ?? new Date();
  const revision = await db.courseRevision.findUnique({
    where: { id: input.revisionId },
    select: { course: { select: { providerId: true } } },
  });
  if (!revision || !isProviderInScope(user, revision.course.providerId)) {
    throw new PermissionDeniedError("course:author", "That course could not be found, or you cannot edit it.");
  }

  const content = sanitiseDraft(input.content);
  await assertMediaOfProvider(content, revision.course.providerId);

  const saved = await db.courseRevision.updateManyAndReturn({
    where: {
      id: input.revisionId,
      editVersion: input.editVersion,
      status: { in: [...EDITABLE] },
      publishedAt: null,
      archivedAt: null,
    },
    data: { content, title: content.title, editVersion: { increment: 1 }, savedAt: now, savedById: user.id },
    select: { editVersion: true, savedAt: true },
  });
  const [row] = saved;
  if (row) return row;
  throw await refusalFor(input.revisionId);
}

/** Why the guarded update matched nothing: the version left the editable states, or someone saved first. */
async function refusalFor(revisionId: string): Promise<StudioError> {
  const current = await db.courseRevision.findUniqueOrThrow({
    where: { id: revisionId },
    select: { status: true, publishedAt: true, archivedAt: true, savedAt: true, savedBy: { select: { name: true } } },
  });
  const isEditable = (EDITABLE as readonly string[]).includes(current.status) && !current.publishedAt && !current.archivedAt;
  if (!isEditable) return new StudioError("REVISION_NOT_EDITABLE");
  const who = current.savedBy?.name ?? "someone";
  return new StudioError(
    "STALE_EDIT",
    `A newer copy of this course was saved by ${who} at ${formatDateTime(current.savedAt)}, after you opened it (perhaps in another tab). Your latest changes were not saved. Reload the latest copy before editing again.`,
  );
}

/** Raw HTML out of every Markdown field; plain-text fields are escaped when rendered. */
function sanitiseDraft(draft: CourseDraft): CourseDraft {
  return {
    ...draft,
    description: stripMarkdownHtml(draft.description),
    modules: draft.modules.map((module) => ({
      ...module,
      lessons: module.lessons.map((lesson) => {
        if (lesson.type === "TEXT") return { ...lesson, body: stripMarkdownHtml(lesson.body) };
        if (lesson.type === "ASSESSMENT") {
          return { ...lesson, assessment: { ...lesson.assessment, instructions: stripMarkdownHtml(lesson.assessment.instructions) } };
        }
        return lesson;
      }),
    })),
  };
}

/**
 * Every file the draft points at must be one this provider uploaded, of the kind its place
 * needs: an id is only a string in the document, and another provider's asset must not be
 * borrowed into this course.
 */
async function assertMediaOfProvider(draft: CourseDraft, providerId: string): Promise<void> {
  const wanted = new Map<string, { kind: MediaKind; path: string }>();
  if (draft.thumbnailId) wanted.set(draft.thumbnailId, { kind: "IMAGE", path: "thumbnailId" });
  draft.modules.forEach((module, moduleIndex) =>
    module.lessons.forEach((lesson, lessonIndex) => {
      if ((lesson.type === "VIDEO" || lesson.type === "PDF") && lesson.mediaId) {
        wanted.set(lesson.mediaId, { kind: lesson.type, path: `modules.${moduleIndex}.lessons.${lessonIndex}.mediaId` });
      }
    }),
  );
  if (wanted.size === 0) return;
  const found = await db.mediaAsset.findMany({ where: { id: { in: [...wanted.keys()] }, providerId }, select: { id: true, kind: true } });
  const kinds = new Map(found.map((asset) => [asset.id, asset.kind]));
  const wrong = [...wanted].filter(([id, need]) => kinds.get(id) !== need.kind).map(([, need]) => need.path);
  if (wrong.length > 0) {
    throw new StudioError("VERSION_CONTENT_INVALID", "A file in this course is not one your provider uploaded, or is the wrong kind. Upload it again.", wrong);
  }
}

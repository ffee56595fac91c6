"use server";

import { redirect } from "next/navigation";
import { fail, ok, type ActionResult, type FieldErrors } from "@/lib/domain/action-result";
import { courseDraftSchema } from "@/lib/domain/studio/course-draft";
import { authorisedAction } from "@/lib/server/auth/authorised-action";
import { renderMarkdown } from "@/lib/server/content/render-markdown";
import { saveCourseDraft } from "@/lib/server/studio/revisions/save-course-draft";
import { openNextVersion } from "@/lib/server/studio/versions/open-next-version";
import { studioCourseHref } from "../course-hrefs";
import { renderMarkdownSchema, saveCourseDraftSchema, startNextVersionSchema } from "./actions.schema";

export type SavedDraft = { editVersion: number; savedAt: string };

/**
 * Autosave of the whole document. Authorisation on the course's provider, the stale-edit check and
 * sanitising happen in saveCourseDraft; a refusal comes back as STALE_EDIT or REVISION_NOT_EDITABLE.
 */
export const saveCourseDraftAction = authorisedAction(
  "course:author",
  saveCourseDraftSchema,
  async (input, user): Promise<ActionResult<SavedDraft>> => {
    const content = courseDraftSchema.safeParse(input.content);
    if (!content.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of content.error.issues) {
        const path = issue.path.join(".") || "content";
        fieldErrors[path] = [...(fieldErrors[path] ?? []), issue.message];
      }
      return fail("INVALID_INPUT", "Some fields need attention; nothing was saved until they are fixed.", fieldErrors);
    }
    const saved = await saveCourseDraft(user, { revisionId: input.revisionId, editVersion: input.editVersion, content: content.data });
    return ok({ editVersion: saved.editVersion, savedAt: saved.savedAt.toISOString() });
  },
);

/** The Markdown preview toggle: the same renderer and sanitiser learners get. */
export const renderMarkdownAction = authorisedAction(
  "course:author",
  renderMarkdownSchema,
  async (input): Promise<ActionResult<string>> => ok(renderMarkdown(input.markdown)),
);

/** "Edit — start version N+1" on a published course with no open version. */
export const startNextVersionAction = authorisedAction(
  "course:author",
  startNextVersionSchema,
  async (input, user): Promise<ActionResult<never>> => {
    await openNextVersion(user, input.courseId);
    redirect(studioCourseHref(input.courseId));
  },
);

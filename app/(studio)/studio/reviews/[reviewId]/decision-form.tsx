"use client";

import { useActionState, useId } from "react";
import { CheckCircle2, MessageSquarePlus, TriangleAlert } from "lucide-react";
import type { ActionResult } from "@/lib/domain/action-result";
import { REVIEW_COMMENT_MAX_LENGTH, REVIEW_NOTE_MAX_LENGTH } from "@/lib/domain/studio/review-comment";
import { formatLearningSeconds } from "@/lib/domain/format-duration";
import type { ReviewLessonView } from "@/lib/server/studio/review/get-review-detail";
import { decide } from "./actions";
import { LESSON_COMMENT_PREFIX, type DecideResult } from "./actions.schema";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

const TEXTAREA = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base";

/**
 * The whole decision in one form: a comment on any lesson (each behind its own "Comment on this
 * lesson" control), a comment on the course, a note, then Approve or Request changes.
 */
export function DecisionForm({ reviewId, lessons }: { reviewId: string; lessons: ReviewLessonView[] }) {
  const [state, action, isPending] = useActionState<ActionResult<DecideResult> | null, FormData>(decide, null);
  const id = useId();

  if (state?.ok) {
    return (
      <p role="status" className="flex items-start gap-2 rounded-md border border-green-300 bg-green-50 p-4 text-green-900">
        <CheckCircle2 aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
        {state.data.message}
      </p>
    );
  }

  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="reviewId" value={reviewId} />
      <ol className="space-y-3" aria-label="Lessons of this version">
        {lessons.map((lesson, index) => (
          <li key={lesson.key} className="rounded-md border border-slate-200 p-3">
            <LessonSummary lesson={lesson} index={index} />
            <details className="mt-2 group">
              <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-2 text-sm font-semibold text-navy-800 hover:bg-navy-50">
                <MessageSquarePlus aria-hidden="true" className="size-4" /> Comment on this lesson
                <span className="sr-only">: {lesson.title}</span>
              </summary>
              <label htmlFor={`${id}-${lesson.key}`} className="mt-2 block text-sm font-semibold text-slate-800">
                Your comment on “{lesson.title}”
              </label>
              <textarea id={`${id}-${lesson.key}`} name={`${LESSON_COMMENT_PREFIX}${lesson.key}`} rows={3} maxLength={REVIEW_COMMENT_MAX_LENGTH} className={TEXTAREA} />
            </details>
          </li>
        ))}
      </ol>

      <div>
        <label htmlFor={`${id}-course`} className="block text-sm font-semibold text-slate-800">
          Comment on the whole course <span className="font-normal text-slate-600">(optional)</span>
        </label>
        <textarea id={`${id}-course`} name="courseComment" rows={3} maxLength={REVIEW_COMMENT_MAX_LENGTH} className={TEXTAREA} />
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-semibold text-slate-800">
          Note with your decision <span className="font-normal text-slate-600">(optional when approving)</span>
        </label>
        <textarea id={`${id}-note`} name="note" rows={2} maxLength={REVIEW_NOTE_MAX_LENGTH} aria-describedby={`${id}-note-hint`} className={TEXTAREA} />
        <p id={`${id}-note-hint`} className="mt-1 text-sm text-slate-600">
          To request changes, write a note or at least one comment so the authors know what to fix.
        </p>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" name="outcome" value="APPROVED" disabled={isPending} className={PRIMARY_BUTTON}>
          Approve
        </button>
        <button type="submit" name="outcome" value="CHANGES_REQUESTED" disabled={isPending} className={SECONDARY_BUTTON}>
          Request changes
        </button>
        {isPending ? <span className="text-sm text-slate-700">Saving your decision…</span> : null}
      </div>
      <div aria-live="polite" className="text-sm empty:hidden">
        {state && !state.ok ? (
          <p className="flex items-start gap-2 text-red-800">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}

export function LessonSummary({ lesson, index }: { lesson: ReviewLessonView; index: number }) {
  return (
    <div>
      <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
        {lesson.moduleTitle} · Lesson {index + 1}
      </p>
      <h3 className="text-base font-semibold text-navy-900">{lesson.title}</h3>
      <p className="text-sm text-slate-700">
        {lesson.type.charAt(0) + lesson.type.slice(1).toLowerCase()}
        {lesson.durationSeconds > 0 ? ` · ${formatLearningSeconds(lesson.durationSeconds)}` : ""}
      </p>
      {lesson.excerpt ? <p className="mt-1 text-sm break-words text-slate-700">{lesson.excerpt}</p> : null}
    </div>
  );
}

"use client";

import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { replyToRatingAction } from "./actions";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

export function ReplyForm({ courseId, ratingId, learnerName, reply }: { courseId: string; ratingId: string; learnerName: string; reply: string | null }) {
  const [state, formAction, isPending] = useActionState<ActionResult<undefined> | null, FormData>(replyToRatingAction, null);
  const id = useId();
  const error = state && !state.ok ? (state.fieldErrors?.reply?.[0] ?? state.message) : null;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="ratingId" value={ratingId} />
      <label htmlFor={`${id}-reply`} className="block text-sm font-semibold text-slate-800">
        {reply ? `Change your public reply to ${learnerName}` : `Public reply to ${learnerName}`}
      </label>
      <textarea
        id={`${id}-reply`}
        name="reply"
        rows={2}
        maxLength={2000}
        defaultValue={reply ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-400 px-3 py-2 text-base"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <button type="submit" className={PRIMARY_BUTTON} disabled={isPending}>
          {isPending ? "Posting…" : reply ? "Update reply" : "Post reply"}
        </button>
        <p aria-live="polite" className="text-sm font-semibold text-green-800">
          {state?.ok ? "Reply posted. Learners see it under the review." : null}
        </p>
      </div>
    </form>
  );
}

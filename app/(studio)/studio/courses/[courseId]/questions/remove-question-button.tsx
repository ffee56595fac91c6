"use client";

import { useId, useState } from "react";
import { Archive, Trash2 } from "lucide-react";
import { removeQuestionAction } from "./actions";
import { useActionForm } from "./use-action-form";
import { DANGER_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

/**
 * Delete (never asked, not in a live assessment) or archive, after one confirmation that says
 * which it will be and what it means.
 */
export function RemoveQuestionButton({ courseId, questionId, isDeletable, questionNumber }: { courseId: string; questionId: string; isDeletable: boolean; questionNumber: number }) {
  const { state, formAction, onSubmit, isPending } = useActionForm(removeQuestionAction);
  const [isConfirming, setIsConfirming] = useState(false);
  const id = useId();
  const verb = isDeletable ? "Delete" : "Archive";
  const Icon = isDeletable ? Trash2 : Archive;

  if (!isConfirming) {
    return (
      <button type="button" onClick={() => setIsConfirming(true)} className={DANGER_BUTTON}>
        <Icon aria-hidden="true" className="size-4" /> {verb}
        <span className="sr-only"> question {questionNumber}</span>
      </button>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} aria-labelledby={`${id}-confirm`} className="w-full space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="questionId" value={questionId} />
      <p id={`${id}-confirm`} className="text-sm text-red-900">
        {isDeletable
          ? `Delete question ${questionNumber}? No learner has been asked it, so it is removed for good.`
          : `Archive question ${questionNumber}? Learners have been asked it or a live assessment lists it, so it is kept with its answers but leaves the bank, random draws and the draft's question lists.`}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={isPending} aria-busy={isPending} className={DANGER_BUTTON}>
          <Icon aria-hidden="true" className="size-4" /> {isPending ? "Working…" : `${verb} it`}
        </button>
        <button type="button" onClick={() => setIsConfirming(false)} className={SECONDARY_BUTTON} autoFocus>
          Keep it
        </button>
      </div>
      <p aria-live="polite" className="text-sm font-semibold text-red-800">
        {state && !state.ok ? state.message : null}
      </p>
    </form>
  );
}

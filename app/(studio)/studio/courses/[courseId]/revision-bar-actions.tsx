"use client";

import { useActionState } from "react";
import { Send, Undo2 } from "lucide-react";
import type { ActionResult } from "@/lib/domain/action-result";
import { submitForReview, withdrawFromReview } from "./review-actions";
import type { RevisionActionResult } from "./review-actions.schema";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

type State = ActionResult<RevisionActionResult> | null;

/** Submit or Withdraw, with the outcome (or the list of what to fix) announced beside it. */
export function RevisionBarActions({ courseId, revisionId, canSubmit, canWithdraw, isResubmission }: { courseId: string; revisionId: string; canSubmit: boolean; canWithdraw: boolean; isResubmission: boolean }) {
  const [submitState, submitAction, isSubmitting] = useActionState<State, FormData>(submitForReview, null);
  const [withdrawState, withdrawAction, isWithdrawing] = useActionState<State, FormData>(withdrawFromReview, null);
  const state = withdrawState ?? submitState;
  const problems = state && !state.ok ? (state.fieldErrors?.problems ?? []) : [];

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {canSubmit ? (
          <form action={submitAction}>
            <input type="hidden" name="courseId" value={courseId} />
            <input type="hidden" name="revisionId" value={revisionId} />
            <button type="submit" disabled={isSubmitting} className={PRIMARY_BUTTON}>
              <Send aria-hidden="true" className="size-4" /> {isSubmitting ? "Submitting…" : isResubmission ? "Resubmit for review" : "Submit for review"}
            </button>
          </form>
        ) : null}
        {canWithdraw ? (
          <form action={withdrawAction}>
            <input type="hidden" name="courseId" value={courseId} />
            <input type="hidden" name="revisionId" value={revisionId} />
            <button type="submit" disabled={isWithdrawing} className={SECONDARY_BUTTON}>
              <Undo2 aria-hidden="true" className="size-4" /> {isWithdrawing ? "Withdrawing…" : "Withdraw from review"}
            </button>
          </form>
        ) : null}
      </div>
      <div aria-live="polite" className="text-sm empty:hidden">
        {state?.ok ? <p className="text-green-800">{state.data.message}</p> : null}
        {state && !state.ok ? (
          <div className="text-red-800">
            <p>{state.message}</p>
            {problems.length > 0 ? (
              <ul className="mt-1 list-disc pl-5">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { cancelBatchAction } from "./actions";
import { DANGER_BUTTON } from "@/components/ui-classes";

export function CancelBatchForm({ batchId, code, enrolled }: { batchId: string; code: string; enrolled: number }) {
  const [state, formAction, isPending] = useActionState<ActionResult<{ affectedLearners: number }> | null, FormData>(cancelBatchAction, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="batchId" value={batchId} />
      <p className="text-sm text-slate-700">
        {enrolled > 0 ? `${enrolled} enrolled ${enrolled === 1 ? "official keeps" : "officials keep"} their enrolment but the batch will not run.` : "Nobody is enrolled yet."}
      </p>
      <button type="submit" className={DANGER_BUTTON} disabled={isPending} aria-label={`Cancel batch ${code}`}>
        Cancel this batch
      </button>
      <p aria-live="polite" className="text-sm font-semibold">
        {state?.ok
          ? `Batch cancelled. ${state.data.affectedLearners} enrolled ${state.data.affectedLearners === 1 ? "official is" : "officials are"} affected; an email telling each of them has been queued.`
          : state
            ? <span className="text-red-800">{state.message}</span>
            : null}
      </p>
    </form>
  );
}

"use client";

import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { DECISION_REASON_MAX_LENGTH } from "@/lib/domain/admin/request-status";
import { CONTROL, DANGER_BUTTON, FIELD_ERROR, LABEL, PRIMARY_BUTTON } from "@/components/ui-classes";

type Decide = (previous: unknown, formData: FormData) => Promise<ActionResult<{ status: "APPROVED" | "REJECTED" }>>;

/** Approve, or reject with a reason the requester reads. Shared by transfers and registrations. */
export function DecisionForm({ requestId, subject, decide }: { requestId: string; subject: string; decide: Decide }) {
  const [state, action, isPending] = useActionState<ActionResult<{ status: "APPROVED" | "REJECTED" }> | null, FormData>(decide, null);
  const id = useId();
  const reasonError = state && !state.ok ? state.fieldErrors?.reason?.[0] : undefined;
  if (state?.ok) {
    return (
      <p role="status" className="font-semibold text-green-800">
        {state.data.status === "APPROVED" ? `Approved: ${subject}.` : `Rejected: ${subject}.`}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <div>
        <label htmlFor={`${id}-reason`} className={LABEL}>
          Reason <span className="font-normal text-slate-600">(needed to reject)</span>
        </label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          maxLength={DECISION_REASON_MAX_LENGTH}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${id}-reason-error` : undefined}
          className={`${CONTROL} py-2`}
        />
        {reasonError ? (
          <p id={`${id}-reason-error`} className={FIELD_ERROR}>
            {reasonError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" name="decision" value="APPROVE" disabled={isPending} className={PRIMARY_BUTTON} aria-label={`Approve ${subject}`}>
          Approve
        </button>
        <button type="submit" name="decision" value="REJECT" disabled={isPending} className={DANGER_BUTTON} aria-label={`Reject ${subject}`}>
          Reject
        </button>
        <p aria-live="polite" className="text-sm">
          {state && !state.ok ? <span className="font-semibold text-red-800">{state.message}</span> : null}
        </p>
      </div>
    </form>
  );
}

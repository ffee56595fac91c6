"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import type { GroupActionResult } from "./actions.schema";

type Action = (state: ActionResult<GroupActionResult> | null, formData: FormData) => Promise<ActionResult<GroupActionResult>>;

/** A small form for one management step, announcing its outcome (or its field errors) beside it. */
export function ActionForm({ action, children, submitLabel, buttonClassName, label }: { action: Action; children: ReactNode; submitLabel: ReactNode; buttonClassName: string; label: string }) {
  const [state, formAction, isPending] = useActionState<ActionResult<GroupActionResult> | null, FormData>(action, null);
  const fieldErrors = state && !state.ok ? Object.values(state.fieldErrors ?? {}).flat() : [];
  return (
    <form action={formAction} aria-label={label} className="space-y-2">
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} className={buttonClassName}>
          {submitLabel}
        </button>
        <p aria-live="polite" className="text-sm">
          {state?.ok ? <span className="text-green-800">{state.data.message}</span> : null}
          {state && !state.ok ? <span className="text-red-800">{[state.message, ...fieldErrors].join(" ")}</span> : null}
        </p>
      </div>
    </form>
  );
}

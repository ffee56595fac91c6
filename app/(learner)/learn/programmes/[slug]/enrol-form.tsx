"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { enrolInProgrammeAction } from "./actions";

export function EnrolForm({ programmeId, labels }: { programmeId: string; labels: { enrol: string; enrolling: string; hint: string } }) {
  const [state, formAction, isPending] = useActionState<ActionResult<unknown> | null, FormData>(enrolInProgrammeAction, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="programmeId" value={programmeId} />
      <button
        type="submit"
        disabled={isPending}
        aria-describedby="programme-enrol-hint"
        className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-5 text-sm font-semibold text-white hover:bg-navy-700 disabled:opacity-70"
      >
        {isPending ? labels.enrolling : labels.enrol}
      </button>
      <p id="programme-enrol-hint" className="text-sm text-slate-700">
        {labels.hint}
      </p>
      <p aria-live="polite" className="text-sm font-semibold text-red-800">
        {state && !state.ok ? state.message : null}
      </p>
    </form>
  );
}

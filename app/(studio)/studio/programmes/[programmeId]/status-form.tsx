"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { changeProgrammeStatusAction } from "../actions";
import { DANGER_BUTTON, PRIMARY_BUTTON } from "@/components/ui-classes";

/** Publish or archive, with the refusal (too few published courses) shown beside the button. */
export function StatusForm({ programmeId, status }: { programmeId: string; status: "PUBLISHED" | "ARCHIVED" }) {
  const [state, formAction, isPending] = useActionState<ActionResult<undefined> | null, FormData>(changeProgrammeStatusAction, null);
  const isPublish = status === "PUBLISHED";
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="status" value={status} />
      <button type="submit" className={isPublish ? PRIMARY_BUTTON : DANGER_BUTTON} disabled={isPending}>
        {isPending ? "Working…" : isPublish ? "Publish programme" : "Archive programme"}
      </button>
      <p aria-live="polite" className="text-sm font-semibold text-red-800">
        {state && !state.ok ? state.message : null}
      </p>
    </form>
  );
}

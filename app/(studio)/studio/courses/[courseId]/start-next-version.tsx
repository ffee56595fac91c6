"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { startNextVersionAction } from "./actions";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

/** For a published course with no open version: copy the live version into version N+1 and edit that. */
export function StartNextVersion({ courseId, nextNumber }: { courseId: string; nextNumber: number }) {
  const [state, formAction, isPending] = useActionState<ActionResult<never> | null, FormData>(startNextVersionAction, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="courseId" value={courseId} />
      <button type="submit" className={PRIMARY_BUTTON} disabled={isPending}>
        {isPending ? "Starting…" : `Edit — start version ${nextNumber}`}
      </button>
      <p aria-live="polite" className="text-sm font-semibold text-red-800">
        {state && !state.ok ? state.message : null}
      </p>
    </form>
  );
}

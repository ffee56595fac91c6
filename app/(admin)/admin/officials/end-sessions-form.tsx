"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { SECONDARY_BUTTON } from "@/components/ui-classes";
import { endAllSessions } from "./actions";

/** Signs one official out on every device at once. */
export function EndSessionsForm({ officialId }: { officialId: string }) {
  const [state, action, isPending] = useActionState<ActionResult<{ sessionsEnded: number }> | null, FormData>(endAllSessions, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="officialId" value={officialId} />
      <button type="submit" disabled={isPending} className={SECONDARY_BUTTON}>
        End all sessions
      </button>
      <p aria-live="polite" className="text-sm">
        {state && !state.ok ? <span className="font-semibold text-red-800">{state.message}</span> : null}
        {state?.ok ? <span className="text-green-800">{state.data.sessionsEnded === 1 ? "1 session ended." : `${state.data.sessionsEnded} sessions ended.`}</span> : null}
      </p>
    </form>
  );
}

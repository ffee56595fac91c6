"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { DANGER_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";
import { changeOfficialStatus } from "./actions";

/** Suspend (ending every session on its next request) or reactivate one official. */
export function StatusForm({ officialId, officialName, status }: { officialId: string; officialName: string; status: "ACTIVE" | "SUSPENDED" }) {
  const [state, action, isPending] = useActionState<ActionResult<{ status: "ACTIVE" | "SUSPENDED" }> | null, FormData>(changeOfficialStatus, null);
  const target = status === "ACTIVE" ? "SUSPENDED" : "ACTIVE";
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="officialId" value={officialId} />
      <input type="hidden" name="status" value={target} />
      <button type="submit" disabled={isPending} className={target === "SUSPENDED" ? DANGER_BUTTON : SECONDARY_BUTTON}>
        {target === "SUSPENDED" ? `Suspend ${officialName}` : `Reactivate ${officialName}`}
      </button>
      <p aria-live="polite" className="text-sm">
        {state && !state.ok ? <span className="font-semibold text-red-800">{state.message}</span> : null}
        {state?.ok ? <span className="text-green-800">{state.data.status === "SUSPENDED" ? "Suspended. Their sessions end on their next request." : "Reactivated."}</span> : null}
      </p>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { withdrawContentRequestAction } from "./actions";
import { SECONDARY_BUTTON } from "@/components/ui-classes";

export function WithdrawForm({ requestId, label }: { requestId: string; label: string }) {
  const [state, formAction, isPending] = useActionState<ActionResult<undefined> | null, FormData>(withdrawContentRequestAction, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="requestId" value={requestId} />
      <button type="submit" className={SECONDARY_BUTTON} disabled={isPending} aria-label={`Withdraw the request for ${label}`}>
        Withdraw
      </button>
      <p aria-live="polite" className="text-sm font-semibold text-red-800">
        {state && !state.ok ? state.message : null}
      </p>
    </form>
  );
}

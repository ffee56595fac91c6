"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { SECONDARY_BUTTON } from "@/components/ui-classes";
import { withdrawMyProfileChange } from "./actions";

export function WithdrawForm({ requestId }: { requestId: string }) {
  const [state, action, isPending] = useActionState<ActionResult<{ status: string }> | null, FormData>(withdrawMyProfileChange, null);
  const t = useTranslations("profile");
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="requestId" value={requestId} />
      <button type="submit" disabled={isPending} className={SECONDARY_BUTTON}>
        {t("withdraw")}
      </button>
      <p aria-live="polite" className="text-sm">
        {state && !state.ok ? <span className="font-semibold text-red-800">{state.message}</span> : null}
      </p>
    </form>
  );
}

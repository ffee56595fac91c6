"use client";

import { useActionState } from "react";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-result";
import { declineRating } from "./actions";

/** Declining needs no more than the button: the held level is untouched and nothing is recorded against the official. */
export function DeclineForm({ reporteeId, competencyId, competencyName }: { reporteeId: string; competencyId: string; competencyName: string }) {
  const t = useTranslations("competencyForms");
  const [state, formAction, isPending] = useActionState<ActionResult<undefined> | null, FormData>(declineRating, null);
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
      <input type="hidden" name="reporteeId" value={reporteeId} />
      <input type="hidden" name="competencyId" value={competencyId} />
      <button
        type="submit"
        disabled={isPending}
        aria-busy={isPending}
        aria-describedby={`decline-hint-${competencyId}`}
        className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 text-sm font-semibold text-slate-800 hover:bg-slate-100 disabled:cursor-wait disabled:opacity-70"
      >
        {isPending ? t("saving") : t("decline.submit")}
        <span className="sr-only"> {competencyName}</span>
      </button>
      <p id={`decline-hint-${competencyId}`} className="text-sm text-slate-600">
        {t("decline.hint")}
      </p>
      <div aria-live="polite" aria-atomic="true" className="w-full text-sm empty:hidden">
        {state?.ok ? <p className="text-green-800">{t("decline.done")}</p> : null}
        {state && !state.ok ? (
          <p className="flex items-start gap-2 text-red-800">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}

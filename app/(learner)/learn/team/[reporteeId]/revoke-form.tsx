"use client";

import { useActionState, useId } from "react";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-result";
import { REVOKE_REASON_MAX_LENGTH } from "@/lib/domain/competency/endorsement";
import { revoke } from "./actions";

/** Folded behind a disclosure, so an endorsement is not withdrawn by a stray tap; a reason is required. */
export function RevokeForm({ entryId }: { entryId: string }) {
  const t = useTranslations("competencyForms");
  const [state, formAction, isPending] = useActionState<ActionResult<undefined> | null, FormData>(revoke, null);
  const id = useId();
  const reasonError = state && !state.ok && state.fieldErrors?.reason?.[0] ? t("revoke.reasonError", { max: REVOKE_REASON_MAX_LENGTH }) : undefined;
  return (
    <details className="mt-2">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-red-800 underline underline-offset-2">
        {t("revoke.summary")}
      </summary>
      <form action={formAction} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="entryId" value={entryId} />
        <div>
          <label htmlFor={`${id}-reason`} className="block text-sm font-semibold text-navy-900">
            {t("revoke.reasonLabel")}
          </label>
          <p id={`${id}-reason-hint`} className="mt-1 text-sm text-slate-600">
            {t("revoke.reasonHint", { max: REVOKE_REASON_MAX_LENGTH })}
          </p>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            required
            maxLength={REVOKE_REASON_MAX_LENGTH}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-hint ${id}-reason-error` : `${id}-reason-hint`}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700"
          />
          {reasonError ? (
            <p id={`${id}-reason-error`} className="mt-1 text-sm font-semibold text-red-800">
              {reasonError}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={isPending}
            aria-busy={isPending}
            className="inline-flex min-h-11 items-center rounded-md bg-red-800 px-4 text-sm font-semibold text-white hover:bg-red-700 disabled:cursor-wait disabled:opacity-70"
          >
            {isPending ? t("saving") : t("revoke.submit")}
          </button>
          <div aria-live="polite" aria-atomic="true" className="text-sm">
            {state?.ok ? <p className="text-green-800">{t("revoke.done")}</p> : null}
            {state && !state.ok && !reasonError ? (
              <p className="flex items-start gap-2 text-red-800">
                <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                {state.message}
              </p>
            ) : null}
          </div>
        </div>
      </form>
    </details>
  );
}

"use client";

import { useActionState, useId } from "react";
import { PlayCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { startAttemptAction } from "../actions";

type StartAttemptFormProps = { assessmentId: string; label: string };

export function StartAttemptForm({ assessmentId, label }: StartAttemptFormProps) {
  const t = useTranslations("assessment.overview");
  const [state, formAction, isPending] = useActionState(startAttemptAction, null);
  const errorId = useId();
  const error = state && !state.ok ? state.message : null;
  return (
    <form action={formAction} aria-describedby={error ? errorId : undefined} className="space-y-3">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <div aria-live="assertive" aria-atomic="true">
        {error ? (
          <p id={errorId} className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="inline-flex min-h-11 w-full items-center justify-center gap-2 rounded-md bg-navy-800 px-5 text-base font-semibold text-white hover:bg-navy-700 disabled:opacity-60 sm:w-auto"
      >
        <PlayCircle aria-hidden="true" className="size-5" />
        {isPending ? t("opening") : label}
      </button>
    </form>
  );
}

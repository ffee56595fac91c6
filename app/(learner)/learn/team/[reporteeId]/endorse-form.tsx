"use client";

import { useActionState, useId, type ReactNode } from "react";
import { CheckCircle2, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-result";
import { ENDORSEMENT_NOTE_MAX_LENGTH } from "@/lib/domain/competency/endorsement";
import { endorse } from "./actions";
import type { EndorseResult } from "./actions.schema";

type EndorseFormProps = {
  reporteeId: string;
  competencyId: string;
  competencyName: string;
  levels: readonly { level: number; name: string | null }[];
};

/** Level and an optional note; no level is preselected, so an endorsement is always a choice. */
export function EndorseForm({ reporteeId, competencyId, competencyName, levels }: EndorseFormProps) {
  const t = useTranslations("competencyForms");
  const [state, formAction, isPending] = useActionState<ActionResult<EndorseResult> | null, FormData>(endorse, null);
  const id = useId();
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const levelError = fieldErrors?.level?.[0] ? t("levelError") : undefined;
  const noteError = fieldErrors?.note?.[0] ? t("noteTooLong", { max: ENDORSEMENT_NOTE_MAX_LENGTH }) : undefined;
  const muted = (chunks: ReactNode) => <span className="font-normal text-slate-600">{chunks}</span>;

  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="reporteeId" value={reporteeId} />
      <input type="hidden" name="competencyId" value={competencyId} />
      <div>
        <label htmlFor={`${id}-level`} className="block text-sm font-semibold text-navy-900">
          {t("endorse.levelLabel")}
        </label>
        <select
          id={`${id}-level`}
          name="level"
          defaultValue=""
          aria-invalid={levelError ? true : undefined}
          aria-describedby={levelError ? `${id}-level-error` : undefined}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 aria-invalid:border-red-700 sm:w-auto"
        >
          <option value="">{t("endorse.choose")}</option>
          {levels.map((option) => (
            <option key={option.level} value={option.level}>
              {option.name ? t("levelOption", { level: option.level, name: option.name }) : t("levelOptionPlain", { level: option.level })}
            </option>
          ))}
        </select>
        {levelError ? (
          <p id={`${id}-level-error`} className="mt-1 text-sm font-semibold text-red-800">
            {levelError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-semibold text-navy-900">
          {t.rich("endorse.noteLabel", { muted })}
        </label>
        <p id={`${id}-note-hint`} className="mt-1 text-sm text-slate-600">
          {t("endorse.noteHint", { max: ENDORSEMENT_NOTE_MAX_LENGTH })}
        </p>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={2}
          maxLength={ENDORSEMENT_NOTE_MAX_LENGTH}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-hint ${id}-note-error` : `${id}-note-hint`}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700"
        />
        {noteError ? (
          <p id={`${id}-note-error`} className="mt-1 text-sm font-semibold text-red-800">
            {noteError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={isPending}
          aria-busy={isPending}
          className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-5 text-sm font-semibold text-white hover:bg-navy-700 disabled:cursor-wait disabled:opacity-70"
        >
          {isPending ? t("saving") : t("endorse.submit")}
          <span className="sr-only"> {competencyName}</span>
        </button>
        <div aria-live="polite" aria-atomic="true" className="text-sm">
          {state?.ok ? (
            <p className="flex items-start gap-2 text-green-800">
              <CheckCircle2 aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {t("endorse.done", { level: state.data.level })}
            </p>
          ) : state && !state.ok && !levelError && !noteError ? (
            <p className="flex items-start gap-2 text-red-800">
              <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {state.message}
            </p>
          ) : null}
        </div>
      </div>
    </form>
  );
}

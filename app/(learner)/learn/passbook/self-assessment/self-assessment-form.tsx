"use client";

import { useActionState, useId, type ReactNode } from "react";
import { CheckCircle2, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-result";
import { SELF_ASSESSMENT_NOTE_MAX_LENGTH } from "@/lib/domain/competency/endorsement";

type SelfAssessmentFormProps = {
  action: (previousState: unknown, formData: FormData) => Promise<ActionResult<undefined>>;
  competencyId: string;
  competencyName: string;
  levels: readonly { level: number; name: string; descriptor: string }[];
  initialLevel: number | null;
  initialNote: string;
};

/**
 * One competency's rating: a native radio group of the framework's five levels (arrow keys move
 * between them), each with its descriptor, and an optional note.
 */
export function SelfAssessmentForm({ action, competencyId, competencyName, levels, initialLevel, initialNote }: SelfAssessmentFormProps) {
  const t = useTranslations("competencyForms");
  const [state, formAction, isPending] = useActionState(action, null);
  const id = useId();
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const levelError = fieldErrors?.level?.[0] ? t("levelError") : undefined;
  const noteError = fieldErrors?.note?.[0] ? t("noteTooLong", { max: SELF_ASSESSMENT_NOTE_MAX_LENGTH }) : undefined;
  const muted = (chunks: ReactNode) => <span className="font-normal text-slate-600">{chunks}</span>;

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="competencyId" value={competencyId} />
      <fieldset aria-describedby={levelError ? `${id}-level-error` : undefined}>
        <legend className="text-sm font-semibold text-navy-900">{t("selfAssessment.legend", { competency: competencyName })}</legend>
        <div className="mt-2 grid gap-2">
          {levels.map((option) => (
            <label
              key={option.level}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 p-3 text-sm has-checked:border-navy-600 has-checked:bg-navy-50 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-saffron-700"
            >
              <input
                type="radio"
                name="level"
                value={option.level}
                defaultChecked={initialLevel === option.level}
                aria-describedby={`${id}-descriptor-${option.level}`}
                className="mt-0.5 size-5 shrink-0 accent-navy-700 focus-visible:outline-none"
              />
              <span>
                <span className="block font-semibold text-navy-900">{t("levelOption", { level: option.level, name: option.name })}</span>
                <span id={`${id}-descriptor-${option.level}`} className="block text-slate-700">
                  {option.descriptor}
                </span>
              </span>
            </label>
          ))}
        </div>
        {levelError ? (
          <p id={`${id}-level-error`} className="mt-2 text-sm font-semibold text-red-800">
            {levelError}
          </p>
        ) : null}
      </fieldset>

      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-semibold text-navy-900">
          {t.rich("selfAssessment.noteLabel", { muted })}
        </label>
        <p id={`${id}-note-hint`} className="mt-1 text-sm text-slate-600">
          {t("selfAssessment.noteHint", { max: SELF_ASSESSMENT_NOTE_MAX_LENGTH })}
        </p>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={3}
          maxLength={SELF_ASSESSMENT_NOTE_MAX_LENGTH}
          defaultValue={initialNote}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-hint ${id}-note-error` : `${id}-note-hint`}
          className="mt-2 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700"
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
          {isPending ? t("saving") : initialLevel === null ? t("selfAssessment.save") : t("selfAssessment.update")}
        </button>
        <div aria-live="polite" aria-atomic="true" className="text-sm">
          {state?.ok ? (
            <p className="flex items-start gap-2 text-green-800">
              <CheckCircle2 aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {t("selfAssessment.saved")}
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

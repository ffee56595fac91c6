"use client";

import { useActionState, useCallback, useId, useRef, useState } from "react";
import Link from "next/link";
import { Send } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PublicQuestion } from "@/lib/domain/learning/shuffle";
import { ANSWER_FIELD_PREFIX } from "../../../assessment.schema";
import { submitAttemptAction } from "../../../actions";
import { attemptResultsHref } from "../../../assessment-routes";
import { Countdown } from "./countdown";

type AttemptFormProps = {
  assessmentId: string;
  attemptId: string;
  questions: PublicQuestion[];
  secondsRemaining: number | null;
};

// Codes after which the attempt is closed: the results page is the place to go.
const CLOSED_CODES = new Set(["ATTEMPT_EXPIRED", "ATTEMPT_ALREADY_SUBMITTED"]);

/**
 * Plain radio and checkbox inputs in one fieldset per question, so the form works by keyboard,
 * with a screen reader and without JavaScript (the server action is the form's action).
 */
export function AttemptForm({ assessmentId, attemptId, questions, secondsRemaining }: AttemptFormProps) {
  const t = useTranslations("assessment");
  const [state, formAction, isPending] = useActionState(submitAttemptAction, null);
  const [answered, setAnswered] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const errorId = `${id}-error`;
  const error = state && !state.ok ? state : null;

  const countAnswered = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    setAnswered(questions.filter((question) => data.has(`${ANSWER_FIELD_PREFIX}${question.id}`)).length);
  }, [questions]);

  const submitNow = useCallback(() => formRef.current?.requestSubmit(), []);

  return (
    <form ref={formRef} action={formAction} onChange={countAnswered} aria-describedby={error ? errorId : undefined} className="space-y-5">
      <input type="hidden" name="attemptId" value={attemptId} />

      {secondsRemaining !== null ? (
        <div className="sticky top-0 z-10 -mx-4 bg-slate-50/95 px-4 py-2 sm:mx-0 sm:px-0">
          <Countdown secondsRemaining={secondsRemaining} onElapsed={submitNow} />
        </div>
      ) : null}

      <ol className="space-y-5">
        {questions.map((question, index) => (
          <li key={question.id}>
            <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
              <legend className="float-left w-full">
                <span className="block text-sm font-semibold text-saffron-700">
                  {t("questionOf", { number: index + 1, total: questions.length })}
                  <span className="font-normal text-slate-600">
                    {" "}
                    · {t("marks", { points: question.points })}
                  </span>
                </span>
                <span className="mt-1 block text-base font-semibold whitespace-pre-line text-navy-900">{question.prompt}</span>
                <span className="mt-1 block text-sm text-slate-600">{t(`attempt.hint.${question.type}`)}</span>
              </legend>
              <div className="clear-both space-y-2 pt-3">
                {question.options.map((option) => (
                  <label
                    key={option.id}
                    className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-slate-300 px-3 py-2.5 hover:bg-navy-50 has-checked:border-navy-600 has-checked:bg-navy-50"
                  >
                    <input
                      type={question.type === "MULTIPLE" ? "checkbox" : "radio"}
                      name={`${ANSWER_FIELD_PREFIX}${question.id}`}
                      value={option.id}
                      className="mt-0.5 size-5 shrink-0 scroll-mt-24 accent-navy-800"
                    />
                    <span className="min-w-0 break-words">{option.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>

      <div aria-live="assertive" aria-atomic="true">
        {error ? (
          <div id={errorId} className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
            <p>{error.message}</p>
            {CLOSED_CODES.has(error.code) ? (
              <p className="mt-1">
                <Link href={attemptResultsHref(assessmentId, attemptId)} className="font-semibold underline underline-offset-2">
                  {t("attempt.seeResults")}
                </Link>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>

      <div className="flex flex-col gap-3 border-t border-slate-200 pt-5 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-slate-700" aria-live="polite">
          {t("attempt.answered", { answered, total: questions.length })}
        </p>
        <button
          type="submit"
          disabled={isPending}
          className="inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-navy-800 px-5 text-base font-semibold text-white hover:bg-navy-700 disabled:opacity-60"
        >
          <Send aria-hidden="true" className="size-5" />
          {isPending ? t("attempt.submitting") : t("attempt.submit")}
        </button>
      </div>
    </form>
  );
}

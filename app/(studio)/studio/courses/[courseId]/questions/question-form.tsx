"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { Plus, Save, Trash2 } from "lucide-react";
import { QUESTION_LIMITS, QUESTION_TYPE_LABELS, QUESTION_TYPES, TRUE_FALSE_LABELS, type QuestionTypeName } from "@/lib/domain/studio/question-rules";
import { saveQuestionAction } from "./actions";
import { useActionForm } from "./use-action-form";
import { CONTROL, FIELD_ERROR, HINT, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

export type QuestionFormValues = {
  questionId: string | null;
  type: QuestionTypeName;
  prompt: string;
  explanation: string;
  points: number;
  competencyId: string;
  level: string;
  options: { label: string; isCorrect: boolean }[];
};

export type CompetencyOption = { id: string; name: string; code: string; isCourseTagged: boolean };

export const EMPTY_QUESTION: QuestionFormValues = {
  questionId: null,
  type: "SINGLE",
  prompt: "",
  explanation: "",
  points: 1,
  competencyId: "",
  level: "",
  options: [
    { label: "", isCorrect: false },
    { label: "", isCorrect: false },
    { label: "", isCorrect: false },
    { label: "", isCorrect: false },
  ],
};

type OptionRow = { key: number; label: string; isCorrect: boolean };

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(" ") : undefined;
}

function Message({ id, error }: { id: string; error?: string[] }) {
  return error?.[0] ? (
    <p id={id} className={FIELD_ERROR}>
      {error[0]}
    </p>
  ) : null;
}

export function QuestionForm({
  courseId,
  values,
  competencies,
  cancelHref,
}: {
  courseId: string;
  values: QuestionFormValues;
  competencies: readonly CompetencyOption[];
  cancelHref: string;
}) {
  const { state, formAction, onSubmit, isPending, fieldErrors } = useActionForm(saveQuestionAction);
  const id = useId();
  const [type, setType] = useState<QuestionTypeName>(values.type);
  const [nextKey, setNextKey] = useState(values.options.length);
  const [options, setOptions] = useState<OptionRow[]>(() =>
    (values.type === "TRUE_FALSE" ? EMPTY_QUESTION.options : values.options).map((option, index) => ({ key: index, ...option })),
  );
  const [trueFalseAnswer, setTrueFalseAnswer] = useState<string>(() =>
    values.type === "TRUE_FALSE" ? String(values.options.findIndex((option) => option.isCorrect) + 1 || "") : "",
  );
  const tagged = competencies.filter((competency) => competency.isCourseTagged);
  const others = competencies.filter((competency) => !competency.isCourseTagged);

  const updateOption = (key: number, change: Partial<OptionRow>) =>
    setOptions((rows) =>
      rows.map((row) => {
        if (row.key === key) return { ...row, ...change };
        // One correct answer: choosing an option unchooses the others.
        return type === "SINGLE" && change.isCorrect ? { ...row, isCorrect: false } : row;
      }),
    );
  const addOption = () => {
    setOptions((rows) => [...rows, { key: nextKey, label: "", isCorrect: false }]);
    setNextKey((key) => key + 1);
  };

  const optionsError = fieldErrors.options ?? fieldErrors.option;
  const correctError = fieldErrors.correct;
  const formMessage = state && !state.ok ? state.message : null;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <input type="hidden" name="courseId" value={courseId} />
      {values.questionId ? <input type="hidden" name="questionId" value={values.questionId} /> : null}

      <fieldset aria-describedby={describedBy(fieldErrors.type && `${id}-type-error`)}>
        <legend className={LABEL}>Question type</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {QUESTION_TYPES.map((option) => (
            <label key={option} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-checked:border-navy-600 has-checked:bg-navy-50">
              <input type="radio" name="type" value={option} checked={type === option} onChange={() => setType(option)} className="size-4 accent-navy-700" />
              <span className="font-semibold text-navy-900">{QUESTION_TYPE_LABELS[option]}</span>
            </label>
          ))}
        </div>
        <Message id={`${id}-type-error`} error={fieldErrors.type} />
      </fieldset>

      <div>
        <label htmlFor={`${id}-prompt`} className={LABEL}>
          Question
        </label>
        <textarea
          id={`${id}-prompt`}
          name="prompt"
          rows={3}
          defaultValue={values.prompt}
          maxLength={QUESTION_LIMITS.prompt}
          aria-invalid={fieldErrors.prompt ? true : undefined}
          aria-describedby={describedBy(fieldErrors.prompt && `${id}-prompt-error`)}
          className={`${CONTROL} py-2`}
        />
        <Message id={`${id}-prompt-error`} error={fieldErrors.prompt} />
      </div>

      {type === "TRUE_FALSE" ? (
        <fieldset aria-describedby={describedBy(correctError && `${id}-correct-error`)}>
          <legend className={LABEL}>Correct answer</legend>
          {TRUE_FALSE_LABELS.map((label) => (
            <input key={label} type="hidden" name="option" value={label} />
          ))}
          <div className="mt-2 flex flex-wrap gap-2">
            {TRUE_FALSE_LABELS.map((label, index) => (
              <label key={label} className="flex min-h-11 min-w-28 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 text-sm has-checked:border-navy-600 has-checked:bg-navy-50">
                <input
                  type="radio"
                  name="correct"
                  value={index + 1}
                  checked={trueFalseAnswer === String(index + 1)}
                  onChange={() => setTrueFalseAnswer(String(index + 1))}
                  className="size-4 accent-navy-700"
                />
                <span className="font-semibold text-navy-900">{label}</span>
              </label>
            ))}
          </div>
          <Message id={`${id}-correct-error`} error={correctError} />
        </fieldset>
      ) : (
        <fieldset aria-describedby={describedBy(`${id}-options-hint`, optionsError && `${id}-options-error`, correctError && `${id}-correct-error`)}>
          <legend className={LABEL}>Options</legend>
          <p id={`${id}-options-hint`} className={HINT}>
            {QUESTION_LIMITS.minOptions} to {QUESTION_LIMITS.maxOptions} options; empty ones are left out.{" "}
            {type === "SINGLE" ? "Mark the one correct option." : "Mark every correct option."}
          </p>
          <ol className="mt-2 space-y-2">
            {options.map((option, index) => (
              <li key={option.key} className="flex flex-wrap items-end gap-2 sm:flex-nowrap">
                <div className="min-w-0 grow basis-full sm:basis-auto">
                  <label htmlFor={`${id}-option-${option.key}`} className="text-sm font-semibold text-slate-700">
                    Option {index + 1}
                  </label>
                  <input
                    id={`${id}-option-${option.key}`}
                    name="option"
                    type="text"
                    value={option.label}
                    maxLength={QUESTION_LIMITS.optionLabel}
                    onChange={(event) => updateOption(option.key, { label: event.target.value })}
                    aria-invalid={optionsError ? true : undefined}
                    className={`${CONTROL} min-h-11`}
                  />
                </div>
                <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 text-sm has-checked:border-green-700 has-checked:bg-green-50">
                  <input
                    type={type === "SINGLE" ? "radio" : "checkbox"}
                    name="correct"
                    value={index + 1}
                    checked={option.isCorrect}
                    onChange={(event) => updateOption(option.key, { isCorrect: event.target.checked })}
                    className="size-4 accent-green-700"
                  />
                  <span>
                    Correct<span className="sr-only"> (option {index + 1})</span>
                  </span>
                </label>
                {options.length > QUESTION_LIMITS.minOptions ? (
                  <button
                    type="button"
                    onClick={() => setOptions((rows) => rows.filter((row) => row.key !== option.key))}
                    className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white text-red-800 hover:bg-red-50"
                  >
                    <Trash2 aria-hidden="true" className="size-4" />
                    <span className="sr-only">Remove option {index + 1}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
          {options.length < QUESTION_LIMITS.maxOptions ? (
            <button type="button" onClick={addOption} className={`${SECONDARY_BUTTON} mt-2`}>
              <Plus aria-hidden="true" className="size-4" /> Add an option
            </button>
          ) : null}
          <Message id={`${id}-options-error`} error={optionsError} />
          <Message id={`${id}-correct-error`} error={correctError} />
        </fieldset>
      )}

      <div className="grid gap-4 sm:grid-cols-[8rem_1fr_10rem]">
        <div>
          <label htmlFor={`${id}-points`} className={LABEL}>
            Points
          </label>
          <input
            id={`${id}-points`}
            name="points"
            type="text"
            inputMode="numeric"
            defaultValue={String(values.points)}
            aria-invalid={fieldErrors.points ? true : undefined}
            aria-describedby={describedBy(fieldErrors.points && `${id}-points-error`)}
            className={`${CONTROL} min-h-11`}
          />
          <Message id={`${id}-points-error`} error={fieldErrors.points} />
        </div>
        <div>
          <label htmlFor={`${id}-competency`} className={LABEL}>
            Competency <span className="font-normal text-slate-600">(optional)</span>
          </label>
          <select
            id={`${id}-competency`}
            name="competency"
            defaultValue={values.competencyId}
            aria-invalid={fieldErrors.competency ? true : undefined}
            aria-describedby={describedBy(`${id}-competency-hint`, fieldErrors.competency && `${id}-competency-error`)}
            className={`${CONTROL} min-h-11`}
          >
            <option value="">No competency</option>
            {tagged.length > 0 ? (
              <optgroup label="Tagged on this course">
                {tagged.map((competency) => (
                  <option key={competency.id} value={competency.id}>
                    {competency.name} ({competency.code})
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label="Other competencies">
              {others.map((competency) => (
                <option key={competency.id} value={competency.id}>
                  {competency.name} ({competency.code})
                </option>
              ))}
            </optgroup>
          </select>
          <p id={`${id}-competency-hint`} className={HINT}>
            A random draw can be limited to one competency and level.
          </p>
          <Message id={`${id}-competency-error`} error={fieldErrors.competency} />
        </div>
        <div>
          <label htmlFor={`${id}-level`} className={LABEL}>
            Level <span className="font-normal text-slate-600">(optional)</span>
          </label>
          <select
            id={`${id}-level`}
            name="level"
            defaultValue={values.level}
            aria-invalid={fieldErrors.level ? true : undefined}
            aria-describedby={describedBy(fieldErrors.level && `${id}-level-error`)}
            className={`${CONTROL} min-h-11`}
          >
            <option value="">No level</option>
            {[1, 2, 3, 4, 5].map((level) => (
              <option key={level} value={level}>
                Level {level}
              </option>
            ))}
          </select>
          <Message id={`${id}-level-error`} error={fieldErrors.level} />
        </div>
      </div>

      <div>
        <label htmlFor={`${id}-explanation`} className={LABEL}>
          Explanation <span className="font-normal text-slate-600">(optional)</span>
        </label>
        <textarea
          id={`${id}-explanation`}
          name="explanation"
          rows={3}
          defaultValue={values.explanation}
          maxLength={QUESTION_LIMITS.explanation}
          aria-invalid={fieldErrors.explanation ? true : undefined}
          aria-describedby={describedBy(`${id}-explanation-hint`, fieldErrors.explanation && `${id}-explanation-error`)}
          className={`${CONTROL} py-2`}
        />
        <p id={`${id}-explanation-hint`} className={HINT}>
          Shown with the correct answer once a learner can no longer retake the assessment.
        </p>
        <Message id={`${id}-explanation-error`} error={fieldErrors.explanation} />
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} aria-busy={isPending} className={PRIMARY_BUTTON}>
          <Save aria-hidden="true" className="size-4" /> {isPending ? "Saving…" : values.questionId ? "Save changes" : "Add question"}
        </button>
        <Link href={cancelHref} className={SECONDARY_BUTTON}>
          Cancel
        </Link>
        <p aria-live="polite" className="min-h-6 text-sm font-semibold text-red-800">
          {formMessage}
        </p>
      </div>
    </form>
  );
}

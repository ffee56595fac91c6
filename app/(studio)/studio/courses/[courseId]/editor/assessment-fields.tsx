"use client";

import { useState } from "react";
import { ArrowDown, ArrowUp, Plus, X } from "lucide-react";
import type { AssessmentDraft } from "@/lib/domain/studio/course-draft";
import type { BankQuestionOption, CompetencyOption } from "@/lib/server/studio/revisions/get-course-editor";
import { fieldId, useFieldError, useIsReadOnly } from "./editor-context";
import { CheckboxInput, NumberInput, SelectInput, TextArea, TextInput } from "./fields";
import { levelLabel } from "./competency-picker";
import { CONTROL, HINT, LABEL, SMALL_BUTTON } from "@/components/ui-classes";

type AssessmentFieldsProps = {
  path: string;
  assessment: AssessmentDraft;
  bank: BankQuestionOption[];
  competencies: CompetencyOption[];
  questionsHref: string;
  onChange: (assessment: AssessmentDraft) => void;
};

const TYPE_LABELS: Record<BankQuestionOption["type"], string> = { SINGLE: "One answer", MULTIPLE: "Several answers", TRUE_FALSE: "True or false" };

/** Bank questions a RANDOM draw could ask: the same filter the draw applies per attempt. */
export function matchingQuestions(bank: BankQuestionOption[], competencyId: string | null, level: number | null): number {
  return bank.filter((question) => (competencyId === null || question.competencyId === competencyId) && (level === null || question.level === level)).length;
}

export function AssessmentFields({ path, assessment, bank, competencies, questionsHref, onChange }: AssessmentFieldsProps) {
  const set = (patch: Partial<AssessmentDraft>) => onChange({ ...assessment, ...patch });
  const { draw } = assessment;
  return (
    <div className="space-y-4">
      <TextInput path={`${path}.title`} label="Assessment title" optional hint="Shown to learners above the questions; the lesson title is used when empty." value={assessment.title} maxLength={200} onChange={(title) => set({ title })} />
      <TextArea path={`${path}.instructions`} label="Instructions" optional rows={3} value={assessment.instructions} maxLength={5000} onChange={(instructions) => set({ instructions })} />
      <div className="grid gap-4 sm:grid-cols-3">
        <NumberInput path={`${path}.passMarkPercent`} label="Pass mark" suffix="%" min={1} max={100} value={assessment.passMarkPercent} onChange={(value) => set({ passMarkPercent: value ?? 60 })} />
        <NumberInput path={`${path}.timeLimitMinutes`} label="Time limit" optional nullable suffix="minutes" min={1} max={600} value={assessment.timeLimitMinutes} onChange={(timeLimitMinutes) => set({ timeLimitMinutes })} hint="Empty: no limit." />
        <NumberInput path={`${path}.maxAttempts`} label="Attempts allowed" optional nullable min={1} max={20} value={assessment.maxAttempts} onChange={(maxAttempts) => set({ maxAttempts })} hint="Empty: unlimited." />
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        <CheckboxInput path={`${path}.shuffleQuestions`} label="Shuffle the questions" checked={assessment.shuffleQuestions} onChange={(shuffleQuestions) => set({ shuffleQuestions })} />
        <CheckboxInput path={`${path}.shuffleOptions`} label="Shuffle each question's options" checked={assessment.shuffleOptions} onChange={(shuffleOptions) => set({ shuffleOptions })} />
      </div>
      <SelectInput
        path={`${path}.drawMode`}
        label="Questions asked"
        value={draw.mode}
        options={[
          { value: "FIXED", label: "A fixed list, in the order I choose" },
          { value: "RANDOM", label: "A number drawn afresh from the bank for each attempt" },
        ]}
        onChange={(mode) => set({ draw: mode === "FIXED" ? { mode, questionIds: [] } : { mode, count: Math.max(1, Math.min(10, bank.length)), competencyId: null, level: null } })}
      />
      {draw.mode === "FIXED" ? (
        <FixedList path={`${path}.draw`} questionIds={draw.questionIds} bank={bank} questionsHref={questionsHref} onChange={(questionIds) => set({ draw: { mode: "FIXED", questionIds } })} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-3">
          <NumberInput path={`${path}.draw.count`} label="Questions per attempt" min={1} max={200} value={draw.count} onChange={(count) => set({ draw: { ...draw, count: count ?? 1 } })} />
          <SelectInput
            path={`${path}.draw.competencyId`}
            label="Only questions on"
            value={draw.competencyId ?? ""}
            options={[{ value: "", label: "Any competency" }, ...competencies.filter((competency) => bank.some((question) => question.competencyId === competency.id)).map((competency) => ({ value: competency.id, label: competency.name }))]}
            onChange={(competencyId) => set({ draw: { ...draw, competencyId: competencyId || null } })}
          />
          <SelectInput
            path={`${path}.draw.level`}
            label="At level"
            value={draw.level === null ? "" : String(draw.level)}
            options={[{ value: "", label: "Any level" }, ...[1, 2, 3, 4, 5].map((level) => ({ value: String(level), label: levelLabel(competencies.find((competency) => competency.id === draw.competencyId), level) }))]}
            onChange={(level) => set({ draw: { ...draw, level: level ? Number(level) : null } })}
          />
          <MatchingCount available={matchingQuestions(bank, draw.competencyId, draw.level)} count={draw.count} />
        </div>
      )}
    </div>
  );
}

function MatchingCount({ available, count }: { available: number; count: number }) {
  return (
    <p aria-live="polite" className={`text-sm sm:col-span-3 ${available < count ? "font-semibold text-red-800" : "text-slate-700"}`}>
      {available} {available === 1 ? "question" : "questions"} in the bank {available === 1 ? "matches" : "match"}.
      {available < count ? ` Each attempt asks ${count}: add questions to the bank or ask fewer.` : ""}
    </p>
  );
}

function FixedList({ path, questionIds, bank, questionsHref, onChange }: { path: string; questionIds: string[]; bank: BankQuestionOption[]; questionsHref: string; onChange: (ids: string[]) => void }) {
  const id = fieldId(path);
  const error = useFieldError(path);
  const isReadOnly = useIsReadOnly();
  const [toAdd, setToAdd] = useState("");
  const byId = new Map(bank.map((question) => [question.id, question]));
  const available = bank.filter((question) => !questionIds.includes(question.id));
  const move = (index: number, by: -1 | 1) => {
    const next = [...questionIds];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  };
  return (
    <div>
      <p id={`${id}-label`} className={LABEL}>
        Questions, in order ({questionIds.length})
      </p>
      {questionIds.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">None chosen yet.</p>
      ) : (
        <ol aria-labelledby={`${id}-label`} className="mt-1 divide-y divide-slate-200 rounded-md border border-slate-200">
          {questionIds.map((questionId, index) => {
            const question = byId.get(questionId);
            const name = question?.prompt ?? "A question no longer in the bank";
            return (
              <li key={questionId} className="flex flex-wrap items-center gap-2 p-2">
                <span className="w-6 text-sm text-slate-600 tabular-nums">{index + 1}.</span>
                <span className="min-w-0 flex-1 basis-48 text-sm">
                  <span className="text-slate-900">{name}</span>
                  {question ? <span className="block text-slate-600">{TYPE_LABELS[question.type]}{question.competencyName ? ` · ${question.competencyName}` : ""}{question.level ? ` · level ${question.level}` : ""}</span> : null}
                </span>
                {isReadOnly ? null : (
                  <span className="flex gap-1">
                    <button type="button" className={SMALL_BUTTON} disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move question ${index + 1} up`}>
                      <ArrowUp aria-hidden="true" className="size-4" />
                    </button>
                    <button type="button" className={SMALL_BUTTON} disabled={index === questionIds.length - 1} onClick={() => move(index, 1)} aria-label={`Move question ${index + 1} down`}>
                      <ArrowDown aria-hidden="true" className="size-4" />
                    </button>
                    <button type="button" className={SMALL_BUTTON} onClick={() => onChange(questionIds.filter((entry) => entry !== questionId))} aria-label={`Remove question ${index + 1}`}>
                      <X aria-hidden="true" className="size-4" />
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {isReadOnly ? null : bank.length === 0 ? (
        <p className={HINT}>
          The course&apos;s question bank is empty. <a href={questionsHref} className="font-semibold text-navy-700 underline">Add questions on the Questions tab</a>.
        </p>
      ) : (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1 basis-64">
            <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
              Add a question from the bank
            </label>
            <select id={id} value={toAdd} onChange={(event) => setToAdd(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className={`${CONTROL} min-h-11`}>
              <option value="">Choose a question ({available.length} not yet listed)</option>
              {available.map((question) => (
                <option key={question.id} value={question.id}>
                  {question.prompt.length > 90 ? `${question.prompt.slice(0, 90)}…` : question.prompt}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className={SMALL_BUTTON}
            disabled={!toAdd}
            onClick={() => {
              onChange([...questionIds, toAdd]);
              setToAdd("");
            }}
          >
            <Plus aria-hidden="true" className="size-4" /> Add question
          </button>
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { COMPETENCY_TYPES, LEVEL_NUMBERS, type CompetencyTypeName } from "@/lib/domain/framework/framework-document";
import { MAX_LENGTHS } from "@/lib/domain/framework/field-rules";
import { FieldMessages, FormSection, FormStatus, TextAreaField, TextField } from "../form-fields";
import { TYPE_LABELS } from "../framework-ui";
import { useActionForm } from "../use-action-form";
import { saveFracRoleAction } from "./actions";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

export type RoleFormCompetency = { id: string; name: string; code: string; type: CompetencyTypeName };

export type RoleFormValues = {
  id?: string;
  code: string;
  name: string;
  description: string;
  activities: { description: string; competencyIds: string[] }[];
  /** competency id → required level */
  requirements: Record<string, number>;
};

type ActivityRow = { rowId: number; description: string; competencyIds: string[] };

const SMALL_BUTTON =
  "inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-2 text-sm font-semibold text-navy-800 hover:bg-navy-50 disabled:opacity-50";

/**
 * Field names follow the role schema: activity_<n>_description / activity_<n>_competencies, with
 * n the activity's place in the list, and level_<competency id> for required levels.
 */
export function RoleForm({ values, competencies, cancelHref }: { values: RoleFormValues; competencies: RoleFormCompetency[]; cancelHref: string }) {
  const { state, formAction, onSubmit, isPending, fieldErrors } = useActionForm(saveFracRoleAction);
  const nextRowId = useRef(values.activities.length);
  const [activities, setActivities] = useState<ActivityRow[]>(() => values.activities.map((activity, index) => ({ rowId: index, ...activity })));
  const byType = COMPETENCY_TYPES.map((type) => ({ type, items: competencies.filter((competency) => competency.type === type) })).filter((group) => group.items.length > 0);

  const update = (rowId: number, change: Partial<ActivityRow>) => setActivities((rows) => rows.map((row) => (row.rowId === rowId ? { ...row, ...change } : row)));
  const move = (index: number, by: number) =>
    setActivities((rows) => {
      const next = [...rows];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });
  const add = () => setActivities((rows) => [...rows, { rowId: nextRowId.current++, description: "", competencyIds: [] }]);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <FormSection legend="Role">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="role-name" name="name" label="Name" defaultValue={values.name} maxLength={MAX_LENGTHS.name} error={fieldErrors.name} />
          <TextField id="role-code" name="code" label="Code" hint="e.g. ROLE-ASO" defaultValue={values.code} maxLength={MAX_LENGTHS.code} error={fieldErrors.code} />
        </div>
        <TextAreaField id="role-description" name="description" label="Description" optional defaultValue={values.description} maxLength={MAX_LENGTHS.description} error={fieldErrors.description} />
      </FormSection>

      <FormSection legend="Activities" description="In the order the role performs them; each draws on one or more competencies.">
        {activities.length === 0 ? <p className="text-slate-700">No activities yet.</p> : null}
        <ol className="space-y-4">
          {activities.map((activity, index) => {
            const base = `activity_${index}`;
            const chosen = new Set(activity.competencyIds);
            return (
              <li key={activity.rowId} className="space-y-3 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0">
                <div>
                  <label htmlFor={`${base}-description`} className="block text-sm font-semibold text-slate-800">
                    Activity {index + 1}
                  </label>
                  <textarea
                    id={`${base}-description`}
                    name={`${base}_description`}
                    rows={2}
                    maxLength={MAX_LENGTHS.activity}
                    value={activity.description}
                    onChange={(event) => update(activity.rowId, { description: event.target.value })}
                    aria-invalid={fieldErrors[`${base}_description`] ? true : undefined}
                    aria-describedby={fieldErrors[`${base}_description`] ? `${base}-description-error` : undefined}
                    className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700"
                  />
                  <FieldMessages id={`${base}-description`} error={fieldErrors[`${base}_description`]} />
                </div>
                <details className="rounded-md border border-slate-200">
                  <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold text-navy-800">
                    Competencies it draws on ({chosen.size} chosen)
                  </summary>
                  <div className="space-y-3 px-3 pb-3">
                    {byType.map((group) => (
                      <fieldset key={group.type}>
                        <legend className="text-sm font-semibold text-slate-700">{TYPE_LABELS[group.type]}</legend>
                        <div className="mt-1 grid gap-1 sm:grid-cols-2">
                          {group.items.map((competency) => (
                            <label key={competency.id} className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
                              <input
                                type="checkbox"
                                name={`${base}_competencies`}
                                value={competency.id}
                                checked={chosen.has(competency.id)}
                                onChange={(event) =>
                                  update(activity.rowId, {
                                    competencyIds: event.target.checked
                                      ? [...activity.competencyIds, competency.id]
                                      : activity.competencyIds.filter((id) => id !== competency.id),
                                  })
                                }
                                className="size-4 accent-navy-700"
                              />
                              {competency.name}
                            </label>
                          ))}
                        </div>
                      </fieldset>
                    ))}
                  </div>
                </details>
                <FieldMessages id={`${base}-competencies`} error={fieldErrors[`${base}_competencies`]} />
                <div className="flex flex-wrap gap-2">
                  <button type="button" className={SMALL_BUTTON} disabled={index === 0} onClick={() => move(index, -1)}>
                    <ArrowUp aria-hidden="true" className="size-4" /> <span className="sr-only">Activity {index + 1}:</span> Move up
                  </button>
                  <button type="button" className={SMALL_BUTTON} disabled={index === activities.length - 1} onClick={() => move(index, 1)}>
                    <ArrowDown aria-hidden="true" className="size-4" /> <span className="sr-only">Activity {index + 1}:</span> Move down
                  </button>
                  <button type="button" className={SMALL_BUTTON} onClick={() => setActivities((rows) => rows.filter((row) => row.rowId !== activity.rowId))}>
                    <Trash2 aria-hidden="true" className="size-4" /> <span className="sr-only">Activity {index + 1}:</span> Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={add} className={SECONDARY_BUTTON}>
          <Plus aria-hidden="true" className="size-4" /> Add an activity
        </button>
      </FormSection>

      <FormSection legend="Required levels" description="The level an official in this role needs of each competency; leave “Not required” for the rest.">
        {byType.map((group) => (
          <fieldset key={group.type} className="space-y-1">
            <legend className="text-base font-semibold text-slate-800">{TYPE_LABELS[group.type]}</legend>
            <ul className="divide-y divide-slate-100">
              {group.items.map((competency) => {
                const field = `level_${competency.id}`;
                return (
                  <li key={competency.id} className="grid gap-1 py-2 sm:grid-cols-[minmax(0,1fr)_12rem] sm:items-center">
                    <label htmlFor={field} className="text-sm text-slate-800">
                      {competency.name} <span className="text-slate-600">({competency.code})</span>
                    </label>
                    <div>
                      <select
                        id={field}
                        name={field}
                        defaultValue={values.requirements[competency.id] ? String(values.requirements[competency.id]) : ""}
                        aria-invalid={fieldErrors[field] ? true : undefined}
                        aria-describedby={fieldErrors[field] ? `${field}-error` : undefined}
                        className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 aria-invalid:border-red-700 sm:text-sm"
                      >
                        <option value="">Not required</option>
                        {LEVEL_NUMBERS.map((level) => (
                          <option key={level} value={level}>
                            Level {level}
                          </option>
                        ))}
                      </select>
                      <FieldMessages id={field} error={fieldErrors[field]} />
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </FormSection>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} aria-busy={isPending} className={PRIMARY_BUTTON}>
          {isPending ? "Saving…" : values.id ? "Save changes" : "Create role"}
        </button>
        <Link href={cancelHref} className={SECONDARY_BUTTON}>
          Cancel
        </Link>
        <FormStatus message={state && !state.ok ? state.message : null} />
      </div>
    </form>
  );
}

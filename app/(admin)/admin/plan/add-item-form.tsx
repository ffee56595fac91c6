"use client";

import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { SERVICE_GROUPS } from "@/lib/domain/plan/plan-targets";
import { CONTROL, FIELD_ERROR, HINT, LABEL, PRIMARY_BUTTON } from "@/components/ui-classes";
import { addPlanItemAction } from "./actions";

type Options = { courses: { id: string; title: string }[]; programmes: { id: string; title: string }[]; roles: { id: string; name: string }[] };

export function AddItemForm({ planId, options, defaultDueOn }: { planId: string; options: Options; defaultDueOn: string }) {
  const [state, action, isPending] = useActionState<ActionResult<string> | null, FormData>(addPlanItemAction, null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const error = (field: string) =>
    errors?.[field]?.[0] ? (
      <p id={`${id}-${field}-error`} className={FIELD_ERROR}>
        {errors[field]?.[0]}
      </p>
    ) : null;
  const invalid = (field: string) => (errors?.[field] ? { "aria-invalid": true as const, "aria-describedby": `${id}-${field}-error` } : {});

  return (
    <form action={action} className="space-y-4" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="font-semibold text-navy-900">
        Assign a course or programme
      </h3>
      <input type="hidden" name="planId" value={planId} />
      <div>
        <label htmlFor={`${id}-assignable`} className={LABEL}>
          Course or programme
        </label>
        <select id={`${id}-assignable`} name="assignable" required defaultValue="" className={`${CONTROL} min-h-11`} {...invalid("assignable")}>
          <option value="" disabled>
            Choose…
          </option>
          <optgroup label="Published courses">
            {options.courses.map((course) => (
              <option key={course.id} value={`course:${course.id}`}>
                {course.title}
              </option>
            ))}
          </optgroup>
          {options.programmes.length > 0 ? (
            <optgroup label="Curated programmes">
              {options.programmes.map((programme) => (
                <option key={programme.id} value={`programme:${programme.id}`}>
                  {programme.title}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        {error("assignable")}
      </div>

      <fieldset className="rounded-md border border-slate-200 p-3" aria-describedby={`${id}-targets-hint${errors?.targets ? ` ${id}-targets-error` : ""}`}>
        <legend className="px-1 text-sm font-semibold text-slate-800">Who must take it</legend>
        <p id={`${id}-targets-hint`} className={HINT}>
          Officials of the plan&apos;s organisation matching every choice you make here.
        </p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-role`} className={LABEL}>
              FRAC role
            </label>
            <select id={`${id}-role`} name="fracRoleId" defaultValue="" className={`${CONTROL} min-h-11`} {...invalid("fracRoleId")}>
              <option value="">Any role</option>
              {options.roles.map((role) => (
                <option key={role.id} value={role.id}>
                  {role.name}
                </option>
              ))}
            </select>
            {error("fracRoleId")}
          </div>
          <div>
            <label htmlFor={`${id}-designation`} className={LABEL}>
              Designation
            </label>
            <input id={`${id}-designation`} name="designation" maxLength={120} className={`${CONTROL} min-h-11`} {...invalid("designation")} />
            {error("designation")}
          </div>
          <div>
            <label htmlFor={`${id}-group`} className={LABEL}>
              Service group
            </label>
            <select id={`${id}-group`} name="serviceGroup" defaultValue="" className={`${CONTROL} min-h-11`} {...invalid("serviceGroup")}>
              <option value="">Any group</option>
              {SERVICE_GROUPS.map((group) => (
                <option key={group} value={group}>
                  Group {group}
                </option>
              ))}
            </select>
            {error("serviceGroup")}
          </div>
          <div>
            <label htmlFor={`${id}-official`} className={LABEL}>
              Named official (email)
            </label>
            <input id={`${id}-official`} name="officialEmail" type="email" autoComplete="off" className={`${CONTROL} min-h-11`} {...invalid("officialEmail")} />
            {error("officialEmail")}
          </div>
        </div>
        {errors?.targets ? (
          <p id={`${id}-targets-error`} className={FIELD_ERROR}>
            {errors.targets[0]}
          </p>
        ) : null}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <div>
          <label htmlFor={`${id}-due`} className={LABEL}>
            Due date
          </label>
          <input id={`${id}-due`} name="dueOn" type="date" required defaultValue={defaultDueOn} className={`${CONTROL} min-h-11`} {...invalid("dueOn")} />
          {error("dueOn")}
        </div>
        <label className="flex min-h-11 items-center gap-2 text-sm font-semibold text-slate-800">
          <input type="checkbox" name="countsForApar" defaultChecked className="size-5 accent-navy-700" />
          Counts for the APAR
        </label>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} className={PRIMARY_BUTTON}>
          {isPending ? "Adding…" : "Add to plan"}
        </button>
        <p aria-live="polite" className="text-sm" data-testid="add-item-message">
          {state && !state.ok && !state.fieldErrors ? <span className="font-semibold text-red-800">{state.message}</span> : null}
          {state && !state.ok && state.fieldErrors ? <span className="font-semibold text-red-800">{state.message}</span> : null}
          {state?.ok ? <span className="text-green-800">{state.data}</span> : null}
        </p>
      </div>
    </form>
  );
}

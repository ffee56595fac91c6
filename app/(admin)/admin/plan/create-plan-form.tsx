"use client";

import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { CONTROL, FIELD_ERROR, LABEL, PRIMARY_BUTTON } from "@/components/ui-classes";
import { createPlanAction } from "./actions";

export function CreatePlanForm({ organisations, defaultYear }: { organisations: { id: string; name: string }[]; defaultYear: number }) {
  const [state, action, isPending] = useActionState<ActionResult<string> | null, FormData>(createPlanAction, null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor={`${id}-org`} className={LABEL}>
          Organisation
        </label>
        <select id={`${id}-org`} name="organisationId" required className={`${CONTROL} min-h-11`} aria-invalid={errors?.organisationId ? true : undefined}>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
        {errors?.organisationId ? <p className={FIELD_ERROR}>{errors.organisationId[0]}</p> : null}
      </div>
      <div>
        <label htmlFor={`${id}-year`} className={LABEL}>
          Plan year (starting April)
        </label>
        <input
          id={`${id}-year`}
          name="year"
          type="number"
          inputMode="numeric"
          min={2020}
          max={2100}
          required
          defaultValue={defaultYear}
          aria-invalid={errors?.year ? true : undefined}
          aria-describedby={errors?.year ? `${id}-year-error` : undefined}
          className={`${CONTROL} min-h-11`}
        />
        {errors?.year ? (
          <p id={`${id}-year-error`} className={FIELD_ERROR}>
            {errors.year[0]}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={isPending} className={PRIMARY_BUTTON}>
        {isPending ? "Starting…" : "Start plan"}
      </button>
      <p aria-live="polite" className="text-sm sm:col-span-3">
        {state && !state.ok && !state.fieldErrors ? <span className="font-semibold text-red-800">{state.message}</span> : null}
      </p>
    </form>
  );
}

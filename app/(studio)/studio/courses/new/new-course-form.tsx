"use client";

import { useActionState } from "react";
import { DRAFT_LIMITS } from "@/lib/domain/studio/course-draft";
import type { ActionResult } from "@/lib/domain/action-result";
import { createCourseAction } from "./actions";
import { CONTROL, HINT, LABEL, PRIMARY_BUTTON } from "@/components/ui-classes";

type NewCourseFormProps = { providers: { id: string; name: string }[] };

export function NewCourseForm({ providers }: NewCourseFormProps) {
  const [state, formAction, isPending] = useActionState<ActionResult<never> | null, FormData>(createCourseAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const message = state && !state.ok ? state.message : null;
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      {providers.length > 1 ? (
        <div>
          <label htmlFor="course-provider" className={LABEL}>
            Provider
          </label>
          <select id="course-provider" name="providerId" className={`${CONTROL} min-h-11`} aria-invalid={errors.providerId ? true : undefined}>
            {providers.map((provider) => (
              <option key={provider.id} value={provider.id}>
                {provider.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor="course-title" className={LABEL}>
          Title
        </label>
        <input
          id="course-title"
          name="title"
          required
          maxLength={DRAFT_LIMITS.title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? "course-title-error" : "course-title-hint"}
          className={`${CONTROL} min-h-11`}
        />
        <p id="course-title-hint" className={HINT}>
          You can change it later; the course&apos;s web address is made from it.
        </p>
        {errors.title?.[0] ? (
          <p id="course-title-error" className="mt-1 text-sm font-semibold text-red-800">
            {errors.title[0]}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="course-summary" className={LABEL}>
          Summary <span className="font-normal text-slate-600">(optional for now)</span>
        </label>
        <textarea
          id="course-summary"
          name="summary"
          rows={3}
          maxLength={DRAFT_LIMITS.summary}
          aria-invalid={errors.summary ? true : undefined}
          aria-describedby="course-summary-hint"
          className={`${CONTROL} py-2`}
        />
        <p id="course-summary-hint" className={HINT}>
          One or two sentences for the catalogue card.
        </p>
        {errors.summary?.[0] ? <p className="mt-1 text-sm font-semibold text-red-800">{errors.summary[0]}</p> : null}
      </div>
      <p aria-live="polite" className="min-h-6 text-sm font-semibold text-red-800">
        {message}
      </p>
      <button type="submit" className={PRIMARY_BUTTON} disabled={isPending}>
        {isPending ? "Creating…" : "Create course and open the editor"}
      </button>
    </form>
  );
}

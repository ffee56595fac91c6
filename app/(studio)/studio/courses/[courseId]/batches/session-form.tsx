"use client";

import { useId } from "react";
import { FormStatus, TextField } from "@/app/(framework)/framework/form-fields";
import { useActionForm } from "@/app/(framework)/framework/use-action-form";
import { saveSessionAction } from "./actions";
import { DateTimeField } from "./date-time-field";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

export type SessionFormValues = { sessionId?: string; title: string; startsAt: string; endsAt: string; venue: string; facilitator: string };

export function SessionForm({ batchId, values, submitLabel }: { batchId: string; values: SessionFormValues; submitLabel: string }) {
  const { state, formAction, onSubmit, isPending, fieldErrors } = useActionForm(saveSessionAction);
  const prefix = useId();
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="batchId" value={batchId} />
      {values.sessionId ? <input type="hidden" name="sessionId" value={values.sessionId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${prefix}-title`} name="title" label="Session title" defaultValue={values.title} maxLength={200} error={fieldErrors.title} />
        <TextField id={`${prefix}-facilitator`} name="facilitator" label="Facilitator" optional defaultValue={values.facilitator} maxLength={200} error={fieldErrors.facilitator} />
        <DateTimeField id={`${prefix}-starts`} name="startsAt" label="Starts (IST)" defaultValue={values.startsAt} error={fieldErrors.startsAt} />
        <DateTimeField id={`${prefix}-ends`} name="endsAt" label="Ends (IST)" defaultValue={values.endsAt} error={fieldErrors.endsAt} />
        <TextField id={`${prefix}-venue`} name="venue" label="Venue" optional hint="Leave empty to use the batch's venue." defaultValue={values.venue} maxLength={200} error={fieldErrors.venue} />
      </div>
      <FormStatus message={state && !state.ok ? state.message : null} />
      {state?.ok ? (
        <p role="status" className="text-sm font-semibold text-green-800">
          Session saved.
        </p>
      ) : null}
      <button type="submit" className={PRIMARY_BUTTON} disabled={isPending}>
        {isPending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}

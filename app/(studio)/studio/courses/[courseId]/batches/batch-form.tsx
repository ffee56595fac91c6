"use client";

import { useId } from "react";
import { EDITABLE_BATCH_STATUSES } from "@/lib/domain/studio/batch-rules";
import { FormStatus, SelectField, TextField } from "@/app/(framework)/framework/form-fields";
import { useActionForm } from "@/app/(framework)/framework/use-action-form";
import { saveBatchAction } from "./actions";
import { DateTimeField } from "./date-time-field";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

export type BatchFormValues = { batchId?: string; code: string; startsAt: string; endsAt: string; venue: string; seatLimit: string; status: string };

const STATUS_LABELS: Record<(typeof EDITABLE_BATCH_STATUSES)[number], string> = {
  SCHEDULED: "Scheduled (not yet open for enrolment)",
  OPEN: "Open for enrolment",
  CLOSED: "Closed for enrolment",
  COMPLETED: "Completed",
};

export function BatchForm({ courseId, values, submitLabel }: { courseId: string; values: BatchFormValues; submitLabel: string }) {
  const { state, formAction, onSubmit, isPending, fieldErrors } = useActionForm(saveBatchAction);
  const prefix = useId();
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="courseId" value={courseId} />
      {values.batchId ? <input type="hidden" name="batchId" value={values.batchId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${prefix}-code`} name="code" label="Batch code" hint="Unique within the course, e.g. 2027-JAN." defaultValue={values.code} maxLength={40} error={fieldErrors.code} />
        <TextField id={`${prefix}-venue`} name="venue" label="Venue" defaultValue={values.venue} maxLength={200} error={fieldErrors.venue} />
        <DateTimeField id={`${prefix}-starts`} name="startsAt" label="Starts (IST)" defaultValue={values.startsAt} error={fieldErrors.startsAt} />
        <DateTimeField id={`${prefix}-ends`} name="endsAt" label="Ends (IST)" defaultValue={values.endsAt} error={fieldErrors.endsAt} />
        <TextField id={`${prefix}-seats`} name="seatLimit" label="Seat limit" defaultValue={values.seatLimit} maxLength={6} error={fieldErrors.seatLimit} />
        <SelectField
          id={`${prefix}-status`}
          name="status"
          label="Status"
          defaultValue={values.status}
          options={EDITABLE_BATCH_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
          error={fieldErrors.status}
        />
      </div>
      <FormStatus message={state && !state.ok ? state.message : null} />
      {state?.ok ? (
        <p role="status" className="text-sm font-semibold text-green-800">
          Batch saved.
        </p>
      ) : null}
      <button type="submit" className={PRIMARY_BUTTON} disabled={isPending}>
        {isPending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}

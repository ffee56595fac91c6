"use client";

import Link from "next/link";
import { MAX_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";
import { FormSection, FormStatus, SelectField, TextAreaField, TextField } from "@/app/(framework)/framework/form-fields";
import { useActionForm } from "@/app/(framework)/framework/use-action-form";
import { createContentRequestAction } from "../actions";
import { CONTENT_REQUESTS_HREF } from "../hrefs";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

type Props = {
  organisations: { id: string; name: string }[];
  competencies: { id: string; name: string; area: string }[];
  prefill: { organisationId?: string; competencyId?: string; level?: string; officialsInNeed?: string };
};

const LEVELS = Array.from({ length: MAX_COMPETENCY_LEVEL }, (_, index) => ({ value: String(index + 1), label: `Level ${index + 1}` }));

export function RequestForm({ organisations, competencies, prefill }: Props) {
  const { state, formAction, onSubmit, isPending, fieldErrors } = useActionForm(createContentRequestAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormSection legend="What is needed">
        <SelectField
          id="request-organisation"
          name="organisationId"
          label="For organisation"
          defaultValue={prefill.organisationId ?? organisations[0]?.id}
          options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          error={fieldErrors.organisationId}
        />
        <SelectField
          id="request-competency"
          name="competencyId"
          label="Competency"
          defaultValue={prefill.competencyId}
          emptyLabel="Choose a competency"
          options={competencies.map((competency) => ({ value: competency.id, label: `${competency.name} (${competency.area})` }))}
          error={fieldErrors.competencyId}
        />
        <SelectField id="request-level" name="level" label="Level the course should impart" defaultValue={prefill.level ?? "2"} options={LEVELS} error={fieldErrors.level} />
        <TextField
          id="request-officials"
          name="officialsInNeed"
          label="Officials in need"
          optional
          hint="How many officials lack this level today; the gap report fills it in."
          defaultValue={prefill.officialsInNeed ?? ""}
          error={fieldErrors.officialsInNeed}
        />
        <TextAreaField id="request-note" name="note" label="Note for providers" optional rows={4} maxLength={2000} error={fieldErrors.note} />
      </FormSection>
      <FormStatus message={state && !state.ok ? state.message : null} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={PRIMARY_BUTTON} disabled={isPending}>
          {isPending ? "Sending…" : "Send request"}
        </button>
        <Link href={CONTENT_REQUESTS_HREF} className={SECONDARY_BUTTON}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

"use client";

import Link from "next/link";
import { useActionState, useId, useState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { PRIMARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";
import { addOfficial, saveOfficial } from "./actions";
import { FormField } from "./form-field";
import { ReportingOfficerPicker, type OfficerChoice } from "./reporting-officer-picker";

type Option = { value: string; label: string };

export type OfficialFormValues = {
  officialId?: string;
  name: string;
  email?: string;
  designation: string | null;
  group: string | null;
  serviceCadre: string | null;
  organisationId: string | null;
  fracPositionId: string | null;
  reportingOfficerId: string | null;
};

type OfficialFormProps = {
  values: OfficialFormValues;
  organisations: Option[];
  positions: Option[];
  /** The official's reporting officer now, if any. */
  reportingOfficer: OfficerChoice | null;
};

const GROUPS = ["A", "B", "C", "D"].map((group) => ({ value: group, label: `Group ${group}` }));

type FormData_ = { changed: number } | { officialId: string; email: string; oneTimePassword: string };

/** Edit an official (with officialId) or create one (without): the same fields, one form. */
export function OfficialForm({ values, organisations, positions, reportingOfficer }: OfficialFormProps) {
  const isNew = !values.officialId;
  // React resets a form after its action: what was typed becomes the defaults, so a refused form keeps it.
  const [typed, setTyped] = useState<Partial<Record<keyof OfficialFormValues, string>>>({});
  const [state, action, isPending] = useActionState<ActionResult<FormData_> | null, FormData>((previous, formData) => {
    setTyped(Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$")).map(([key, value]) => [key, String(value)])));
    return isNew ? addOfficial(previous, formData) : saveOfficial(previous, formData);
  }, null);
  const value = (field: keyof OfficialFormValues) => typed[field] ?? values[field] ?? null;
  const id = useId();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const created = state?.ok && "oneTimePassword" in state.data ? state.data : null;

  if (created) {
    return (
      <div role="status" className="space-y-3 rounded-md border border-green-300 bg-green-50 p-4 text-green-900">
        <p className="font-semibold">The account for {created.email} is ready.</p>
        <p>
          Give the official this one-time password; it is shown only now: <code className="rounded bg-white px-2 py-1 font-mono text-base text-slate-900">{created.oneTimePassword}</code>
        </p>
        <p>
          <Link className={TEXT_LINK} href={`/admin/officials/${created.officialId}`}>
            Open the official
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form action={action} className="space-y-4" noValidate>
      {values.officialId ? <input type="hidden" name="officialId" value={values.officialId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id={`${id}-name`} name="name" label="Full name" required defaultValue={value("name")} error={errors.name?.[0]} autoComplete="off" />
        {isNew ? <FormField id={`${id}-email`} name="email" label="Email" type="email" required defaultValue={value("email")} error={errors.email?.[0]} autoComplete="off" /> : null}
        <FormField id={`${id}-designation`} name="designation" label="Designation" defaultValue={value("designation")} error={errors.designation?.[0]} />
        <FormField id={`${id}-group`} name="group" label="Group" options={GROUPS} defaultValue={value("group")} error={errors.group?.[0]} />
        <FormField id={`${id}-service`} name="serviceCadre" label="Service" hint="For example IAS, CSS or CSSS." defaultValue={value("serviceCadre")} error={errors.serviceCadre?.[0]} />
        <FormField id={`${id}-organisation`} name="organisationId" label="Organisation" required options={organisations} defaultValue={value("organisationId")} error={errors.organisationId?.[0]} />
        <FormField id={`${id}-position`} name="fracPositionId" label="FRAC post" options={positions} defaultValue={value("fracPositionId")} error={errors.fracPositionId?.[0]} />
        <ReportingOfficerPicker id={`${id}-officer`} initial={reportingOfficer} excludeId={values.officialId} error={errors.reportingOfficerId?.[0]} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} className={PRIMARY_BUTTON}>
          {isPending ? "Saving…" : isNew ? "Create the official" : "Save changes"}
        </button>
        <p aria-live="polite" className="text-sm">
          {state && !state.ok ? <span className="font-semibold text-red-800">{state.message}</span> : null}
          {state?.ok && "changed" in state.data ? <span className="text-green-800">{state.data.changed === 0 ? "Nothing to change." : "Saved."}</span> : null}
        </p>
      </div>
    </form>
  );
}

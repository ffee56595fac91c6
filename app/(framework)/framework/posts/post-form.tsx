"use client";

import Link from "next/link";
import { MAX_LENGTHS } from "@/lib/domain/framework/field-rules";
import { FieldMessages, FormSection, FormStatus, SelectField, TextAreaField, TextField } from "../form-fields";
import { useActionForm } from "../use-action-form";
import { saveFracPostAction } from "./actions";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

export type PostFormValues = { id?: string; code: string; title: string; description: string | null; organisationId: string | null; roleIds: string[] };

type Option = { id: string; code: string; name: string };

export function PostForm({ values, organisations, roles, cancelHref }: { values: PostFormValues; organisations: Option[]; roles: Option[]; cancelHref: string }) {
  const { state, formAction, onSubmit, isPending, fieldErrors } = useActionForm(saveFracPostAction);
  const chosen = new Set(values.roleIds);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <FormSection legend="Post">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="post-title" name="title" label="Title" defaultValue={values.title} maxLength={MAX_LENGTHS.name} error={fieldErrors.title} />
          <TextField id="post-code" name="code" label="Code" hint="e.g. POS-DOPT-ASO" defaultValue={values.code} maxLength={MAX_LENGTHS.code} error={fieldErrors.code} />
          <SelectField
            id="post-organisation"
            name="organisationId"
            label="Organisation"
            defaultValue={values.organisationId ?? ""}
            emptyLabel="No organisation"
            options={organisations.map((organisation) => ({ value: organisation.id, label: `${organisation.name} (${organisation.code})` }))}
            error={fieldErrors.organisationId}
          />
        </div>
        <TextAreaField id="post-description" name="description" label="Description" optional defaultValue={values.description ?? ""} maxLength={MAX_LENGTHS.description} error={fieldErrors.description} />
      </FormSection>

      <FormSection legend="FRAC roles it carries" describedBy={fieldErrors.roleIds ? "post-roles-error" : undefined}>
        <div className="grid gap-1 sm:grid-cols-2">
          {roles.map((role) => (
            <label key={role.id} className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" name="roleIds" value={role.id} defaultChecked={chosen.has(role.id)} className="size-4 accent-navy-700" />
              {role.name} <span className="text-slate-600">({role.code})</span>
            </label>
          ))}
        </div>
        <FieldMessages id="post-roles" error={fieldErrors.roleIds} />
      </FormSection>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} aria-busy={isPending} className={PRIMARY_BUTTON}>
          {isPending ? "Saving…" : values.id ? "Save changes" : "Create post"}
        </button>
        <Link href={cancelHref} className={SECONDARY_BUTTON}>
          Cancel
        </Link>
        <FormStatus message={state && !state.ok ? state.message : null} />
      </div>
    </form>
  );
}

"use client";

import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { REGISTRATION_LINK_DEFAULT_DAYS, REGISTRATION_LINK_MAX_DAYS } from "@/lib/domain/admin/registration-link";
import { DANGER_BUTTON, PRIMARY_BUTTON } from "@/components/ui-classes";
import { FormField } from "../officials/form-field";
import { createLink, revokeLink } from "./actions";

export function CreateLinkForm({ organisations }: { organisations: { value: string; label: string }[] }) {
  const [state, action, isPending] = useActionState<ActionResult<{ id: string }> | null, FormData>(createLink, null);
  const id = useId();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end" noValidate>
      <FormField id={`${id}-organisation`} name="organisationId" label="Organisation" required options={organisations} defaultValue={organisations[0]?.value} error={errors.organisationId?.[0]} />
      <FormField id={`${id}-days`} name="days" label="Valid for (days)" type="number" min={1} max={REGISTRATION_LINK_MAX_DAYS} required defaultValue={String(REGISTRATION_LINK_DEFAULT_DAYS)} error={errors.days?.[0]} />
      <div className="flex flex-col gap-1">
        <button type="submit" disabled={isPending} className={PRIMARY_BUTTON}>
          Create a link
        </button>
      </div>
      <p aria-live="polite" className="text-sm sm:col-span-3">
        {state && !state.ok ? <span className="font-semibold text-red-800">{state.message}</span> : null}
        {state?.ok ? <span className="text-green-800">Link created; it is first in the list below.</span> : null}
      </p>
    </form>
  );
}

export function RevokeLinkForm({ linkId }: { linkId: string }) {
  const [state, action, isPending] = useActionState<ActionResult<{ status: string }> | null, FormData>(revokeLink, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="linkId" value={linkId} />
      <button type="submit" disabled={isPending} className={DANGER_BUTTON}>
        Stop this link
      </button>
      <p aria-live="polite" className="text-sm">
        {state && !state.ok ? <span className="font-semibold text-red-800">{state.message}</span> : null}
      </p>
    </form>
  );
}

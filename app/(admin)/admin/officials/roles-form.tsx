"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { SECONDARY_BUTTON } from "@/components/ui-classes";
import { changeOfficialRoles } from "./actions";

type RolesFormProps = { officialId: string; organisationName: string; isOrganisationAdmin: boolean; isReviewer: boolean };

/** The roles an MDO admin may grant within their subtree; a change signs the official out once. */
export function RolesForm({ officialId, organisationName, isOrganisationAdmin, isReviewer }: RolesFormProps) {
  const [state, action, isPending] = useActionState<ActionResult<{ changed: boolean }> | null, FormData>(changeOfficialRoles, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="officialId" value={officialId} />
      <fieldset className="space-y-2">
        <legend className="sr-only">Roles</legend>
        <label className="flex min-h-11 items-start gap-2 text-sm">
          <input type="checkbox" name="isOrganisationAdmin" defaultChecked={isOrganisationAdmin} className="mt-0.5 size-5 accent-navy-700" />
          <span>
            <span className="block font-semibold text-navy-900">Organisation admin of {organisationName}</span>
            <span className="block text-slate-600">Manages the officials, plans and reports of {organisationName} and everything under it.</span>
          </span>
        </label>
        <label className="flex min-h-11 items-start gap-2 text-sm">
          <input type="checkbox" name="isReviewer" defaultChecked={isReviewer} className="mt-0.5 size-5 accent-navy-700" />
          <span>
            <span className="block font-semibold text-navy-900">Content reviewer</span>
            <span className="block text-slate-600">Reviews courses routed to the reviewer groups they belong to.</span>
          </span>
        </label>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} className={SECONDARY_BUTTON}>
          Save roles
        </button>
        <p aria-live="polite" className="text-sm">
          {state && !state.ok ? <span className="font-semibold text-red-800">{state.message}</span> : null}
          {state?.ok ? <span className="text-green-800">{state.data.changed ? "Roles saved. They apply from the official’s next request." : "Nothing to change."}</span> : null}
        </p>
      </div>
    </form>
  );
}

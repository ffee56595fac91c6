"use client";

import { useActionState, useId, useState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { PRIMARY_BUTTON } from "@/components/ui-classes";
import { FormField } from "@/app/(admin)/admin/officials/form-field";
import { register } from "./actions";

export function RegisterForm({ token, organisationName }: { token: string; organisationName: string }) {
  // React resets a form after its action; what was typed comes back as the defaults (never the password).
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [state, action, isPending] = useActionState<ActionResult<{ status: "REGISTERED" }> | null, FormData>((previous, formData) => {
    setTyped({ name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? ""), designation: String(formData.get("designation") ?? "") });
    return register(previous, formData);
  }, null);
  const id = useId();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  if (state?.ok) {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 p-4 text-green-900">
        Thank you. Your registration with {organisationName} is waiting for approval; once approved you can sign in with your email and the password you chose.
      </p>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormField id={`${id}-name`} name="name" defaultValue={typed.name} label="Full name" required autoComplete="name" error={errors.name?.[0]} />
      <FormField id={`${id}-email`} name="email" defaultValue={typed.email} label="Official email" type="email" required autoComplete="email" error={errors.email?.[0]} />
      <FormField id={`${id}-designation`} name="designation" defaultValue={typed.designation} label="Designation" autoComplete="organization-title" error={errors.designation?.[0]} />
      <FormField id={`${id}-password`} name="password" label="Password" type="password" required autoComplete="new-password" hint="At least 10 characters." error={errors.password?.[0]} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} className={PRIMARY_BUTTON}>
          {isPending ? "Registering…" : "Register"}
        </button>
        <p aria-live="polite" className="text-sm">
          {state && !state.ok ? <span className="font-semibold text-red-800">{state.message}</span> : null}
        </p>
      </div>
    </form>
  );
}

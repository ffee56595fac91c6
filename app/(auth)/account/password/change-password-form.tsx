"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { CONTROL, FIELD_ERROR, LABEL, PRIMARY_BUTTON } from "@/components/ui-classes";
import { changePassword } from "./actions";

const FIELDS = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password", minLength: undefined },
  { name: "password", label: "New password", autoComplete: "new-password", minLength: 10 },
  { name: "confirm", label: "The new password again", autoComplete: "new-password", minLength: undefined },
] as const;

export function ChangePasswordForm({ isFirstPassword }: { isFirstPassword: boolean }) {
  const [state, action, isPending] = useActionState<ActionResult<never> | null, FormData>(changePassword, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="mt-6 space-y-4">
      {state && !state.ok && !errors ? <p className="rounded-md border border-red-300 bg-red-50 p-3 text-sm font-semibold text-red-800">{state.message}</p> : null}
      {FIELDS.map((field) => {
        const error = errors?.[field.name]?.[0];
        const label = isFirstPassword && field.name === "currentPassword" ? "One-time password" : field.label;
        return (
          <div key={field.name}>
            <label htmlFor={field.name} className={LABEL}>
              {label}
            </label>
            <input
              id={field.name}
              name={field.name}
              type="password"
              autoComplete={field.autoComplete}
              required
              minLength={field.minLength}
              maxLength={1024}
              className={`${CONTROL} min-h-11`}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${field.name}-error` : undefined}
            />
            {error ? (
              <p id={`${field.name}-error`} className={FIELD_ERROR}>
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" className={PRIMARY_BUTTON} disabled={isPending}>
        {isPending ? "Saving…" : "Set my password"}
      </button>
    </form>
  );
}

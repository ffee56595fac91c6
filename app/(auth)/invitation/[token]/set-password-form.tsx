"use client";

import Link from "next/link";
import { useActionState } from "react";
import { CONTROL, FIELD_ERROR, LABEL, PRIMARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";
import { setFirstPassword } from "./actions";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, isPending] = useActionState(setFirstPassword, null);
  if (state?.ok) {
    return (
      <p role="status" className="text-slate-800">
        Your password is set.{" "}
        <Link href="/sign-in" className={TEXT_LINK}>
          Sign in
        </Link>{" "}
        with {email}.
      </p>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? <p className="rounded-md border border-red-300 bg-red-50 p-3 text-sm font-semibold text-red-800">{state.message}</p> : null}
      <div>
        <label htmlFor="password" className={LABEL}>
          New password
        </label>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={10} className={`${CONTROL} min-h-11`} aria-invalid={!!errors?.password} aria-describedby={errors?.password ? "password-error" : undefined} />
        {errors?.password ? <p id="password-error" className={FIELD_ERROR}>{errors.password[0]}</p> : null}
      </div>
      <div>
        <label htmlFor="confirm" className={LABEL}>
          The same password again
        </label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required className={`${CONTROL} min-h-11`} aria-invalid={!!errors?.confirm} aria-describedby={errors?.confirm ? "confirm-error" : undefined} />
        {errors?.confirm ? <p id="confirm-error" className={FIELD_ERROR}>{errors.confirm[0]}</p> : null}
      </div>
      <button type="submit" className={PRIMARY_BUTTON} disabled={isPending}>
        {isPending ? "Saving…" : "Set my password"}
      </button>
    </form>
  );
}

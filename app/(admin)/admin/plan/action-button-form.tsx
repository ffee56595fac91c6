"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { PRIMARY_BUTTON, SECONDARY_BUTTON, DANGER_BUTTON } from "@/components/ui-classes";

type Action = (state: ActionResult<string> | null, formData: FormData) => Promise<ActionResult<string>>;

const TONES = { primary: PRIMARY_BUTTON, secondary: SECONDARY_BUTTON, danger: DANGER_BUTTON } as const;

/** One button that runs a server action with a few hidden fields and says what happened. */
export function ActionButtonForm({
  action,
  fields,
  label,
  pendingLabel,
  tone = "secondary",
  describedBy,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  tone?: keyof typeof TONES;
  describedBy?: string;
}) {
  const [state, formAction, isPending] = useActionState<ActionResult<string> | null, FormData>(action, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={isPending} className={TONES[tone]} aria-describedby={describedBy}>
        {isPending ? pendingLabel : label}
      </button>
      <p aria-live="polite" className="text-sm" data-testid="action-message">
        {state && !state.ok ? <span className="font-semibold text-red-800">{state.message}</span> : null}
        {state?.ok ? <span className="text-green-800">{state.data}</span> : null}
      </p>
    </form>
  );
}

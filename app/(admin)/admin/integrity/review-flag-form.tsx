"use client";

import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { reviewFlag } from "./actions";
import { REVIEW_NOTE_MAX_LENGTH, type ReviewFlagData } from "./actions.schema";

const OUTCOMES = [
  { value: "NO_CONCERN", label: "No concern", hint: "An innocent explanation, such as a fast reader or a technical fault." },
  { value: "FOLLOWED_UP", label: "Followed up", hint: "Taken up with the official or their supervisor." },
] as const;

export function ReviewFlagForm({ flagId, officialName }: { flagId: string; officialName: string }) {
  const [state, action, isPending] = useActionState<ActionResult<ReviewFlagData> | null, FormData>(reviewFlag, null);
  const id = useId();
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const outcomeError = fieldErrors?.outcome?.[0];
  const noteError = fieldErrors?.note?.[0];

  return (
    <form action={action} className="space-y-3 border-t border-slate-200 pt-3">
      <input type="hidden" name="flagId" value={flagId} />
      <fieldset aria-describedby={outcomeError ? `${id}-outcome-error` : undefined}>
        <legend className="text-sm font-semibold text-slate-800">Your review of {officialName}’s flag</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {OUTCOMES.map((outcome) => (
            <label
              key={outcome.value}
              className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 p-3 text-sm has-checked:border-navy-600 has-checked:bg-navy-50"
            >
              <input type="radio" name="outcome" value={outcome.value} required className="mt-0.5 size-4 accent-navy-700" />
              <span>
                <span className="block font-semibold text-navy-900">{outcome.label}</span>
                <span className="block text-slate-600">{outcome.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {outcomeError ? (
          <p id={`${id}-outcome-error`} className="mt-1 text-sm text-red-800">
            {outcomeError}
          </p>
        ) : null}
      </fieldset>
      <div>
        <label htmlFor={`${id}-note`} className="text-sm font-semibold text-slate-800">
          Note <span className="font-normal text-slate-600">(optional)</span>
        </label>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={2}
          maxLength={REVIEW_NOTE_MAX_LENGTH}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-error` : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base aria-invalid:border-red-700"
        />
        {noteError ? (
          <p id={`${id}-note-error`} className="mt-1 text-sm text-red-800">
            {noteError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={isPending}
          className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700 disabled:cursor-wait disabled:opacity-70"
        >
          {isPending ? "Saving…" : "Mark reviewed"}
        </button>
        <p aria-live="polite" className="text-sm">
          {state && !state.ok ? <span className="text-red-800">{state.message}</span> : null}
          {state?.ok ? <span className="text-green-800">Reviewed.</span> : null}
        </p>
      </div>
    </form>
  );
}

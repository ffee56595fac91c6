"use client";

import { startTransition, useActionState, useRef, type FormEvent } from "react";
import { CheckCheck } from "lucide-react";
import type { ActionResult } from "@/lib/domain/action-result";
import type { AttendanceStatus } from "@/lib/domain/attendance/attendance-rules";
import { markFieldName } from "@/lib/domain/attendance/save-attendance.schema";
import type { MarkSessionAttendanceResult } from "@/lib/server/attendance/mark-session-attendance";
import type { RosterOfficial } from "@/lib/server/attendance/get-batch-attendance";
import { saveAttendance } from "./actions";

const OPTIONS: { value: AttendanceStatus; label: string; checked: string }[] = [
  { value: "PRESENT", label: "Present", checked: "has-checked:border-green-700 has-checked:bg-green-50 has-checked:text-green-900" },
  { value: "ABSENT", label: "Absent", checked: "has-checked:border-red-700 has-checked:bg-red-50 has-checked:text-red-900" },
  { value: "EXCUSED", label: "Excused", checked: "has-checked:border-navy-700 has-checked:bg-navy-50 has-checked:text-navy-900" },
];

type SaveState = ActionResult<MarkSessionAttendanceResult> | null;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function successMessage(result: MarkSessionAttendanceResult, sessionTitle: string): string {
  if (result.changed === 0) return `Attendance for ${sessionTitle} was already up to date: nothing changed.`;
  const parts = [`Attendance saved for ${sessionTitle}: ${plural(result.changed, "mark", "marks")} changed.`];
  if (result.karmaAwarded > 0) parts.push(`Karma Points awarded to ${plural(result.karmaAwarded, "official", "officials")}.`);
  if (result.karmaRevoked > 0) parts.push(`Karma Points taken back from ${plural(result.karmaRevoked, "official", "officials")}.`);
  return parts.join(" ");
}

export function AttendanceForm({
  batchId,
  sessionId,
  sessionTitle,
  officials,
}: {
  batchId: string;
  sessionId: string;
  sessionTitle: string;
  officials: RosterOfficial[];
}) {
  const [state, formAction, isPending] = useActionState<SaveState, FormData>(saveAttendance, null);
  const formRef = useRef<HTMLFormElement>(null);
  const error = state && !state.ok ? state : null;
  const formError = error ? (error.fieldErrors?.sessionId?.[0] ?? error.fieldErrors?.marks?.[0] ?? error.message) : null;

  // Submitted from a transition rather than as a form action, so React does not reset the
  // radios to their old defaults when a save is refused: the choices made are kept to fix.
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  function markUnmarkedPresent() {
    const form = formRef.current;
    if (!form) return;
    for (const official of officials) {
      const name = markFieldName(official.userId);
      const radios = form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(name)}"]`);
      if ([...radios].some((radio) => radio.checked)) continue;
      const present = [...radios].find((radio) => radio.value === "PRESENT");
      if (present) present.checked = true;
    }
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={handleSubmit} aria-describedby="register-help" className="space-y-4">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p id="register-help" className="text-sm text-slate-700">
          Choose Present, Absent or Excused for each official, then save. Officials left unmarked keep no mark. Marking an official
          present awards Karma Points; correcting the mark later takes them back.
        </p>
        <button
          type="button"
          onClick={markUnmarkedPresent}
          disabled={isPending}
          className="inline-flex min-h-11 shrink-0 items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-navy-800 hover:bg-navy-50"
        >
          <CheckCheck aria-hidden="true" className="size-4" /> Mark all unmarked present
        </button>
      </div>

      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
        {officials.map((official) => {
          const field = markFieldName(official.userId);
          const nameId = `official-${official.userId}`;
          const errorId = `${field}-error`;
          const fieldError = error?.fieldErrors?.[field]?.[0];
          return (
            <li key={official.userId} className={`px-2 py-3 sm:p-3 ${fieldError ? "bg-red-50" : ""}`}>
              <fieldset
                aria-labelledby={nameId}
                aria-describedby={fieldError ? errorId : undefined}
                className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="min-w-0">
                  <p id={nameId} className="font-semibold text-slate-900">
                    {official.name}
                  </p>
                  <p className="text-sm text-slate-700">
                    {[official.designation, official.organisationName].filter(Boolean).join(" · ") || "No designation recorded"}
                  </p>
                  {official.status === null ? <p className="text-xs font-semibold text-amber-900">Not marked yet</p> : null}
                </div>
                <div className="grid shrink-0 grid-cols-3 gap-1.5 sm:gap-2">
                  {OPTIONS.map((option) => (
                    <label
                      key={option.value}
                      className={`flex min-h-11 cursor-pointer items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2 text-sm sm:gap-2 sm:px-3 font-medium text-slate-800 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-navy-600 ${option.checked}`}
                    >
                      <input
                        type="radio"
                        name={field}
                        value={option.value}
                        defaultChecked={official.status === option.value}
                        className="size-4 shrink-0 accent-navy-800"
                      />
                      {option.label}
                    </label>
                  ))}
                </div>
              </fieldset>
              {fieldError ? (
                <p id={errorId} className="mt-2 text-sm font-medium text-red-900">
                  {fieldError}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>

      <div className="sticky bottom-0 -mx-3 flex flex-col gap-2 border-t border-slate-200 bg-white/95 px-3 py-3 sm:-mx-5 sm:flex-row sm:items-center sm:px-5">
        <button
          type="submit"
          disabled={isPending}
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700 disabled:cursor-wait disabled:opacity-70"
        >
          {isPending ? "Saving…" : "Save attendance"}
        </button>
        <div role="status" className="min-w-0 text-sm">
          {state?.ok ? (
            <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">
              {successMessage(state.data, sessionTitle)}
            </p>
          ) : null}
          {formError ? (
            <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">
              {formError}
            </p>
          ) : null}
        </div>
      </div>
    </form>
  );
}

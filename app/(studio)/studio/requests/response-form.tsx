"use client";

import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { respondToContentRequestAction } from "./actions";
import { DANGER_BUTTON, PRIMARY_BUTTON } from "@/components/ui-classes";

type Move = "ACCEPT" | "DECLINE" | "FULFIL";

/** One answer to a request: accept, decline with a reason, or fulfil with a published course. */
export function ResponseForm({ requestId, move, label, courses = [] }: { requestId: string; move: Move; label: string; courses?: { id: string; title: string }[] }) {
  const [state, formAction, isPending] = useActionState<ActionResult<undefined> | null, FormData>(respondToContentRequestAction, null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="move" value={move} />
      {move === "DECLINE" ? (
        <div>
          <label htmlFor={`${id}-response`} className="block text-sm font-semibold text-slate-800">
            Reason for declining
          </label>
          <textarea id={`${id}-response`} name="response" rows={2} maxLength={2000} aria-invalid={errors.response ? true : undefined} aria-describedby={errors.response ? `${id}-response-error` : undefined} className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base" />
          {errors.response ? <p id={`${id}-response-error`} className="text-sm font-semibold text-red-800">{errors.response[0]}</p> : null}
        </div>
      ) : null}
      {move === "FULFIL" ? (
        <div>
          <label htmlFor={`${id}-course`} className="block text-sm font-semibold text-slate-800">
            Published course that fulfils it
          </label>
          <select id={`${id}-course`} name="courseId" defaultValue="" aria-invalid={errors.courseId ? true : undefined} aria-describedby={errors.courseId ? `${id}-course-error` : undefined} className="mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base">
            <option value="">Choose a course</option>
            {courses.map((course) => (
              <option key={course.id} value={course.id}>
                {course.title}
              </option>
            ))}
          </select>
          {errors.courseId ? <p id={`${id}-course-error`} className="text-sm font-semibold text-red-800">{errors.courseId[0]}</p> : null}
        </div>
      ) : null}
      {move === "ACCEPT" ? (
        <div>
          <label htmlFor={`${id}-response`} className="block text-sm font-semibold text-slate-800">
            Message to the requester <span className="font-normal text-slate-600">(optional)</span>
          </label>
          <textarea id={`${id}-response`} name="response" rows={2} maxLength={2000} className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base" />
        </div>
      ) : null}
      <button type="submit" className={move === "DECLINE" ? DANGER_BUTTON : PRIMARY_BUTTON} disabled={isPending}>
        {label}
      </button>
      <p aria-live="polite" className="text-sm font-semibold text-red-800">
        {state && !state.ok && !state.fieldErrors ? state.message : null}
      </p>
    </form>
  );
}

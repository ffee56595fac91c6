"use client";

import { useActionState, useState } from "react";
import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-result";
import { enrolInCourse, withdrawFromCourse } from "./actions";

export type BatchOption = { id: string; code: string; dates: string; venue: string; seatsLeft: number; isJoinable: boolean };

const PRIMARY_BUTTON =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700 disabled:cursor-wait disabled:opacity-70";

function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      {message}
    </p>
  );
}

export function EnrolForm({
  courseId,
  slug,
  submitLabel,
  needsBatch,
  batches,
}: {
  courseId: string;
  slug: string;
  submitLabel: string;
  needsBatch: boolean;
  batches: BatchOption[];
}) {
  const t = useTranslations("course.enrolForm");
  const [state, action, isPending] = useActionState<ActionResult<unknown> | null, FormData>(enrolInCourse, null);
  const error = state && !state.ok ? state : null;
  // A batch id that fails validation comes back with the schema's English wording; the coded
  // batch refusals (full, closed…) arrive already in the official's language.
  const rawBatchError = error?.fieldErrors?.batchId?.[0];
  const batchError = rawBatchError && error?.code === "INVALID_INPUT" ? t("chooseBatchFromList") : rawBatchError;
  const hasJoinable = batches.some((batch) => batch.isJoinable);

  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="slug" value={slug} />
      {batches.length > 0 ? (
        <fieldset aria-describedby={batchError ? "batch-error" : undefined} className="space-y-2">
          <legend className="font-semibold text-navy-900">
            {needsBatch ? t("chooseBatch") : t("joinBatchOptional")}
          </legend>
          {batches.map((batch) => (
            <label
              key={batch.id}
              className={`flex gap-3 rounded-md border p-3 ${batch.isJoinable ? "cursor-pointer border-slate-300 has-checked:border-navy-600 has-checked:bg-navy-50" : "border-slate-200 bg-slate-50 text-slate-600"}`}
            >
              <input
                type="radio"
                name="batchId"
                value={batch.id}
                disabled={!batch.isJoinable || isPending}
                required={needsBatch}
                className="mt-1 size-4 shrink-0 accent-navy-800"
              />
              <span className="min-w-0 text-sm">
                <span className="block font-semibold text-slate-900">
                  {batch.code} · {batch.dates}
                </span>
                <span className="block">{batch.venue}</span>
                <span className={`block ${batch.seatsLeft === 0 ? "font-semibold text-red-800" : ""}`}>
                  {batch.seatsLeft === 0
                    ? t("full")
                    : batch.isJoinable
                      ? t("seatsLeft", { count: batch.seatsLeft })
                      : t("notOpen")}
                </span>
              </span>
            </label>
          ))}
          <ErrorMessage id="batch-error" message={batchError} />
        </fieldset>
      ) : null}
      {needsBatch && !hasJoinable ? (
        <p className="text-sm text-slate-700">{t("noBatchOpen")}</p>
      ) : (
        <button type="submit" className={PRIMARY_BUTTON} disabled={isPending}>
          {isPending ? t("enrolling") : submitLabel}
        </button>
      )}
      <div aria-live="polite">{error && !batchError ? <ErrorMessage id="enrol-error" message={error.message} /> : null}</div>
    </form>
  );
}

export function WithdrawForm({ courseId, slug }: { courseId: string; slug: string }) {
  const t = useTranslations("course.withdrawForm");
  const [isConfirming, setIsConfirming] = useState(false);
  const [state, action, isPending] = useActionState<ActionResult | null, FormData>(withdrawFromCourse, null);
  const error = state && !state.ok ? state.message : undefined;

  if (!isConfirming) {
    return (
      <button
        type="button"
        onClick={() => setIsConfirming(true)}
        className="inline-flex min-h-11 items-center gap-2 self-start rounded-md px-2 text-sm font-semibold text-red-800 underline-offset-2 hover:underline"
      >
        <LogOut aria-hidden="true" className="size-4" /> {t("withdraw")}
      </button>
    );
  }
  return (
    <form action={action} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm sm:max-w-xs">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="slug" value={slug} />
      <p className="text-red-900">
        {t("confirm")}
      </p>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={isPending}
          className="inline-flex min-h-11 items-center rounded-md bg-red-800 px-3 font-semibold text-white hover:bg-red-700 disabled:opacity-70"
        >
          {isPending ? t("pending") : t("submit")}
        </button>
        <button
          type="button"
          onClick={() => setIsConfirming(false)}
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 font-semibold text-slate-800"
        >
          {t("cancel")}
        </button>
      </div>
      <div aria-live="polite">{error ? <ErrorMessage id="withdraw-error" message={error} /> : null}</div>
    </form>
  );
}

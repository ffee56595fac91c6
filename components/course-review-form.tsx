"use client";

import { useActionState, useId, useState } from "react";
import { CheckCircle2, Star, TriangleAlert } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-result";
import { karmaFor } from "@/lib/domain/learning/karma-points";
import { MAX_RATING, REVIEW_MAX_LENGTH } from "@/lib/domain/ratings/course-review.schema";

export type CourseReviewSaved = { isFirstRating: boolean; karmaAwarded: boolean };

type CourseReviewFormProps = {
  /** A server action taking (previous state, form data), as useActionState calls it. */
  action: (previousState: unknown, formData: FormData) => Promise<ActionResult<CourseReviewSaved>>;
  courseSlug: string;
  courseTitle: string;
  initialRating: number | null;
  initialReview: string;
};

const STARS = Array.from({ length: MAX_RATING }, (_, index) => index + 1);
// The word for each star count, 1 to 5 (messages review.ratingWords).
const RATING_WORDS = ["poor", "fair", "good", "veryGood", "excellent"] as const;

/**
 * Rating and review. The stars are a native radio group inside a fieldset, so arrow keys move
 * between them and screen readers announce "3 stars, Good, 3 of 5"; the chosen star is ringed by
 * CSS alone, so the form also works before JavaScript arrives.
 */
export function CourseReviewForm({ action, courseSlug, courseTitle, initialRating, initialReview }: CourseReviewFormProps) {
  const t = useTranslations("review");
  const locale = useLocale();
  const number = (value: number) => value.toLocaleString(locale === "hi" ? "hi-IN" : "en-IN");
  const ratingWord = (value: number) => t(`ratingWords.${RATING_WORDS[value - 1] ?? "good"}`);
  const [state, formAction, isPending] = useActionState(action, null);
  const [rating, setRating] = useState<number | null>(initialRating);
  const [reviewLength, setReviewLength] = useState(initialReview.length);
  const id = useId();
  const ratingErrorId = `${id}-rating-error`;
  const reviewErrorId = `${id}-review-error`;
  const reviewHintId = `${id}-review-hint`;
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  // Field errors come from the shared schema, in English; each field has one possible problem,
  // so the official's language has its own wording for it.
  const ratingError = fieldErrors?.rating?.[0] ? t("form.ratingError") : undefined;
  const reviewError = fieldErrors?.review?.[0] ? t("form.reviewTooLong", { max: number(REVIEW_MAX_LENGTH) }) : undefined;

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="courseSlug" value={courseSlug} />

      <fieldset aria-describedby={ratingError ? ratingErrorId : undefined} aria-invalid={ratingError ? true : undefined}>
        <legend className="text-base font-semibold text-navy-900">
          {t.rich("form.ratingLegend", {
            course: courseTitle,
            muted: (chunks) => <span className="font-normal text-slate-600">{chunks}</span>,
          })}
        </legend>
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
          <div className="flex gap-1">
            {STARS.map((value) => {
              const isFilled = rating !== null && value <= rating;
              return (
                <label key={value} className="cursor-pointer">
                  <input
                    type="radio"
                    name="rating"
                    value={value}
                    defaultChecked={initialRating === value}
                    onChange={() => setRating(value)}
                    className="peer sr-only"
                  />
                  <span className="flex size-12 items-center justify-center rounded-md peer-checked:bg-amber-50 peer-checked:ring-2 peer-checked:ring-amber-600 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-saffron-700 hover:bg-slate-100">
                    <Star aria-hidden="true" className={`size-8 ${isFilled ? "fill-amber-400 text-amber-700" : "text-slate-500"}`} />
                  </span>
                  <span className="sr-only">
                    {t("form.star", { value, word: ratingWord(value) })}
                  </span>
                </label>
              );
            })}
          </div>
          <p aria-hidden="true" className="min-w-32 text-sm font-medium text-slate-800">
            {rating !== null ? t("form.current", { rating, max: MAX_RATING, word: ratingWord(rating) }) : t("form.notRated")}
          </p>
        </div>
        {ratingError ? (
          <p id={ratingErrorId} className="mt-2 text-sm font-semibold text-red-800">
            {ratingError}
          </p>
        ) : null}
      </fieldset>

      <div>
        <label htmlFor={`${id}-review`} className="block text-base font-semibold text-navy-900">
          {t.rich("form.reviewLabel", { muted: (chunks) => <span className="font-normal text-slate-600">{chunks}</span> })}
        </label>
        <p id={reviewHintId} className="mt-1 text-sm text-slate-600">
          {t("form.reviewHint", { max: number(REVIEW_MAX_LENGTH) })}
        </p>
        <textarea
          id={`${id}-review`}
          name="review"
          rows={6}
          maxLength={REVIEW_MAX_LENGTH}
          defaultValue={initialReview}
          onChange={(event) => setReviewLength(event.target.value.length)}
          aria-invalid={reviewError ? true : undefined}
          aria-describedby={reviewError ? `${reviewHintId} ${reviewErrorId}` : reviewHintId}
          className="mt-2 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700"
        />
        <p aria-hidden="true" className="mt-1 text-right text-xs tabular-nums text-slate-600">
          {number(reviewLength)} / {number(REVIEW_MAX_LENGTH)}
        </p>
        {reviewError ? (
          <p id={reviewErrorId} className="mt-1 text-sm font-semibold text-red-800">
            {reviewError}
          </p>
        ) : null}
      </div>

      <div aria-live="polite" aria-atomic="true">
        {state?.ok ? (
          <p className="flex items-start gap-2 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
            <CheckCircle2 aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
            <span>
              <strong>{state.data.isFirstRating ? t("form.savedFirst") : t("form.savedChanges")}</strong>
              {state.data.karmaAwarded ? ` ${t("form.karmaEarned", { points: karmaFor("COURSE_RATED") })}` : null}
            </span>
          </p>
        ) : state && !state.ok && !fieldErrors ? (
          <p className="flex items-start gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
            <span>{state.message}</span>
          </p>
        ) : null}
      </div>

      <button
        type="submit"
        disabled={isPending}
        aria-busy={isPending}
        className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-5 text-sm font-semibold text-white hover:bg-navy-700 disabled:cursor-wait disabled:opacity-70"
      >
        {isPending ? t("form.saving") : initialRating === null ? t("form.saveRating") : t("form.saveChanges")}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import Link from "next/link";
import { Award, CheckCircle2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { retryWhileBusy } from "@/lib/domain/http/retry-after";
import { markLessonComplete } from "./actions";
import type { CompleteLessonState } from "./actions.schema";

type MarkCompleteProps = {
  lessonId: string;
  slug: string;
  isCompleted: boolean;
  nextHref: string | null;
  /** Where a completed course's certificate is, built by the page (the code arrives with the reply). */
  certificateHrefPrefix: string;
  courseHref: string;
};

/**
 * "Mark complete" asks the server, which decides from the time and coverage it recorded itself;
 * a refusal comes back with the reason (e.g. "about 3 more minutes of reading").
 */
export function MarkComplete({ lessonId, slug, isCompleted, nextHref, certificateHrefPrefix, courseHref }: MarkCompleteProps) {
  const t = useTranslations("player");
  // A "busy" answer is tried again by itself, so a crowded moment costs a second, not a click.
  const [state, action, isPending] = useActionState<CompleteLessonState | null, FormData>(
    (previous, formData) => retryWhileBusy(() => markLessonComplete(previous, formData)),
    null,
  );
  const done = state?.ok ? state.data : null;
  // A shortfall is worded here, in the official's language; other refusals arrive already translated.
  const refusal =
    state && !state.ok
      ? state.shortfall
        ? t(`shortfall.${state.shortfall.lessonType}.${state.shortfall.unit}`, { count: state.shortfall.count })
        : state.message
      : null;

  return (
    <div className="space-y-3">
      {isCompleted || done ? (
        <p className="flex items-center gap-2 font-semibold text-green-800">
          <CheckCircle2 aria-hidden="true" className="size-5" /> {t("markComplete.lessonCompleted")}
        </p>
      ) : (
        <form action={action}>
          <input type="hidden" name="lessonId" value={lessonId} />
          <input type="hidden" name="slug" value={slug} />
          <button
            type="submit"
            disabled={isPending}
            className="inline-flex min-h-11 items-center gap-2 rounded-md bg-india-green-700 px-4 text-sm font-semibold text-white hover:bg-india-green-600 disabled:cursor-wait disabled:opacity-70"
          >
            <CheckCircle2 aria-hidden="true" className="size-4" /> {isPending ? t("markComplete.checking") : t("markComplete.button")}
          </button>
        </form>
      )}
      <div aria-live="polite" className="text-sm">
        {refusal ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">{refusal}</p>
        ) : null}
        {done?.isCourseCompleted ? (
          <p className="flex flex-wrap items-center gap-2 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            <Award aria-hidden="true" className="size-4" /> {t("markComplete.courseCompleted")}
            {done.certificateCode ? (
              <Link className="font-semibold underline" href={`${certificateHrefPrefix}${encodeURIComponent(done.certificateCode)}`}>
                {t("markComplete.viewCertificate")}
              </Link>
            ) : (
              <Link className="font-semibold underline" href={courseHref}>
                {t("markComplete.backToCourse")}
              </Link>
            )}
          </p>
        ) : done && nextHref ? (
          <p>
            {t("markComplete.wellDone")}{" "}
            <Link className="font-semibold text-navy-700 underline" href={nextHref}>
              {t("markComplete.nextLesson")}
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}

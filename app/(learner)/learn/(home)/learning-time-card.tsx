import { CheckCircle2, Target } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { LearningTime } from "@/lib/server/learner/get-learning-time";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { formatLearningSeconds, formatSecondsToGo } from "@/lib/domain/format-duration";

/**
 * Validated learning time this week and year, and the {t("targetTitle")} as a
 * progress bar that names its own figures: "1 h 20 min of 4 h" says more than "33%".
 */
export function LearningTimeCard({ time }: { time: LearningTime }) {
  const t = useTranslations("home.time");
  const locale = useLocale();
  const { learningWeek } = time;
  const lastDay = new Date(time.week.end.getTime() - 1);
  const hours = (seconds: number) => formatLearningSeconds(seconds, locale);
  const figures = { done: hours(learningWeek.seconds), target: hours(learningWeek.targetSeconds), percent: learningWeek.percent };
  const valueText = t("valueText", figures);
  return (
    <section aria-labelledby="learning-time" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="border-b border-slate-200 px-4 py-3 sm:px-5">
        <h2 id="learning-time" className="text-lg font-semibold text-navy-900">
          {t("title")}
        </h2>
        <p className="mt-0.5 text-sm text-slate-600">
          {t.rich("week", {
            start: formatDate(time.week.start, locale),
            end: formatDate(lastDay, locale),
            startTime: (chunks) => <time dateTime={isoDate(time.week.start)}>{chunks}</time>,
            endTime: (chunks) => <time dateTime={isoDate(lastDay)}>{chunks}</time>,
          })}
        </p>
      </div>
      <div className="grid gap-4 p-4 sm:grid-cols-3 sm:p-5">
        <dl className="grid grid-cols-2 gap-3 sm:col-span-1 sm:grid-cols-1">
          <div>
            <dt className="text-sm font-medium text-slate-600">{t("thisWeek")}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-navy-900">{hours(time.weekSeconds)}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">{t("thisYear")}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-navy-900">{hours(time.yearSeconds)}</dd>
          </div>
        </dl>
        <div className="rounded-md bg-navy-50 p-4 sm:col-span-2">
          <h3 id="learning-week-target" className="flex items-center gap-2 font-semibold text-navy-900">
            <Target aria-hidden="true" className="size-5 text-saffron-700" /> {t("targetTitle")}
          </h3>
          <p className="mt-1 text-sm text-slate-700">
            {t("targetBody", { target: figures.target })}
          </p>
          <div
            role="progressbar"
            aria-labelledby="learning-week-target"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={learningWeek.percent}
            aria-valuetext={valueText}
            className="mt-3 h-3 overflow-hidden rounded-full bg-white ring-1 ring-navy-200"
          >
            <div
              className={`h-full rounded-full ${learningWeek.isMet ? "bg-india-green-600" : "bg-navy-600"}`}
              style={{ width: `${learningWeek.percent}%` }}
            />
          </div>
          <p className="mt-2 text-sm font-medium text-slate-800" aria-hidden="true">
            {t("progress", figures)}
          </p>
          <p className="mt-1 text-sm text-slate-700">
            {learningWeek.isMet ? (
              <span className="inline-flex items-center gap-1 font-semibold text-green-800">
                <CheckCircle2 aria-hidden="true" className="size-4" /> {t("met")}
              </span>
            ) : (
              t("toGo", { remaining: formatSecondsToGo(learningWeek.secondsRemaining, locale) })
            )}
          </p>
        </div>
      </div>
    </section>
  );
}

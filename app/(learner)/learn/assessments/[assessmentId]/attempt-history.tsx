import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { AttemptHistoryItem } from "@/lib/server/assessment/get-assessment-overview";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { StatusBadge } from "@/components/status-badge";
import { attemptHref, attemptResultsHref } from "../assessment-routes";

function AttemptBadge({ attempt }: { attempt: AttemptHistoryItem }) {
  const t = useTranslations("assessment.history");
  if (attempt.status === "IN_PROGRESS") return <StatusBadge tone="navy">{t("inProgress")}</StatusBadge>;
  if (attempt.status === "EXPIRED") return <StatusBadge tone="amber">{t("timeRanOut")}</StatusBadge>;
  return attempt.passed ? <StatusBadge tone="green">{t("passed")}</StatusBadge> : <StatusBadge tone="red">{t("notPassed")}</StatusBadge>;
}

/** The official's attempts, newest first, each linking to its results (or back into it while open). */
export function AttemptHistory({ assessmentId, attempts }: { assessmentId: string; attempts: AttemptHistoryItem[] }) {
  const t = useTranslations("assessment");
  const locale = useLocale();
  return (
    <ol className="divide-y divide-slate-200" aria-label={t("history.label")}>
      {attempts.map((attempt) => {
        const isOpen = attempt.status === "IN_PROGRESS";
        const when = attempt.submittedAt ?? attempt.startedAt;
        return (
          <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
            <div className="min-w-0">
              <p className="font-semibold text-navy-900">{t("attemptNumber", { number: attempt.attemptNumber })}</p>
              <p className="text-sm text-slate-600">
                {t.rich(attempt.submittedAt ? "history.submitted" : "history.started", {
                  date: formatDate(when, locale),
                  time: (chunks) => <time dateTime={isoDate(when)}>{chunks}</time>,
                })}
                {attempt.percent !== null ? ` · ${t("history.score", { percent: attempt.percent })}` : null}
              </p>
            </div>
            <div className="flex items-center gap-3">
              <AttemptBadge attempt={attempt} />
              <Link
                href={isOpen ? attemptHref(assessmentId, attempt.id) : attemptResultsHref(assessmentId, attempt.id)}
                className="inline-flex min-h-11 items-center font-semibold text-navy-700 underline underline-offset-2"
              >
                {isOpen ? t("history.continue") : t("history.viewResults")}
                <span className="sr-only"> {t("history.ofAttempt", { number: attempt.attemptNumber })}</span>
              </Link>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

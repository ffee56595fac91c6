import Link from "next/link";
import type { AttemptHistoryItem } from "@/lib/server/assessment/get-assessment-overview";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { StatusBadge } from "@/components/status-badge";
import { attemptHref, attemptResultsHref } from "../assessment-routes";

function AttemptBadge({ attempt }: { attempt: AttemptHistoryItem }) {
  if (attempt.status === "IN_PROGRESS") return <StatusBadge tone="navy">In progress</StatusBadge>;
  if (attempt.status === "EXPIRED") return <StatusBadge tone="amber">Time ran out</StatusBadge>;
  return attempt.passed ? <StatusBadge tone="green">Passed</StatusBadge> : <StatusBadge tone="red">Not passed</StatusBadge>;
}

/** The official's attempts, newest first, each linking to its results (or back into it while open). */
export function AttemptHistory({ assessmentId, attempts }: { assessmentId: string; attempts: AttemptHistoryItem[] }) {
  return (
    <ol className="divide-y divide-slate-200" aria-label="Your attempts, newest first">
      {attempts.map((attempt) => {
        const isOpen = attempt.status === "IN_PROGRESS";
        const when = attempt.submittedAt ?? attempt.startedAt;
        return (
          <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
            <div className="min-w-0">
              <p className="font-semibold text-navy-900">Attempt {attempt.attemptNumber}</p>
              <p className="text-sm text-slate-600">
                {attempt.submittedAt ? "Submitted" : "Started"} <time dateTime={isoDate(when)}>{formatDate(when)}</time>
                {attempt.percent !== null ? <> · Score {attempt.percent}%</> : null}
              </p>
            </div>
            <div className="flex items-center gap-3">
              <AttemptBadge attempt={attempt} />
              <Link
                href={isOpen ? attemptHref(assessmentId, attempt.id) : attemptResultsHref(assessmentId, attempt.id)}
                className="inline-flex min-h-11 items-center font-semibold text-navy-700 underline underline-offset-2"
              >
                {isOpen ? "Continue" : "View results"}
                <span className="sr-only"> of attempt {attempt.attemptNumber}</span>
              </Link>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

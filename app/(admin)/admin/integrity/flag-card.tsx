import Link from "next/link";
import { describeFlagEvidence } from "@/lib/domain/integrity/flag-evidence";
import { formatDateTime } from "@/lib/domain/format-date";
import { learnerCourseHref } from "@/lib/domain/routes";
import type { IntegrityFlagRow } from "@/lib/server/admin/list-integrity-flags";
import { StatusBadge } from "@/components/status-badge";
import { ReviewFlagForm } from "./review-flag-form";

const LESSON_TYPE: Record<IntegrityFlagRow["lesson"]["type"], string> = {
  TEXT: "Reading",
  VIDEO: "Video",
  PDF: "Document",
  LINK: "Outside resource",
  ASSESSMENT: "Assessment",
};

const OUTCOME: Record<NonNullable<IntegrityFlagRow["review"]>["outcome"], string> = {
  NO_CONCERN: "No concern",
  FOLLOWED_UP: "Followed up",
};

export function FlagCard({ flag, canReview }: { flag: IntegrityFlagRow; canReview: boolean }) {
  const evidence = describeFlagEvidence(flag.lesson.type, flag.details);
  const headingId = `flag-${flag.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold text-navy-900">
            {flag.official.name}
          </h3>
          <p className="text-sm text-slate-600">
            {[flag.official.designation, flag.official.organisationName].filter(Boolean).join(" · ")}
          </p>
        </div>
        {flag.review ? (
          <StatusBadge tone={flag.review.outcome === "NO_CONCERN" ? "green" : "amber"}>{OUTCOME[flag.review.outcome]}</StatusBadge>
        ) : (
          <StatusBadge tone="red">Open</StatusBadge>
        )}
      </div>

      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold text-slate-700">Lesson</dt>
        <dd className="min-w-0 break-words text-slate-800">
          {flag.lesson.title} <span className="text-slate-600">({LESSON_TYPE[flag.lesson.type]})</span> in{" "}
          <Link href={learnerCourseHref(flag.course.slug)} className="font-medium text-navy-800 underline underline-offset-2">
            {flag.course.title}
          </Link>
        </dd>
        <dt className="font-semibold text-slate-700">Flagged</dt>
        <dd className="text-slate-800">
          <time dateTime={flag.createdAt.toISOString()}>{formatDateTime(flag.createdAt)}</time>
          {evidence.askedAfter ? `, ${evidence.askedAfter}` : null}
        </dd>
        {evidence.credited ? (
          <>
            <dt className="font-semibold text-slate-700">Server saw</dt>
            <dd className="text-slate-800">{evidence.credited}</dd>
          </>
        ) : null}
        {evidence.needed ? (
          <>
            <dt className="font-semibold text-slate-700">Still needed</dt>
            <dd className="text-slate-800">{evidence.needed}</dd>
          </>
        ) : null}
        <dt className="font-semibold text-slate-700">Official was told</dt>
        <dd className="text-slate-800">{flag.reason}</dd>
        {flag.review ? (
          <>
            <dt className="font-semibold text-slate-700">Reviewed</dt>
            <dd className="text-slate-800">
              <time dateTime={flag.review.at.toISOString()}>{formatDateTime(flag.review.at)}</time>
              {flag.review.reviewerName ? ` by ${flag.review.reviewerName}` : null}
              {flag.review.note ? <span className="mt-1 block text-slate-700">“{flag.review.note}”</span> : null}
            </dd>
          </>
        ) : null}
      </dl>

      {!flag.review && canReview ? <ReviewFlagForm flagId={flag.id} officialName={flag.official.name} /> : null}
    </article>
  );
}

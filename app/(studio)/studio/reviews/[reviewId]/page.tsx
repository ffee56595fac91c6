import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Eye } from "lucide-react";
import { formatDateTime } from "@/lib/domain/format-date";
import { formatDurationMinutes } from "@/lib/domain/format-duration";
import { REVIEW_STAGE_LABELS } from "@/lib/domain/studio/review-routing";
import { requirePermission } from "@/lib/server/auth/session";
import { getReviewDetail, type ReviewDetail } from "@/lib/server/studio/review/get-review-detail";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { ReviewHistory } from "@/components/studio/review-history";
import { VersionChanges } from "@/components/studio/version-changes";
import { REVIEW_QUEUE_HREF, revisionPreviewHref } from "../hrefs";
import { DecisionForm, LessonSummary } from "./decision-form";
import { SECONDARY_BUTTON } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Review a course" };

type PageProps = { params: Promise<{ reviewId: string }> };

export default async function ReviewPage({ params }: PageProps) {
  const user = await requirePermission("course:review");
  const { reviewId } = await params;
  // Outside the routed group, or no such review: the same 404.
  const review = await getReviewDetail(user, reviewId);
  if (!review) notFound();
  const { revision, course } = review;

  return (
    <div className="space-y-6">
      <BackLink href={REVIEW_QUEUE_HREF}>Review queue</BackLink>
      <PageHeading
        eyebrow={`${REVIEW_STAGE_LABELS[review.stage]} · round ${review.round}`}
        title={revision.title}
        description={
          <>
            Version {revision.number} by {course.providerName}
            {course.organisationName ? <> for {course.organisationName}</> : null}
            {revision.authorName ? <>, written by {revision.authorName}</> : null}
            {revision.submittedAt ? <>; submitted {formatDateTime(revision.submittedAt)}</> : null}.
          </>
        }
        actions={
          <Link href={revisionPreviewHref(course.id, revision.id)} className={SECONDARY_BUTTON}>
            <Eye aria-hidden="true" className="size-4" /> Preview as a learner
          </Link>
        }
      />

      <SectionCard id="details-heading" title="About this version">
        <p className="text-slate-800">{revision.summary || "No summary yet."}</p>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-semibold text-slate-800">Duration</dt>
            <dd className="text-slate-700">{formatDurationMinutes(revision.durationMinutes)}</dd>
          </div>
          <div>
            <dt className="font-semibold text-slate-800">Competencies</dt>
            <dd className="text-slate-700">
              {review.competencies.length === 0
                ? "None tagged"
                : review.competencies.map((competency) => `${competency.name} (level ${competency.level}, ${competency.area})`).join("; ")}
            </dd>
          </div>
        </dl>
      </SectionCard>

      {review.changes ? (
        <SectionCard id="changes-heading" title="What changed" description="Against the version learners see now.">
          <VersionChanges diff={review.changes} />
        </SectionCard>
      ) : null}

      <SectionCard
        id="decision-heading"
        title={review.canDecide ? "Your review" : "Lessons"}
        description={
          review.canDecide
            ? "Read each lesson in the preview, comment where something must change, then decide."
            : review.isOwnVersion
              ? "You wrote this version, so another member of the group must decide it."
              : "This review has been decided; the lessons are shown for reference."
        }
      >
        <DecidedStatus review={review} />
        {review.canDecide ? (
          <DecisionForm reviewId={review.reviewId} lessons={review.lessons} />
        ) : (
          <ol className="space-y-3">
            {review.lessons.map((lesson, index) => (
              <li key={lesson.key} className="rounded-md border border-slate-200 p-3">
                <LessonSummary lesson={lesson} index={index} />
              </li>
            ))}
          </ol>
        )}
      </SectionCard>

      <SectionCard id="history-heading" title="Decisions so far" description="Every round of this version, newest first.">
        <ReviewHistory steps={review.history} />
      </SectionCard>
    </div>
  );
}

/** After a decision the form gives way to this, so whoever decided reads what happened next. */
function DecidedStatus({ review }: { review: ReviewDetail }) {
  if (review.outcome === "PENDING") return null;
  const step = review.history.find((entry) => entry.reviewId === review.reviewId);
  const who = step?.decidedByName ?? "a reviewer";
  const message =
    review.outcome === "CANCELLED"
      ? "The authors withdrew this submission before a decision."
      : review.outcome === "CHANGES_REQUESTED"
        ? `Changes requested by ${who}. The authors see the comments beside their lessons.`
        : review.revision.status === "PUBLISHED"
          ? `Approved by ${who} and published: version ${review.revision.number} is live for learners.`
          : `Approved by ${who}; the version has moved on to its next stage.`;
  return (
    <p role="status" className="mb-4 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm font-semibold text-slate-900">
      {message}
    </p>
  );
}

import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { formatDateTime } from "@/lib/domain/format-date";
import { isPermissionDeniedError } from "@/lib/domain/permissions";
import { REVIEW_STAGE_LABELS } from "@/lib/domain/studio/review-routing";
import { requirePermission } from "@/lib/server/auth/session";
import { listCourseVersions, type CourseVersionView } from "@/lib/server/studio/review/list-course-versions";
import { EmptyState } from "@/components/empty-state";
import { ReviewHistory } from "@/components/studio/review-history";
import { CourseStatusBadge } from "../../course-status-badge";
import { RevisionBar } from "../revision-bar";
import { CourseLifecyclePanel } from "./course-lifecycle-panel";

export const metadata: Metadata = { title: "Versions and review" };

type PageProps = { params: Promise<{ courseId: string }> };

export default async function CourseVersionsPage({ params }: PageProps) {
  const user = await requirePermission("course:author");
  const { courseId } = await params;
  const versions = await listCourseVersions(user, courseId).catch((error: unknown) => {
    if (isPermissionDeniedError(error)) forbidden();
    throw error;
  });

  return (
    <section aria-labelledby="versions-heading" className="space-y-4">
      <div>
        <h2 id="versions-heading" className="text-xl font-semibold text-navy-900">
          Versions and review
        </h2>
        <p className="mt-1 text-sm text-slate-700">Every version of this course, newest first, with each review round, decision and comment.</p>
      </div>
      <RevisionBar courseId={courseId} showHistoryLink={false} />
      <CourseLifecyclePanel courseId={courseId} />
      {versions.length === 0 ? (
        <EmptyState title="No versions yet">This course has no version in the studio yet.</EmptyState>
      ) : (
        <ol className="space-y-4">
          {versions.map((version) => (
            <VersionCard key={version.revisionId} version={version} />
          ))}
        </ol>
      )}
    </section>
  );
}

function VersionCard({ version }: { version: CourseVersionView }) {
  const milestones = [
    { label: "Started", at: version.createdAt },
    { label: "Last submitted", at: version.submittedAt },
    { label: "Approved", at: version.approvedAt },
    { label: "Published", at: version.publishedAt },
    { label: "Archived", at: version.archivedAt },
  ].filter((milestone): milestone is { label: string; at: Date } => milestone.at !== null);

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-base font-semibold text-navy-900">
          Version {version.number}: {version.title || "Untitled"}
        </h3>
        <CourseStatusBadge status={version.status} />
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {version.authorName ? `Written by ${version.authorName}. ` : ""}
        {version.reviewRound > 0 ? `${version.reviewRound} review ${version.reviewRound === 1 ? "round" : "rounds"}.` : "Not submitted yet."}
        {version.currentStage ? ` Now at the ${REVIEW_STAGE_LABELS[version.currentStage]} stage.` : ""}
      </p>
      <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {milestones.map((milestone) => (
          <div key={milestone.label} className="flex gap-1">
            <dt className="font-semibold">{milestone.label}</dt>
            <dd>{formatDateTime(milestone.at)}</dd>
          </div>
        ))}
      </dl>
      {version.steps.length > 0 ? (
        <div className="mt-3">
          <ReviewHistory steps={version.steps} headingLevel={4} />
        </div>
      ) : null}
    </li>
  );
}

import Link from "next/link";
import { REVIEW_STAGE_LABELS } from "@/lib/domain/studio/review-routing";
import { requirePermission } from "@/lib/server/auth/session";
import { getRevisionReviewStatus } from "@/lib/server/studio/review/get-revision-review-status";
import { CourseStatusBadge } from "../course-status-badge";
import { studioCourseHref } from "../course-hrefs";
import { RevisionBarActions } from "./revision-bar-actions";
import { TEXT_LINK } from "@/components/ui-classes";

/**
 * The review state of the version being edited, for the top of the editor: status, round, stage
 * and who it waits on, with Submit (or Resubmit) and Withdraw. Renders nothing for a course with
 * no version yet.
 */
export async function RevisionBar({ courseId, showHistoryLink = true }: { courseId: string; showHistoryLink?: boolean }) {
  const user = await requirePermission("course:author");
  const status = await getRevisionReviewStatus(user, courseId);
  if (!status) return null;
  const isEditable = status.status === "DRAFT" || status.status === "CHANGES_REQUESTED";

  return (
    <section aria-label="Review status" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="revision-bar">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1 text-sm text-slate-800">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">Version {status.number}</span>
            <CourseStatusBadge status={status.status} />
            {status.round > 0 ? <span>Round {status.round}</span> : null}
          </p>
          {status.stage && status.waitingOn ? (
            <p>
              Waiting at the {REVIEW_STAGE_LABELS[status.stage]} stage, with {status.waitingOn.groupName}
              {status.waitingOn.memberNames.length > 0 ? ` (${status.waitingOn.memberNames.join(", ")})` : ""}.
            </p>
          ) : null}
          {status.status === "CHANGES_REQUESTED" ? (
            <p>
              The reviewers asked for changes{status.openComments > 0 ? ` in ${status.openComments} ${status.openComments === 1 ? "comment" : "comments"}, shown beside the lessons` : ""}. Fix them, then resubmit.
            </p>
          ) : null}
          {isEditable && status.problems.length > 0 ? (
            <details>
              <summary className="cursor-pointer font-semibold text-amber-900">
                {status.problems.length} {status.problems.length === 1 ? "thing" : "things"} to fix before submitting
              </summary>
              <ul className="mt-1 list-disc pl-5">
                {status.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {showHistoryLink ? (
            <p>
              <Link href={studioCourseHref(courseId, "versions")} className={TEXT_LINK}>
                Versions and review history
              </Link>
            </p>
          ) : null}
        </div>
        <RevisionBarActions
          courseId={courseId}
          revisionId={status.revisionId}
          canSubmit={status.canSubmit}
          canWithdraw={status.canWithdraw}
          isResubmission={status.status === "CHANGES_REQUESTED"}
        />
      </div>
    </section>
  );
}

import { MessageSquare } from "lucide-react";
import { formatDateTime } from "@/lib/domain/format-date";
import { REVIEW_STAGE_LABELS } from "@/lib/domain/studio/review-routing";
import type { ReviewStepView } from "@/lib/server/studio/review/review-history";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";

const OUTCOME: Record<ReviewStepView["outcome"], { label: string; tone: BadgeTone }> = {
  PENDING: { label: "Waiting", tone: "amber" },
  APPROVED: { label: "Approved", tone: "green" },
  CHANGES_REQUESTED: { label: "Changes requested", tone: "red" },
  CANCELLED: { label: "Withdrawn", tone: "neutral" },
};

/** Every review step of a version, newest round first, with who decided, the note and the comments. */
export function ReviewHistory({ steps, headingLevel = 3 }: { steps: ReviewStepView[]; headingLevel?: 3 | 4 }) {
  if (steps.length === 0) return <p className="text-sm text-slate-700">Not submitted for review yet.</p>;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ol className="space-y-3">
      {steps.map((step) => (
        <li key={step.reviewId} className="rounded-md border border-slate-200 p-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Heading className="text-sm font-semibold text-navy-900">
              Round {step.round}: {REVIEW_STAGE_LABELS[step.stage]}
            </Heading>
            <StatusBadge tone={OUTCOME[step.outcome].tone}>{OUTCOME[step.outcome].label}</StatusBadge>
          </div>
          <p className="mt-1 text-sm text-slate-700">
            {step.outcome === "PENDING"
              ? `With ${step.groupName ?? "a reviewer group"} since ${formatDateTime(step.createdAt)}`
              : step.outcome === "CANCELLED"
                ? `Withdrawn by the authors${step.decidedAt ? ` on ${formatDateTime(step.decidedAt)}` : ""}`
                : `${step.decidedByName ?? "A reviewer"}${step.groupName ? ` (${step.groupName})` : ""}${step.decidedAt ? `, ${formatDateTime(step.decidedAt)}` : ""}`}
          </p>
          {step.note ? <p className="mt-2 rounded bg-slate-50 p-2 text-sm whitespace-pre-line text-slate-800">{step.note}</p> : null}
          {step.comments.length > 0 ? (
            <ul className="mt-2 space-y-2" aria-label={`Comments of round ${step.round}, ${REVIEW_STAGE_LABELS[step.stage]}`}>
              {step.comments.map((comment) => (
                <li key={comment.id} className="flex gap-2 text-sm">
                  <MessageSquare aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-navy-600" />
                  <div className="min-w-0">
                    <p className="font-semibold text-slate-800">
                      {comment.lessonTitle ? `On “${comment.lessonTitle}”` : "On the course"}
                      {comment.isResolved ? <span className="font-normal text-slate-600"> · answered by a resubmission</span> : null}
                    </p>
                    <p className="break-words whitespace-pre-line text-slate-800">{comment.body}</p>
                  </div>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

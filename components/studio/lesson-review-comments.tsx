import { MessageSquareWarning } from "lucide-react";
import type { OpenReviewComment } from "@/lib/server/studio/review/list-open-review-comments";

/**
 * A reviewer's open comments on one lesson (or the whole course), shown beside it in the editor.
 * Renders nothing when there are none. No hooks: usable from server and client components alike;
 * pass `listOpenReviewComments(user, courseId).byLesson[lessonKey]` (or `.course`).
 */
export function LessonReviewComments({ comments, label = "Reviewer comments on this lesson" }: { comments: readonly OpenReviewComment[] | undefined; label?: string }) {
  if (!comments || comments.length === 0) return null;
  return (
    <aside aria-label={label} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="lesson-review-comments">
      <p className="flex items-center gap-2 font-semibold">
        <MessageSquareWarning aria-hidden="true" className="size-4 shrink-0" /> {label}
      </p>
      <ul className="mt-1 space-y-2">
        {comments.map((comment) => (
          <li key={comment.id}>
            <p className="break-words whitespace-pre-line">{comment.body}</p>
            <p className="text-xs text-amber-900">— {comment.authorName ?? "A reviewer"}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}

import "server-only";
import { draftLessons, type CourseDraft } from "@/lib/domain/studio/course-draft";
import type { ReviewStageName } from "@/lib/domain/studio/review-routing";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ReviewCommentView = {
  id: string;
  lessonKey: string | null;
  /** The lesson's title in this version; null for a comment on the whole course. */
  lessonTitle: string | null;
  body: string;
  authorName: string | null;
  createdAt: Date;
  isResolved: boolean;
};

export type ReviewStepView = {
  reviewId: string;
  round: number;
  stage: ReviewStageName;
  outcome: "PENDING" | "APPROVED" | "CHANGES_REQUESTED" | "CANCELLED";
  groupName: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  note: string | null;
  createdAt: Date;
  comments: ReviewCommentView[];
};

export const REVIEW_STEP_SELECT = {
  id: true,
  round: true,
  stage: true,
  outcome: true,
  createdAt: true,
  decidedAt: true,
  note: true,
  group: { select: { name: true } },
  decidedBy: { select: { name: true } },
  comments: {
    orderBy: { createdAt: "asc" },
    select: { id: true, lessonKey: true, body: true, createdAt: true, resolvedAt: true, author: { select: { name: true } } },
  },
} as const satisfies Prisma.CourseReviewSelect;

type ReviewRow = Prisma.CourseReviewGetPayload<{ select: typeof REVIEW_STEP_SELECT }>;

export function lessonTitles(draft: CourseDraft | null): Map<string, string> {
  return new Map((draft ? draftLessons(draft) : []).map(({ lesson, lessonIndex, moduleIndex }) => [lesson.key, lesson.title.trim() || `Lesson ${moduleIndex + 1}.${lessonIndex + 1}`]));
}

/** Review steps newest round first, each round's stages in order, with their comments. */
export function reviewSteps(rows: readonly ReviewRow[], titles: Map<string, string>): ReviewStepView[] {
  const stageOrder = (stage: ReviewStageName) => (stage === "SUBJECT_EXPERT" ? 0 : 1);
  return [...rows]
    .sort((a, b) => b.round - a.round || stageOrder(a.stage) - stageOrder(b.stage))
    .map((row) => ({
      reviewId: row.id,
      round: row.round,
      stage: row.stage,
      outcome: row.outcome,
      groupName: row.group?.name ?? null,
      decidedByName: row.decidedBy?.name ?? null,
      decidedAt: row.decidedAt,
      note: row.note,
      createdAt: row.createdAt,
      comments: row.comments.map((comment) => ({
        id: comment.id,
        lessonKey: comment.lessonKey,
        lessonTitle: comment.lessonKey ? (titles.get(comment.lessonKey) ?? "A lesson no longer in this version") : null,
        body: comment.body,
        authorName: comment.author?.name ?? null,
        createdAt: comment.createdAt,
        isResolved: comment.resolvedAt !== null,
      })),
    }));
}

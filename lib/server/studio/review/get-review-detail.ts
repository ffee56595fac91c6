import "server-only";
import { cache } from "react";
import { z } from "zod";
import { draftLessons, parseCourseDraft, type LessonTypeName } from "@/lib/domain/studio/course-draft";
import type { CourseStatusName } from "@/lib/domain/studio/lifecycle";
import type { ReviewStageName } from "@/lib/domain/studio/review-routing";
import { diffCourseDrafts, isDiffEmpty, type CourseDraftDiff } from "@/lib/domain/studio/version-diff";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { draftFromLive } from "@/lib/server/studio/versions/draft-from-live";
import { REVIEW_STEP_SELECT, lessonTitles, reviewSteps, type ReviewStepView } from "./review-history";

export type ReviewLessonView = {
  key: string;
  moduleTitle: string;
  title: string;
  type: LessonTypeName;
  durationSeconds: number;
  /** The first lines of a text lesson, or a link's address: enough to place a comment. */
  excerpt: string;
};

export type ReviewDetail = {
  reviewId: string;
  stage: ReviewStageName;
  round: number;
  outcome: ReviewStepView["outcome"];
  groupName: string | null;
  canDecide: boolean;
  isOwnVersion: boolean;
  revision: { id: string; number: number; status: CourseStatusName; title: string; summary: string; durationMinutes: number; authorName: string | null; submittedAt: Date | null };
  course: { id: string; providerName: string; organisationName: string | null };
  competencies: { name: string; area: string; level: number }[];
  lessons: ReviewLessonView[];
  /** Against the published version; null for a course never published. */
  changes: CourseDraftDiff | null;
  history: ReviewStepView[];
};

const EXCERPT_LENGTH = 280;
const uuid = z.uuid();

/**
 * One review as the reviewers of its group see it: the version's details and lessons, what it
 * changes in the published course, and every step of every round so far. Null for anyone outside
 * the group, and for an id that does not exist, alike.
 */
export const getReviewDetail = cache(async (user: Pick<CurrentUser, "id">, reviewId: string): Promise<ReviewDetail | null> => {
  if (!uuid.safeParse(reviewId).success) return null;
  const review = await db.courseReview.findFirst({
    where: { id: reviewId, group: { members: { some: { userId: user.id } } } },
    select: {
      id: true,
      stage: true,
      round: true,
      outcome: true,
      group: { select: { name: true } },
      revision: {
        select: {
          id: true,
          number: true,
          status: true,
          content: true,
          submittedAt: true,
          createdById: true,
          savedById: true,
          createdBy: { select: { name: true } },
          reviews: { select: REVIEW_STEP_SELECT },
          course: {
            select: {
              id: true,
              publishedAt: true,
              provider: { select: { name: true, organisation: { select: { name: true } } } },
              organisation: { select: { name: true } },
              revisions: { where: { status: "PUBLISHED" }, select: { id: true, content: true } },
            },
          },
        },
      },
    },
  });
  if (!review) return null;
  const { revision } = review;
  const draft = parseCourseDraft(revision.content);
  const isOwnVersion = revision.createdById === user.id || revision.savedById === user.id;

  const [competencyRows, changes] = await Promise.all([
    db.competency.findMany({ where: { id: { in: draft?.competencies.map((competency) => competency.competencyId) ?? [] } }, select: { id: true, name: true, area: true } }),
    changesAgainstPublished(),
  ]);
  const competencyById = new Map(competencyRows.map((row) => [row.id, row]));

  return {
    reviewId: review.id,
    stage: review.stage,
    round: review.round,
    outcome: review.outcome,
    groupName: review.group?.name ?? null,
    canDecide: review.outcome === "PENDING" && revision.status === "IN_REVIEW" && !isOwnVersion,
    isOwnVersion,
    revision: {
      id: revision.id,
      number: revision.number,
      status: revision.status,
      title: draft?.title || "Untitled course",
      summary: draft?.summary ?? "",
      durationMinutes: draft?.durationMinutes ?? 0,
      authorName: revision.createdBy?.name ?? null,
      submittedAt: revision.submittedAt,
    },
    course: {
      id: revision.course.id,
      providerName: revision.course.provider.name,
      organisationName: revision.course.organisation?.name ?? revision.course.provider.organisation?.name ?? null,
    },
    competencies: (draft?.competencies ?? []).flatMap((tag) => {
      const competency = competencyById.get(tag.competencyId);
      return competency ? [{ name: competency.name, area: competency.area, level: tag.level }] : [];
    }),
    lessons: draft
      ? draftLessons(draft).map(({ module, moduleIndex, lesson, lessonIndex }) => ({
          key: lesson.key,
          moduleTitle: module.title.trim() || `Module ${moduleIndex + 1}`,
          title: lesson.title.trim() || `Lesson ${moduleIndex + 1}.${lessonIndex + 1}`,
          type: lesson.type,
          durationSeconds: lesson.durationSeconds,
          excerpt: lesson.type === "TEXT" ? excerpt(lesson.body) : lesson.type === "LINK" ? lesson.externalUrl : "",
        }))
      : [],
    changes,
    history: reviewSteps(revision.reviews, lessonTitles(draft)),
  };

  async function changesAgainstPublished(): Promise<CourseDraftDiff | null> {
    if (!draft || revision.status === "PUBLISHED" || revision.course.publishedAt === null) return null;
    const published = revision.course.revisions[0];
    const before = (published ? parseCourseDraft(published.content) : null) ?? (await db.$transaction((tx) => draftFromLive(tx, revision.course.id)));
    if (!before) return null;
    const diff = diffCourseDrafts(before, draft);
    return isDiffEmpty(diff) ? null : diff;
  }
});

function excerpt(markdown: string): string {
  const plain = markdown.replace(/[#>*_`]/g, "").replace(/\s+/g, " ").trim();
  return plain.length > EXCERPT_LENGTH ? `${plain.slice(0, EXCERPT_LENGTH - 1)}…` : plain;
}

import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import { isProviderInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type OpenReviewComment = { id: string; body: string; authorName: string | null; createdAt: Date };

export type OpenReviewComments = {
  /** Comments on the course as a whole. */
  course: OpenReviewComment[];
  /** lessonKey → comments on that lesson. */
  byLesson: Record<string, OpenReviewComment[]>;
};

/**
 * The reviewers' comments the authors have not yet answered by resubmitting, on the course's
 * open version: for the editor to show beside each lesson. Empty for anyone outside the provider.
 */
export const listOpenReviewComments = cache(async (user: Pick<CurrentUser, "grants">, courseId: string): Promise<OpenReviewComments> => {
  const empty: OpenReviewComments = { course: [], byLesson: {} };
  const course = await db.course.findUnique({ where: { id: courseId }, select: { providerId: true } });
  if (!course || !isProviderInScope(user, course.providerId)) return empty;
  const comments = await db.reviewComment.findMany({
    where: { resolvedAt: null, revision: { courseId, publishedAt: null, archivedAt: null } },
    orderBy: { createdAt: "asc" },
    select: { id: true, lessonKey: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  const result: OpenReviewComments = { course: [], byLesson: {} };
  for (const comment of comments) {
    const view = { id: comment.id, body: comment.body, authorName: comment.author?.name ?? null, createdAt: comment.createdAt };
    if (comment.lessonKey === null) result.course.push(view);
    else (result.byLesson[comment.lessonKey] ??= []).push(view);
  }
  return result;
});

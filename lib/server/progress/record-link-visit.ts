import "server-only";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { completeLockedLesson } from "./complete-lesson";
import { findLearnerLesson } from "./find-learner-lesson";
import { lockLessonProgress } from "./lock-lesson-progress";

/**
 * Records that the official opened a LINK lesson's outside resource (through the app's redirect)
 * and completes the lesson: the visit is all the evidence a link can give. Returns the URL to
 * send the browser on to. Throws DomainError NOT_ENROLLED or INVALID_PROGRESS (not a link lesson).
 */
export async function recordLinkVisit(input: { userId: string; lessonId: string; now?: Date }): Promise<{ externalUrl: string }> {
  const now = input.now ?? new Date();
  const learnerLesson = await findLearnerLesson(input.userId, input.lessonId);
  const { lesson, enrolmentId } = learnerLesson;
  if (lesson.type !== "LINK" || !isWebAddress(lesson.externalUrl)) throw new DomainError("INVALID_PROGRESS");
  const externalUrl = lesson.externalUrl;

  await db.$transaction(async (tx) => {
    const progress = await lockLessonProgress(tx, { enrolmentId, lessonId: lesson.id, userId: input.userId, now });
    // The first visit is the one that counts; later ones only re-open the resource.
    const visitedAt = progress.visitedAt ?? now;
    if (!progress.visitedAt) {
      await tx.lessonProgress.update({
        where: { enrolmentId_lessonId: { enrolmentId, lessonId: lesson.id } },
        data: { visitedAt, lastHeartbeatAt: now },
        select: { lessonId: true },
      });
    }
    await completeLockedLesson(tx, { userId: input.userId, learnerLesson, progress: { ...progress, visitedAt }, now });
  });
  return { externalUrl };
}

// Only web addresses: an author's "javascript:" URL must never become a redirect target.
function isWebAddress(url: string | null): url is string {
  if (!url || !URL.canParse(url)) return false;
  const { protocol } = new URL(url);
  return protocol === "https:" || protocol === "http:";
}

import "server-only";
import { matchesQueueFilters, queueFacets, sortQueue, type QueueFacets, type QueueFilters, type QueueItem } from "@/lib/domain/studio/review-queue";
import { REVIEW_STAGE_LABELS } from "@/lib/domain/studio/review-routing";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { revisionAreas } from "./revision-competencies";

export type ReviewQueueEntry = QueueItem & {
  courseTitle: string;
  version: number;
  round: number;
  groupName: string;
};

export type ReviewQueue = { total: number; entries: ReviewQueueEntry[]; facets: QueueFacets };

// A reviewer's queue is the pending reviews of a few groups: small enough to filter and count
// in memory, so the counts beside each filter always agree with the list.
const QUEUE_LIMIT = 500;

/**
 * Pending reviews routed to groups the user belongs to, oldest first, with counts per stage,
 * area, organisation and provider. A version the user wrote is left out: they may not decide it.
 */
export async function listReviewQueue(user: Pick<CurrentUser, "id">, filters: QueueFilters): Promise<ReviewQueue> {
  const reviews = await db.courseReview.findMany({
    where: {
      outcome: "PENDING",
      group: { members: { some: { userId: user.id } } },
      revision: { status: "IN_REVIEW", OR: [{ createdById: null }, { createdById: { not: user.id } }] },
    },
    orderBy: { createdAt: "asc" },
    take: QUEUE_LIMIT,
    select: {
      id: true,
      stage: true,
      round: true,
      createdAt: true,
      group: { select: { name: true } },
      revision: {
        select: {
          id: true,
          number: true,
          title: true,
          course: {
            select: {
              organisation: { select: { id: true, name: true } },
              provider: { select: { id: true, name: true, organisation: { select: { id: true, name: true } } } },
            },
          },
        },
      },
    },
  });
  const areas = await revisionAreas(reviews.map((review) => review.revision.id));
  const all: ReviewQueueEntry[] = reviews.map((review) => ({
    reviewId: review.id,
    stage: review.stage,
    round: review.round,
    area: areas.get(review.revision.id) ?? null,
    organisation: review.revision.course.organisation ?? review.revision.course.provider.organisation,
    provider: { id: review.revision.course.provider.id, name: review.revision.course.provider.name },
    waitingSince: review.createdAt,
    courseTitle: review.revision.title || "Untitled course",
    version: review.revision.number,
    groupName: review.group?.name ?? "",
  }));
  return {
    total: all.length,
    entries: sortQueue(all.filter((entry) => matchesQueueFilters(entry, filters))),
    facets: queueFacets(all, (stage) => REVIEW_STAGE_LABELS[stage]),
  };
}

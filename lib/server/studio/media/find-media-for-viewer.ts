import "server-only";
import { z } from "zod";
import { hasRole } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { providerIdsOf } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type ViewableMediaAsset = {
  id: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  originalName: string;
};

const assetIdSchema = z.uuid();

/**
 * The asset if this user may fetch it, else null (the route answers 404 either way, so an id
 * says nothing about whether it exists):
 * - members of the owning provider and super admins: every asset of that provider;
 * - reviewers: assets named in a version of that provider's course routed to one of their groups;
 * - anyone signed in: assets a learner can reach — a live lesson of a published course (or of
 *   one they are enrolled in), the thumbnail of such a course or of a published programme.
 */
export async function findMediaForViewer(user: CurrentUser, assetId: string): Promise<ViewableMediaAsset | null> {
  if (!assetIdSchema.safeParse(assetId).success) return null;
  const asset = await db.mediaAsset.findUnique({
    where: { id: assetId },
    select: { id: true, providerId: true, mimeType: true, sizeBytes: true, sha256: true, storageKey: true, originalName: true },
  });
  if (!asset) return null;
  const { providerId, ...viewable } = asset;
  const result = { ...viewable, sizeBytes: Number(asset.sizeBytes) };

  if (hasRole(user, "SUPER_ADMIN") || providerIdsOf(user).includes(providerId)) return result;
  if (await isUsedLive(user.id, assetId)) return result;
  if (await isUnderReviewBy(user.id, assetId, providerId)) return result;
  return null;
}

async function isUsedLive(userId: string, assetId: string): Promise<boolean> {
  const uses = await db.mediaAsset.count({
    where: {
      id: assetId,
      OR: [
        {
          lessons: {
            some: {
              archivedAt: null,
              module: { archivedAt: null },
              course: { OR: [{ status: "PUBLISHED" }, { enrolments: { some: { userId } } }] },
            },
          },
        },
        { courseThumbnails: { some: { OR: [{ status: "PUBLISHED" }, { enrolments: { some: { userId } } }] } } },
        { programmeThumbnails: { some: { status: "PUBLISHED" } } },
      ],
    },
  });
  return uses > 0;
}

// A version's document names its media by id (lessons' mediaId, the thumbnailId), so a
// reviewer may fetch what appears in a version routed to them, and nothing else of the provider.
async function isUnderReviewBy(userId: string, assetId: string, providerId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ found: number }[]>`
    SELECT 1 AS found
    FROM "CourseRevision" revision
    JOIN "Course" course ON course.id = revision."courseId"
    JOIN "CourseReview" review ON review."revisionId" = revision.id
    JOIN "ReviewerGroupMember" member ON member."groupId" = review."groupId"
    WHERE member."userId" = ${userId}::uuid
      AND course."providerId" = ${providerId}::uuid
      AND strpos(revision.content::text, ${assetId}) > 0
    LIMIT 1`;
  return rows.length > 0;
}

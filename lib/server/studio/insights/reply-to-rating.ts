import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { providerScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

/** The provider's public reply to a review of one of its courses; a new reply replaces the old. */
export async function replyToRating(user: CurrentUser, input: { ratingId: string; reply: string; now?: Date }): Promise<void> {
  const updated = await db.courseRating.updateMany({
    where: { id: input.ratingId, course: providerScopeFilter(user) },
    data: { reply: input.reply, repliedAt: input.now ?? new Date(), repliedById: user.id },
  });
  if (updated.count === 0) throw new DomainError("STUDIO_ITEM_NOT_FOUND");
}

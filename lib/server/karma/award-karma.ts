import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { karmaFor, type KarmaEvent } from "@/lib/domain/learning/karma-points";

export type AwardKarmaInput = {
  userId: string;
  event: KarmaEvent;
  /** What earned it: "Course", "Session"… and its id. (userId, event, sourceId) is unique. */
  sourceType: string;
  sourceId: string;
  awardedAt?: Date;
};

/**
 * Awards Karma Points once per (official, rule, source), inside the caller's transaction so the
 * award commits with the event that earned it. The unique constraint decides — an insert that
 * finds the award already there inserts nothing — and User.karmaPoints moves only when a row was
 * inserted, so retries and double submissions can never count twice. Points come from KARMA_RULES.
 * Returns whether this call made the award.
 */
export async function awardKarma(tx: Prisma.TransactionClient, input: AwardKarmaInput): Promise<boolean> {
  const points = karmaFor(input.event);
  const { count } = await tx.karmaAward.createMany({
    data: [
      {
        userId: input.userId,
        rule: input.event,
        points,
        sourceType: input.sourceType,
        sourceId: input.sourceId,
        awardedAt: input.awardedAt,
      },
    ],
    skipDuplicates: true,
  });
  if (count === 0) return false;
  await tx.user.update({ where: { id: input.userId }, data: { karmaPoints: { increment: points } }, select: { id: true } });
  return true;
}

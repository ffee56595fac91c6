import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/domain/format-date";
import { creditLearningTime } from "@/lib/server/progress/lock-lesson-progress";

type SessionTime = { startsAt: Date; endsAt: Date; isCompetencyLinked: boolean };

function sessionSeconds(session: SessionTime): number {
  return Math.max(0, Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 1000));
}

/**
 * A session attended is learning time on the day it was held, as the seed counts it: the
 * scheduled length, competency-linked when the course imparts a competency. A PRESENT mark adds
 * it; correcting that mark away takes it back (never below zero, in case the day was edited).
 */
export async function adjustSessionLearningTime(
  tx: Prisma.TransactionClient,
  input: { userId: string; session: SessionTime; change: "ADD" | "REMOVE" },
): Promise<void> {
  const seconds = sessionSeconds(input.session);
  if (seconds === 0) return;
  if (input.change === "ADD") {
    await creditLearningTime(tx, { userId: input.userId, now: input.session.startsAt, seconds, isCompetencyLinked: input.session.isCompetencyLinked });
    return;
  }
  const linked = input.session.isCompetencyLinked ? seconds : 0;
  await tx.$executeRaw`
    UPDATE "LearningTimeDaily"
    SET "seconds" = greatest(0, "seconds" - ${seconds}),
        "competencyLinkedSeconds" = greatest(0, "competencyLinkedSeconds" - ${linked})
    WHERE "userId" = ${input.userId}::uuid AND "day" = ${isoDate(input.session.startsAt)}::date`;
}

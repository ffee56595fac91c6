import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { KarmaEvent } from "@/lib/domain/learning/karma-points";

const RULE: KarmaEvent = "SESSION_ATTENDED";

/**
 * Takes back the SESSION_ATTENDED awards of these officials for one session, inside the caller's
 * transaction. One statement: only the award rows this statement actually deleted are subtracted,
 * by their stored points, so a concurrent revocation can never subtract twice and
 * User.karmaPoints stays the sum of the official's awards. Returns how many officials lost points.
 */
export async function revokeSessionKarma(
  tx: Prisma.TransactionClient,
  input: { sessionId: string; userIds: readonly string[] },
): Promise<number> {
  if (input.userIds.length === 0) return 0;
  return tx.$executeRaw`
    WITH removed AS (
      DELETE FROM "KarmaAward"
      WHERE "userId" = ANY(${[...input.userIds]}::uuid[]) AND "rule" = ${RULE} AND "sourceId" = ${input.sessionId}
      RETURNING "userId", "points"
    ), totals AS (
      SELECT "userId", sum("points")::int AS "points" FROM removed GROUP BY "userId"
    )
    UPDATE "User" AS u
    SET "karmaPoints" = u."karmaPoints" - totals."points", "updatedAt" = now()
    FROM totals
    WHERE u."id" = totals."userId"`;
}

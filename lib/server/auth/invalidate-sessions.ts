import "server-only";
import { db, type Db } from "@/lib/server/db";
import { revokeUserSessions } from "./user-sessions";

/**
 * Ends every session the user has, on their next request: their UserSession rows are revoked,
 * and the session version in every cookie they hold falls behind the user's (a second, independent
 * lock). Call it when suspending a user, changing their roles or ending their sessions from the
 * admin's page — inside the same transaction as that change (pass `tx`) so neither happens alone.
 * Returns the new session version.
 */
export async function invalidateSessions(userId: string, client: Pick<Db, "user" | "userSession"> = db): Promise<number> {
  await revokeUserSessions(userId, { client });
  const { sessionVersion } = await client.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return sessionVersion;
}

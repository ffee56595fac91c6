import "server-only";
import { db, type Db } from "@/lib/server/db";

/**
 * Ends every session the user has, on their next request: each request compares the JWT's
 * session version with this one. Call it when suspending a user, changing their roles or their
 * password — inside the same transaction as that change (pass `tx`) so neither happens alone.
 */
export async function invalidateSessions(userId: string, client: Pick<Db, "user"> = db): Promise<number> {
  const { sessionVersion } = await client.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return sessionVersion;
}

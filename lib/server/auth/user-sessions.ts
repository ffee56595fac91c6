import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { db, type Db } from "@/lib/server/db";

type SessionClient = Pick<Db, "userSession">;

// Ended sessions are kept a while (who was signed in where, after an incident), then dropped at
// the user's next sign-in, so the table stays the size of its recent use.
const KEEP_ENDED_SESSIONS_MS = 30 * 24 * 60 * 60 * 1000;

/** A new server-side session; its id goes into the cookie's `sid` claim. */
export async function createUserSession(
  client: SessionClient,
  input: { userId: string; ip: string | null; userAgent: string | null; now?: Date },
): Promise<string> {
  const now = input.now ?? new Date();
  const id = randomUUID();
  await client.userSession.deleteMany({ where: { userId: input.userId, expiresAt: { lt: new Date(now.getTime() - KEEP_ENDED_SESSIONS_MS) } } });
  await client.userSession.create({
    data: {
      id,
      userId: input.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + env().SESSION_ABSOLUTE_TIMEOUT_SECONDS * 1000),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 512) ?? null,
    },
    select: { id: true },
  });
  return id;
}

/** Sign-out: this session only. */
export async function revokeSession(sessionId: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * Ends the user's sessions, all of them or all but `exceptSessionId` (a password change keeps
 * the browser that made it signed in). Returns how many were still open.
 */
export async function revokeUserSessions(
  userId: string,
  options: { exceptSessionId?: string; client?: SessionClient; now?: Date } = {},
): Promise<number> {
  const { count } = await (options.client ?? db).userSession.updateMany({
    where: { userId, revokedAt: null, ...(options.exceptSessionId && { id: { not: options.exceptSessionId } }) },
    data: { revokedAt: options.now ?? new Date() },
  });
  return count;
}

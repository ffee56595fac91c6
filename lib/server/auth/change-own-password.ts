import "server-only";
import { db } from "@/lib/server/db";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { revokeUserSessions } from "@/lib/server/auth/user-sessions";

export type ChangeOwnPasswordResult = { status: "CHANGED"; otherSessionsEnded: number } | { status: "WRONG_PASSWORD" } | { status: "CONFLICT" };

/**
 * An official replaces their password (a one-time password an admin handed over, or one they
 * chose). The current one is asked for again, so a borrowed open session cannot take the account
 * over. Every other session ends; the one making the change stays signed in. Compare-and-set on
 * the old hash, so of two submissions at once only the first changes anything.
 */
export async function changeOwnPassword(
  session: { userId: string; sessionId: string; ip: string | null },
  input: { currentPassword: string; password: string },
  now = new Date(),
): Promise<ChangeOwnPasswordResult> {
  const user = await db.user.findUnique({ where: { id: session.userId }, select: { passwordHash: true, organisationId: true } });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) return { status: "WRONG_PASSWORD" };
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: session.userId, passwordHash: user.passwordHash },
      data: { passwordHash, mustChangePassword: false },
    });
    if (count !== 1) return { status: "CONFLICT" };
    const otherSessionsEnded = await revokeUserSessions(session.userId, { exceptSessionId: session.sessionId, client: tx, now });
    await tx.auditLog.create({
      data: {
        actorId: session.userId,
        action: "auth.password_changed",
        entityType: "User",
        entityId: session.userId,
        organisationId: user.organisationId,
        ipAddress: session.ip,
        details: { otherSessionsEnded },
        createdAt: now,
      },
      select: { id: true },
    });
    return { status: "CHANGED", otherSessionsEnded };
  });
}

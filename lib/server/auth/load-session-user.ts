import "server-only";
import { z } from "zod";
import { isLastSeenStale, judgeSession } from "@/lib/domain/auth/session-policy";
import type { CurrentUser } from "@/lib/domain/roles";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";

/** What the session cookie asserts: who, which session row, and the session version at sign-in. */
export type SessionClaims = { userId: string; sessionVersion: number; sessionId: string };

/** A live session: the user, and whether they must choose a password before anything else. */
export type SignedInSession = { user: CurrentUser; sessionId: string; mustChangePassword: boolean };

const claimsSchema = z.object({ userId: z.uuid(), sessionVersion: z.number().int().min(0), sessionId: z.uuid() });

/**
 * Turns verified cookie claims into the signed-in session, from the database every time (one
 * lookup by the session's primary key, with the user): a session that was revoked (sign-out, an
 * admin, a password change elsewhere), has been idle too long or is past its absolute end is
 * refused, so a copied cookie is worth nothing once it ends; so is a suspended user, or one whose
 * sessionVersion moved on (suspension, role change). Roles are never taken from the cookie.
 */
export async function loadSession(claims: SessionClaims, now = new Date()): Promise<SignedInSession | null> {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  const session = await db.userSession.findUnique({
    where: { id: parsed.data.sessionId },
    select: {
      userId: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          organisationId: true,
          preferredLanguage: true,
          status: true,
          sessionVersion: true,
          mustChangePassword: true,
          roles: { select: { role: true, organisationId: true, providerId: true }, orderBy: { grantedAt: "asc" } },
        },
      },
    },
  });
  if (!session || session.userId !== parsed.data.userId) return null;
  if (judgeSession(session, now, env().SESSION_IDLE_TIMEOUT_SECONDS) !== "ACTIVE") return null;
  const { user } = session;
  if (user.status !== "ACTIVE" || user.sessionVersion !== parsed.data.sessionVersion) return null;
  if (isLastSeenStale(session.lastSeenAt, now)) {
    // Guarded on the old value, so concurrent requests of one page write it once.
    await db.userSession.updateMany({ where: { id: parsed.data.sessionId, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: now } });
  }
  return {
    sessionId: parsed.data.sessionId,
    mustChangePassword: user.mustChangePassword,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      organisationId: user.organisationId,
      preferredLanguage: user.preferredLanguage,
      grants: user.roles.map((grant) => ({
        role: grant.role,
        organisationId: grant.organisationId,
        providerId: grant.providerId,
      })),
    },
  };
}

/** The user of a live session (whatever their password state); see loadSession. */
export async function loadSessionUser(claims: SessionClaims): Promise<CurrentUser | null> {
  return (await loadSession(claims))?.user ?? null;
}

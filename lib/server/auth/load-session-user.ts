import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";

/** What the session cookie asserts: who, and which session version they signed in under. */
export type SessionClaims = { userId: string; sessionVersion: number };

const claimsSchema = z.object({ userId: z.uuid(), sessionVersion: z.number().int().min(0) });

/**
 * Turns verified cookie claims into the current user, from the database every time: a suspended
 * user, or one whose sessionVersion moved on (suspension, role or password change), is signed out
 * on their very next request, and roles are never taken from the cookie.
 */
export async function loadSessionUser(claims: SessionClaims): Promise<CurrentUser | null> {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { id: parsed.data.userId },
    select: {
      id: true,
      name: true,
      email: true,
      organisationId: true,
      preferredLanguage: true,
      status: true,
      sessionVersion: true,
      roles: { select: { role: true, organisationId: true, providerId: true }, orderBy: { grantedAt: "asc" } },
    },
  });
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== parsed.data.sessionVersion) return null;
  return {
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
  };
}

import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

export const INVITATION_DAYS = 7;

// An invitation link needs no table: the token names the official and its expiry, and is signed
// together with the official's password hash as it was when the link was made. Setting a
// password changes the hash, so the link works exactly once.

function signature(payload: string, passwordHash: string | null): string {
  return createHmac("sha256", `onboarding-invitation:${env().NEXTAUTH_SECRET}`)
    .update(`${payload}.${passwordHash ?? "none"}`)
    .digest("base64url");
}

export function createInvitationToken(input: { userId: string; passwordHash: string | null; expiresAt: Date }): string {
  const payload = Buffer.from(JSON.stringify({ u: input.userId, e: input.expiresAt.getTime() })).toString("base64url");
  return `${payload}.${signature(payload, input.passwordHash)}`;
}

export type InvitationClaims = { userId: string; expiresAt: Date; payload: string; signature: string };

/** The token's claims, unchecked against the official; null when it is not a token at all. */
export function readInvitationToken(token: string): InvitationClaims | null {
  const [payload, sig, extra] = token.split(".");
  if (!payload || !sig || extra !== undefined || token.length > 400) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { u?: unknown; e?: unknown };
    if (typeof claims.u !== "string" || typeof claims.e !== "number") return null;
    return { userId: claims.u, expiresAt: new Date(claims.e), payload, signature: sig };
  } catch {
    return null;
  }
}

export function isSignedFor(claims: InvitationClaims, passwordHash: string | null): boolean {
  const expected = Buffer.from(signature(claims.payload, passwordHash));
  const given = Buffer.from(claims.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** What a session row says about a request made now. */
export type SessionRecord = { lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null };

export type SessionVerdict = "ACTIVE" | "REVOKED" | "EXPIRED" | "IDLE";

// Writing lastSeenAt on every request would make each page view a write; once a minute is
// precise enough for a 30-minute idle timeout.
export const LAST_SEEN_RESOLUTION_MS = 60_000;

/**
 * Revoked (sign-out, an admin, a password change), past its absolute end, or idle for longer
 * than the idle timeout: any of these ends the session whatever the cookie still says.
 */
export function judgeSession(session: SessionRecord, now: Date, idleTimeoutSeconds: number): SessionVerdict {
  if (session.revokedAt) return "REVOKED";
  if (session.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  if (now.getTime() - session.lastSeenAt.getTime() >= idleTimeoutSeconds * 1000) return "IDLE";
  return "ACTIVE";
}

export function isLastSeenStale(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS;
}

// A registration link lets people join an organisation's approval queue until it expires or its
// admin revokes it. It never signs anyone in by itself.

export const REGISTRATION_LINK_MIN_DAYS = 1;
export const REGISTRATION_LINK_MAX_DAYS = 90;
export const REGISTRATION_LINK_DEFAULT_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

export type RegistrationLinkState = "OPEN" | "EXPIRED" | "REVOKED";

export function registrationLinkState(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): RegistrationLinkState {
  if (link.revokedAt && link.revokedAt.getTime() <= now.getTime()) return "REVOKED";
  return link.expiresAt.getTime() > now.getTime() ? "OPEN" : "EXPIRED";
}

/** When a link made now for `days` days stops working; days outside 1–90 are clamped. */
export function registrationLinkExpiry(now: Date, days: number): Date {
  const whole = Number.isFinite(days) ? Math.round(days) : REGISTRATION_LINK_DEFAULT_DAYS;
  const clamped = Math.min(REGISTRATION_LINK_MAX_DAYS, Math.max(REGISTRATION_LINK_MIN_DAYS, whole));
  return new Date(now.getTime() + clamped * DAY_MS);
}

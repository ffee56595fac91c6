import { expect, test } from "vitest";
import { isLastSeenStale, judgeSession, type SessionRecord, type SessionVerdict } from "@/lib/domain/auth/session-policy";

const NOW = new Date("2026-11-30T10:00:00Z");
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
const IDLE = 1800;

test.each<[string, SessionRecord, SessionVerdict]>([
  ["seen a minute ago", { lastSeenAt: ago(60), expiresAt: ago(-3600), revokedAt: null }, "ACTIVE"],
  ["seen just inside the idle timeout", { lastSeenAt: ago(IDLE - 1), expiresAt: ago(-3600), revokedAt: null }, "ACTIVE"],
  ["idle for exactly the timeout", { lastSeenAt: ago(IDLE), expiresAt: ago(-3600), revokedAt: null }, "IDLE"],
  ["past its absolute end though just used", { lastSeenAt: ago(1), expiresAt: NOW, revokedAt: null }, "EXPIRED"],
  ["revoked, even if fresh", { lastSeenAt: ago(1), expiresAt: ago(-3600), revokedAt: ago(5) }, "REVOKED"],
])("a session %s is %s", (_case, session, verdict) => {
  expect(judgeSession(session, NOW, IDLE)).toBe(verdict);
});

test.each([
  [0, false],
  [59, false],
  [60, true],
  [600, true],
])("lastSeenAt %i s old is stale: %s", (seconds, stale) => {
  expect(isLastSeenStale(ago(seconds), NOW)).toBe(stale);
});

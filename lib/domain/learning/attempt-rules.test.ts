import { describe, expect, it } from "vitest";
import {
  ATTEMPT_GRACE_SECONDS,
  assertAttemptSubmittable,
  attemptDeadline,
  attemptsRemaining,
  isAttemptExpired,
  planAttemptStart,
  secondsRemaining,
  type AttemptPolicy,
  type AttemptStartPlan,
  type AttemptStatus,
  type AttemptSummary,
} from "./attempt-rules";
import type { DomainErrorCode } from "./domain-error";

const NOW = new Date("2026-03-02T10:00:00Z");
const at = (secondsFromNow: number) => new Date(NOW.getTime() + secondsFromNow * 1000);

function attempt(n: number, status: AttemptStatus, extra: Partial<AttemptSummary> = {}): AttemptSummary {
  return { id: `a${n}`, attemptNumber: n, status, expiresAt: null, passed: status === "SUBMITTED" ? false : null, ...extra };
}

describe("attemptDeadline", () => {
  it.each<[number | null, Date | null]>([
    [null, null],
    [600, at(600)],
    [0, NOW],
  ])("limit %s → %s", (limit, expected) => {
    expect(attemptDeadline(NOW, limit)).toEqual(expected);
  });
});

describe("isAttemptExpired", () => {
  it.each<[string, Date | null, boolean]>([
    ["untimed", null, false],
    ["deadline in the future", at(60), false],
    ["deadline just passed, within grace", at(-10), false],
    ["exactly at the end of the grace", at(-ATTEMPT_GRACE_SECONDS), false],
    ["one millisecond after the grace", new Date(NOW.getTime() - ATTEMPT_GRACE_SECONDS * 1000 - 1), true],
    ["long gone", at(-3600), true],
  ])("%s", (_name, expiresAt, expected) => {
    expect(isAttemptExpired({ expiresAt }, NOW)).toBe(expected);
  });
});

describe("secondsRemaining", () => {
  it.each<[Date | null, number | null]>([
    [null, null],
    [at(90), 90],
    [new Date(NOW.getTime() + 1500), 2],
    // The countdown stops at zero even while the grace period still accepts answers.
    [at(-5), 0],
  ])("expiresAt %s → %s", (expiresAt, expected) => {
    expect(secondsRemaining({ expiresAt }, NOW)).toBe(expected);
  });
});

describe("attemptsRemaining", () => {
  it.each<[number | null, number, number | null]>([
    [null, 5, null],
    [3, 0, 3],
    [3, 2, 1],
    [3, 3, 0],
    [2, 3, 0],
  ])("max %s with %d used → %s", (maxAttempts, used, expected) => {
    const attempts = Array.from({ length: used }, (_, i) => attempt(i + 1, "SUBMITTED"));
    expect(attemptsRemaining({ maxAttempts }, attempts)).toBe(expected);
  });
});

describe("planAttemptStart", () => {
  const TIMED: AttemptPolicy = { maxAttempts: 3, timeLimitSeconds: 1200 };
  const UNLIMITED: AttemptPolicy = { maxAttempts: null, timeLimitSeconds: null };

  it.each<[string, AttemptPolicy, AttemptSummary[], AttemptStartPlan]>([
    ["first attempt", TIMED, [], { action: "START", attemptNumber: 1, expiresAt: at(1200), expireAttemptIds: [] }],
    ["untimed first attempt", UNLIMITED, [], { action: "START", attemptNumber: 1, expiresAt: null, expireAttemptIds: [] }],
    [
      "after a failed attempt",
      TIMED,
      [attempt(1, "SUBMITTED")],
      { action: "START", attemptNumber: 2, expiresAt: at(1200), expireAttemptIds: [] },
    ],
    ["resumes an attempt in time", TIMED, [attempt(1, "SUBMITTED"), attempt(2, "IN_PROGRESS", { expiresAt: at(300) })], { action: "RESUME", attemptId: "a2" }],
    ["resumes an untimed attempt", UNLIMITED, [attempt(1, "IN_PROGRESS")], { action: "RESUME", attemptId: "a1" }],
    // Resuming is allowed even on the last attempt: it is the same attempt, not a new one.
    [
      "resumes the final allowed attempt",
      { maxAttempts: 1, timeLimitSeconds: 600 },
      [attempt(1, "IN_PROGRESS", { expiresAt: at(10) })],
      { action: "RESUME", attemptId: "a1" },
    ],
    [
      "an abandoned timed attempt expires and counts",
      TIMED,
      [attempt(1, "IN_PROGRESS", { expiresAt: at(-600) })],
      { action: "START", attemptNumber: 2, expiresAt: at(1200), expireAttemptIds: ["a1"] },
    ],
    [
      "numbering continues after gaps",
      UNLIMITED,
      [attempt(1, "SUBMITTED"), attempt(4, "EXPIRED")],
      { action: "START", attemptNumber: 5, expiresAt: null, expireAttemptIds: [] },
    ],
  ])("%s", (_name, policy, attempts, expected) => {
    expect(planAttemptStart({ policy, attempts, now: NOW })).toEqual(expected);
  });

  it.each<[string, AttemptPolicy, AttemptSummary[], DomainErrorCode]>([
    ["all attempts used", TIMED, [1, 2, 3].map((n) => attempt(n, "SUBMITTED")), "ATTEMPTS_EXHAUSTED"],
    ["expired attempts count as used", { maxAttempts: 2, timeLimitSeconds: 60 }, [attempt(1, "EXPIRED"), attempt(2, "SUBMITTED")], "ATTEMPTS_EXHAUSTED"],
    [
      "last attempt abandoned past its deadline",
      { maxAttempts: 1, timeLimitSeconds: 60 },
      [attempt(1, "IN_PROGRESS", { expiresAt: at(-120) })],
      "ATTEMPTS_EXHAUSTED",
    ],
    ["already passed", UNLIMITED, [attempt(1, "SUBMITTED", { passed: true })], "ALREADY_PASSED"],
    ["passed, even with attempts left", TIMED, [attempt(1, "SUBMITTED"), attempt(2, "SUBMITTED", { passed: true })], "ALREADY_PASSED"],
  ])("%s → %s", (_name, policy, attempts, code) => {
    expect(() => planAttemptStart({ policy, attempts, now: NOW })).toThrow(expect.objectContaining({ code }));
  });
});

describe("assertAttemptSubmittable", () => {
  it.each<[string, AttemptStatus, Date | null, DomainErrorCode | null]>([
    ["in progress, untimed", "IN_PROGRESS", null, null],
    ["in progress, in time", "IN_PROGRESS", at(60), null],
    ["in progress, inside the grace", "IN_PROGRESS", at(-20), null],
    ["in progress, past the grace", "IN_PROGRESS", at(-31), "ATTEMPT_EXPIRED"],
    ["already submitted", "SUBMITTED", at(60), "ATTEMPT_ALREADY_SUBMITTED"],
    ["already submitted and past deadline", "SUBMITTED", at(-600), "ATTEMPT_ALREADY_SUBMITTED"],
    ["marked expired", "EXPIRED", at(60), "ATTEMPT_EXPIRED"],
  ])("%s", (_name, status, expiresAt, code) => {
    const run = () => assertAttemptSubmittable({ status, expiresAt }, NOW);
    if (code === null) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ code }));
  });
});

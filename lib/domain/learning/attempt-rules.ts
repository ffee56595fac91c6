// When an official may start, resume and submit an assessment attempt.

import { DomainError } from "./domain-error";

export type AttemptStatus = "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";

export type AttemptPolicy = {
  /** null: unlimited. */
  maxAttempts: number | null;
  /** null: untimed. */
  timeLimitSeconds: number | null;
};

export type AttemptSummary = {
  id: string;
  attemptNumber: number;
  status: AttemptStatus;
  /** Stored when the attempt starts (attemptDeadline); null for an untimed assessment. */
  expiresAt: Date | null;
  passed: boolean | null;
};

/**
 * Submissions are accepted this long after the deadline the learner was shown, so that an answer
 * sent in the last second over a slow government network still counts. The timer in the browser
 * counts down to the deadline itself, never to the grace.
 */
export const ATTEMPT_GRACE_SECONDS = 30;

export type AttemptStartPlan =
  | { action: "RESUME"; attemptId: string }
  | {
      action: "START";
      attemptNumber: number;
      expiresAt: Date | null;
      /** In-progress attempts past their deadline: mark them EXPIRED in the same transaction. */
      expireAttemptIds: string[];
    };

/** The deadline shown to the learner: start plus the time limit; null when untimed. */
export function attemptDeadline(startedAt: Date, timeLimitSeconds: number | null): Date | null {
  if (timeLimitSeconds === null) return null;
  return new Date(startedAt.getTime() + timeLimitSeconds * 1000);
}

/** True once the grace period after the deadline has passed. */
export function isAttemptExpired(attempt: Pick<AttemptSummary, "expiresAt">, now: Date): boolean {
  if (attempt.expiresAt === null) return false;
  return now.getTime() > attempt.expiresAt.getTime() + ATTEMPT_GRACE_SECONDS * 1000;
}

/** Whole seconds left for the countdown (no grace), or null when untimed. */
export function secondsRemaining(attempt: Pick<AttemptSummary, "expiresAt">, now: Date): number | null {
  if (attempt.expiresAt === null) return null;
  return Math.max(0, Math.ceil((attempt.expiresAt.getTime() - now.getTime()) / 1000));
}

/** Attempts left, counting every attempt ever started (an abandoned one is still used); null = unlimited. */
export function attemptsRemaining(policy: Pick<AttemptPolicy, "maxAttempts">, attempts: readonly AttemptSummary[]): number | null {
  if (policy.maxAttempts === null) return null;
  return Math.max(0, policy.maxAttempts - attempts.length);
}

/**
 * Decides what "Start assessment" does.
 *
 * - An in-progress attempt still within its time is resumed, so reloading the page or opening a
 *   second tab never burns an attempt or reshuffles the questions.
 * - An in-progress attempt past its deadline counts as used; otherwise walking away from a timed
 *   attempt and starting over would be a way around the time limit.
 * - Once passed, the assessment is done: a later fail must not overwrite the pass.
 *
 * The unique (assessmentId, userId, attemptNumber) constraint settles two tabs racing to start.
 * Throws ALREADY_PASSED or ATTEMPTS_EXHAUSTED.
 */
export function planAttemptStart(options: {
  policy: AttemptPolicy;
  attempts: readonly AttemptSummary[];
  now: Date;
}): AttemptStartPlan {
  const { policy, attempts, now } = options;
  if (attempts.some((attempt) => attempt.passed === true)) throw new DomainError("ALREADY_PASSED");

  const open = attempts.filter((attempt) => attempt.status === "IN_PROGRESS");
  const resumable = open.find((attempt) => !isAttemptExpired(attempt, now));
  if (resumable) return { action: "RESUME", attemptId: resumable.id };

  const remaining = attemptsRemaining(policy, attempts);
  if (remaining !== null && remaining <= 0) throw new DomainError("ATTEMPTS_EXHAUSTED");

  const lastNumber = attempts.reduce((max, attempt) => Math.max(max, attempt.attemptNumber), 0);
  return {
    action: "START",
    attemptNumber: lastNumber + 1,
    expiresAt: attemptDeadline(now, policy.timeLimitSeconds),
    expireAttemptIds: open.map((attempt) => attempt.id),
  };
}

/** Throws ATTEMPT_ALREADY_SUBMITTED or ATTEMPT_EXPIRED unless answers may still be accepted. */
export function assertAttemptSubmittable(attempt: Pick<AttemptSummary, "status" | "expiresAt">, now: Date): void {
  if (attempt.status === "SUBMITTED") throw new DomainError("ATTEMPT_ALREADY_SUBMITTED");
  if (attempt.status === "EXPIRED" || isAttemptExpired(attempt, now)) throw new DomainError("ATTEMPT_EXPIRED");
}

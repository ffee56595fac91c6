// Decides, from evidence the server collected itself, whether a lesson may be marked complete.
// The browser's "Mark complete" is a request, never a fact: a 20-minute course "completed" in
// 20 seconds is the problem this exists to stop.

import { DOMAIN_ERROR_MESSAGES } from "./domain-error";
import { canCompleteVideo, minimumPdfSeconds, minimumReadingSeconds, videoRequirement } from "./lesson-requirements";
import { PLAYBACK_RATE_CAP } from "./video-heartbeat";

export type LessonType = "TEXT" | "VIDEO" | "PDF" | "LINK" | "ASSESSMENT";

export type LessonForCompletion = { type: LessonType; durationSeconds: number; body: string | null };

export type ProgressForCompletion = {
  status: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";
  secondsSpent: number;
  maxPositionSeconds: number;
  /** Server time the learner first opened the lesson. */
  startedAt: Date;
};

export type CompletionEvidence = {
  /** A recorded visit of a LINK lesson's outside URL (through the app's redirect). */
  hasVisitedLink?: boolean;
  /** The lesson's assessment has a passed attempt. */
  hasPassedAssessment?: boolean;
};

export type LessonCompletionFailureCode = "IMPLAUSIBLE_PROGRESS" | "LINK_NOT_VISITED" | "ASSESSMENT_NOT_PASSED";

export type LessonCompletionResult =
  | { ok: true; isAlreadyCompleted: boolean }
  | {
      ok: false;
      code: LessonCompletionFailureCode;
      message: string;
      /**
       * Set LessonProgress.isFlagged for review. Only when the claim is far ahead of the evidence
       * (less than FLAG_BELOW_EVIDENCE_FRACTION of what is needed): a learner who clicks a few
       * minutes early is not suspicious, a client claiming a lesson it barely opened is.
       */
      shouldFlag: boolean;
      secondsMissing: number;
    };

export const FLAG_BELOW_EVIDENCE_FRACTION = 0.5;

/**
 * Evaluates a request to complete a lesson. `progress` is null when the learner never opened it.
 * Already completed lessons stay completed (the request is idempotent).
 */
export function evaluateLessonCompletion(
  lesson: LessonForCompletion,
  progress: ProgressForCompletion | null,
  evidence: CompletionEvidence,
  now: Date,
): LessonCompletionResult {
  if (progress?.status === "COMPLETED") return { ok: true, isAlreadyCompleted: true };

  if (lesson.type === "LINK") {
    return evidence.hasVisitedLink ? done() : notDone("LINK_NOT_VISITED");
  }
  if (lesson.type === "ASSESSMENT") {
    return evidence.hasPassedAssessment ? done() : notDone("ASSESSMENT_NOT_PASSED");
  }

  const secondsSpent = progress?.secondsSpent ?? 0;
  // Accepted time can never exceed the time since the lesson was opened; checking it again here
  // keeps a bug in the crediting code from turning into instant completions.
  const wallClockSeconds = progress ? Math.max(0, Math.floor((now.getTime() - progress.startedAt.getTime()) / 1000)) : 0;

  if (lesson.type === "VIDEO") {
    const maxPositionSeconds = progress?.maxPositionSeconds ?? 0;
    const requirement = videoRequirement(lesson.durationSeconds);
    const minWallClock = requirement.minPositionSeconds / PLAYBACK_RATE_CAP;
    if (canCompleteVideo({ maxPositionSeconds, secondsSpent }, lesson.durationSeconds) && wallClockSeconds >= minWallClock) {
      return done();
    }
    const secondsMissing = Math.ceil(
      Math.max(
        requirement.minPositionSeconds - maxPositionSeconds,
        requirement.minSecondsSpent - secondsSpent,
        minWallClock - wallClockSeconds,
        0,
      ),
    );
    const evidenceFraction = Math.min(
      fraction(maxPositionSeconds, requirement.minPositionSeconds),
      fraction(secondsSpent, requirement.minSecondsSpent),
    );
    return implausible("This video needs", "of watching", secondsMissing, evidenceFraction);
  }

  const required =
    lesson.type === "PDF"
      ? minimumPdfSeconds(lesson.durationSeconds)
      : minimumReadingSeconds(lesson.body, lesson.durationSeconds);
  if (secondsSpent >= required && wallClockSeconds >= required) return done();
  const secondsMissing = Math.max(required - secondsSpent, required - wallClockSeconds, 0);
  const subject = lesson.type === "PDF" ? "This document needs" : "This lesson needs";
  return implausible(subject, "of reading", secondsMissing, fraction(secondsSpent, required));
}

/** "about 45 more seconds", "about 1 more minute", "about 7 more minutes" — rounded up, never "0". */
export function describeTimeMissing(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return `about ${whole} more ${whole === 1 ? "second" : "seconds"}`;
  const minutes = Math.ceil(whole / 60);
  return `about ${minutes} more ${minutes === 1 ? "minute" : "minutes"}`;
}

function implausible(subject: string, activity: string, secondsMissing: number, evidenceFraction: number): LessonCompletionResult {
  return {
    ok: false,
    code: "IMPLAUSIBLE_PROGRESS",
    message: `${subject} ${describeTimeMissing(secondsMissing)} ${activity} before it can be marked complete.`,
    shouldFlag: evidenceFraction < FLAG_BELOW_EVIDENCE_FRACTION,
    secondsMissing,
  };
}

function done(): LessonCompletionResult {
  return { ok: true, isAlreadyCompleted: false };
}

function notDone(code: "LINK_NOT_VISITED" | "ASSESSMENT_NOT_PASSED"): LessonCompletionResult {
  return { ok: false, code, message: DOMAIN_ERROR_MESSAGES[code], shouldFlag: false, secondsMissing: 0 };
}

function fraction(have: number, need: number): number {
  return need <= 0 ? 1 : have / need;
}
